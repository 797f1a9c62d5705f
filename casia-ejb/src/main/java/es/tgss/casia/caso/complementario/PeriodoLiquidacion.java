package es.tgss.casia.caso.complementario;

import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Mensaje;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Un periodo de liquidación "MM/AAAA" (mes 01..12, año 1900..2999).
 *
 * <p>El formato es estricto: dos cifras de mes, barra y cuatro de año. Solo se quitan espacios;
 * no se acepta "3/2024" ni "03-2024" porque la pantalla pide MM/AAAA y aceptar variantes a medias
 * confunde más que ayuda. No se comprueba si el periodo es futuro: eso depende del trámite.
 */
public final class PeriodoLiquidacion implements Comparable<PeriodoLiquidacion> {

    public static final String CAMPO = "Periodo de Liquidación";

    static final int ANIO_MINIMO = 1900;
    static final int ANIO_MAXIMO = 2999;

    // \d en Java solo casa con 0-9 (no se activa UNICODE_CHARACTER_CLASS).
    private static final Pattern FORMATO = Pattern.compile("(\\d{2})/(\\d{4})");

    private final YearMonth mesAnio;

    private PeriodoLiquidacion(YearMonth mesAnio) {
        this.mesAnio = mesAnio;
    }

    /** Quita los espacios; la barra se conserva porque es parte del formato. */
    public static String normalizar(String entrada) {
        return Normalizacion.sinEspacios(entrada);
    }

    /**
     * Valida un periodo suelto.
     *
     * @throws ErrorDeNegocio con campo {@value #CAMPO} si no es válido
     */
    public static PeriodoLiquidacion de(String entrada) {
        return de(entrada, CAMPO, "periodo.campo.suelto");
    }

    /**
     * El nombre del campo varía (Desde/Hasta) y debe aparecer en el mensaje: va como argumento, con su propia clave
     * para que se escriba en el idioma del mensaje.
     */
    static PeriodoLiquidacion de(String entrada, String campo, String claveDelNombre) {
        Mensaje nombre = Mensaje.de(claveDelNombre);
        String limpio = normalizar(entrada);
        if (limpio.isEmpty()) {
            throw ErrorDeNegocio.enCampo(campo, "periodo.obligatorio", nombre);
        }
        Matcher m = FORMATO.matcher(limpio);
        if (!m.matches()) {
            throw ErrorDeNegocio.enCampo(campo, "periodo.formato", nombre);
        }
        int mes = Integer.parseInt(m.group(1));
        int anio = Integer.parseInt(m.group(2));
        if (mes < 1 || mes > 12) {
            throw ErrorDeNegocio.enCampo(campo, "periodo.mes", nombre);
        }
        if (anio < ANIO_MINIMO || anio > ANIO_MAXIMO) {
            throw ErrorDeNegocio.enCampo(campo, "periodo.anio", nombre, ANIO_MINIMO, ANIO_MAXIMO);
        }
        return new PeriodoLiquidacion(YearMonth.of(anio, mes));
    }

    public int mes() {
        return mesAnio.getMonthValue();
    }

    public int anio() {
        return mesAnio.getYear();
    }

    public YearMonth comoYearMonth() {
        return mesAnio;
    }

    public boolean esPosteriorA(PeriodoLiquidacion otro) {
        return mesAnio.isAfter(otro.mesAnio);
    }

    @Override
    public int compareTo(PeriodoLiquidacion otro) {
        return mesAnio.compareTo(otro.mesAnio);
    }

    @Override
    public boolean equals(Object otro) {
        return otro instanceof PeriodoLiquidacion p && mesAnio.equals(p.mesAnio);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mesAnio);
    }

    /** "MM/AAAA". */
    @Override
    public String toString() {
        return String.format("%02d/%04d", mes(), anio());
    }
}

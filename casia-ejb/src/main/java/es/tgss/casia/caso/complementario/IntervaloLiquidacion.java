package es.tgss.casia.caso.complementario;

import es.tgss.casia.error.ErrorDeNegocio;
import java.util.Objects;
import java.util.Optional;

/**
 * Par Periodo de Liquidación Desde / Periodo de Liquidación Hasta de una línea de datos
 * complementarios.
 *
 * <p>Ambos son opcionales e independientes: el manual no marca como obligatorio ningún dato
 * complementario, y un usuario puede querer señalar "a partir de 03/2024" o "hasta 12/2023".
 * Un extremo vacío significa abierto por ese lado; ambos vacíos, que la línea no habla de periodos.
 * Si se informan los dos, el desde no puede ser posterior al hasta (iguales sí: un solo mes).
 */
public final class IntervaloLiquidacion {

    public static final String CAMPO_DESDE = "Periodo de Liquidación Desde";
    public static final String CAMPO_HASTA = "Periodo de Liquidación Hasta";

    private final PeriodoLiquidacion desde;
    private final PeriodoLiquidacion hasta;

    private IntervaloLiquidacion(PeriodoLiquidacion desde, PeriodoLiquidacion hasta) {
        this.desde = desde;
        this.hasta = hasta;
    }

    /**
     * Valida el par. Los valores vacíos o en blanco ({@code null} incluido) se tratan como no
     * informados.
     *
     * @throws ErrorDeNegocio con el campo Desde o Hasta que falla; si el
     *     orden es incorrecto, el campo es el Desde
     */
    public static IntervaloLiquidacion de(String desde, String hasta) {
        PeriodoLiquidacion d = opcional(desde, CAMPO_DESDE, "periodo.campo.desde");
        PeriodoLiquidacion h = opcional(hasta, CAMPO_HASTA, "periodo.campo.hasta");
        if (d != null && h != null && d.esPosteriorA(h)) {
            throw ErrorDeNegocio.enCampo(CAMPO_DESDE, "periodo.orden");
        }
        return new IntervaloLiquidacion(d, h);
    }

    private static PeriodoLiquidacion opcional(String entrada, String campo, String claveDelNombre) {
        return PeriodoLiquidacion.normalizar(entrada).isEmpty()
                ? null
                : PeriodoLiquidacion.de(entrada, campo, claveDelNombre);
    }

    public Optional<PeriodoLiquidacion> desde() {
        return Optional.ofNullable(desde);
    }

    public Optional<PeriodoLiquidacion> hasta() {
        return Optional.ofNullable(hasta);
    }

    public boolean estaVacio() {
        return desde == null && hasta == null;
    }

    @Override
    public boolean equals(Object otro) {
        return otro instanceof IntervaloLiquidacion i
                && Objects.equals(desde, i.desde)
                && Objects.equals(hasta, i.hasta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(desde, hasta);
    }

    @Override
    public String toString() {
        return (desde == null ? "" : desde.toString()) + " - " + (hasta == null ? "" : hasta.toString());
    }
}

package es.tgss.casia.caso;

import es.tgss.casia.caso.complementario.Ccc;
import es.tgss.casia.caso.complementario.DatoComplementarioInvalidoException;
import es.tgss.casia.caso.complementario.IntervaloLiquidacion;
import es.tgss.casia.caso.complementario.Ipf;
import es.tgss.casia.caso.complementario.Naf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The manual's rules for the fields of Nuevo caso (everything but the catalogue, which is data): required fields,
 * lengths, and up to 5 lines of datos complementarios, each with at least one field, each field valid. All errors
 * are reported at once, keyed by the form's field names ("datos[2].naf" for a line).
 */
public final class ValidacionNuevoCaso {

    public static final int MAX_TITULO = 50;
    public static final int MAX_DESCRIPCION = 1000;
    public static final int MAX_LINEAS = 5;
    private static final Pattern NUMERO = Pattern.compile("\\d{1,20}");
    private static final Pattern TIPO_LIQUIDACION = Pattern.compile("[A-Z0-9]{1,5}");

    private ValidacionNuevoCaso() {
    }

    /**
     * @return the checked lines of datos complementarios, normalised
     * @throws DatosCasoInvalidosException with every error found
     */
    public static List<DatoComplementario> validar(NuevoCaso nuevo) {
        DatosCasoInvalidosException.Errores errores = new DatosCasoInvalidosException.Errores();
        if (nuevo.tipo() == null) {
            errores.anadir("tipo", "El tipo de caso es obligatorio.");
        }
        if (nuevo.afectaPeriodoEnCurso() == null) {
            errores.anadir("afectaPeriodoEnCurso",
                    "Indique si afecta al Período de Presentación en Curso (SI/NO).");
        }
        texto(errores, "titulo", "El título es obligatorio.", "El título", nuevo.titulo(), MAX_TITULO);
        texto(errores, "descripcion", "La descripción es obligatoria.", "La descripción", nuevo.descripcion(),
                MAX_DESCRIPCION);
        List<DatoComplementario> lineas = lineas(errores, nuevo.datosComplementarios());
        errores.lanzarSiHay();
        return lineas;
    }

    static void texto(DatosCasoInvalidosException.Errores errores, String campo, String obligatorio, String nombre,
                      String valor, int maximo) {
        if (valor == null || valor.isBlank()) {
            errores.anadir(campo, obligatorio);
        } else if (valor.strip().length() > maximo) {
            errores.anadir(campo, nombre + " admite como máximo " + maximo + " caracteres (tiene "
                    + valor.strip().length() + ").");
        }
    }

    private static List<DatoComplementario> lineas(DatosCasoInvalidosException.Errores errores,
                                                   List<LineaDatosComplementarios> entrada) {
        List<LineaDatosComplementarios> usadas = entrada.stream().filter(l -> l != null && !l.vacia()).toList();
        if (usadas.size() > MAX_LINEAS) {
            errores.anadir("datos", "Se admiten como máximo " + MAX_LINEAS + " líneas de datos complementarios.");
            return List.of();
        }
        List<DatoComplementario> lineas = new ArrayList<>();
        for (int i = 0; i < usadas.size(); i++) {
            LineaDatosComplementarios l = usadas.get(i);
            String prefijo = "datos[" + i + "].";
            String ccc = campo(errores, prefijo + "ccc", l.ccc(), () -> Ccc.de(l.ccc()).valor());
            String naf = campo(errores, prefijo + "naf", l.naf(), () -> Naf.de(l.naf()).valor());
            String ipf = null;
            String tipoIpf = null;
            if (presente(l.ipf()) || presente(l.tipoIpf())) {
                try {
                    Ipf valido = Ipf.de(l.tipoIpf(), l.ipf());
                    ipf = valido.valor();
                    tipoIpf = valido.tipo().codigo();
                } catch (DatoComplementarioInvalidoException e) {
                    errores.anadir(prefijo + (e.campo().equals(Ipf.CAMPO) ? "ipf" : "tipoIpf"), e.mensaje() + ".");
                }
            }
            String envio = numero(errores, prefijo + "numeroEnvio", "El número de envío", l.numeroEnvio());
            String liquidacion = numero(errores, prefijo + "numeroLiquidacion", "El número de liquidación",
                    l.numeroLiquidacion());
            String tipoLiquidacion = null;
            if (presente(l.tipoLiquidacion())) {
                tipoLiquidacion = l.tipoLiquidacion().strip().toUpperCase(java.util.Locale.ROOT);
                if (!TIPO_LIQUIDACION.matcher(tipoLiquidacion).matches()) {
                    errores.anadir(prefijo + "tipoLiquidacion",
                            "El tipo de liquidación admite hasta 5 letras o cifras.");
                }
            }
            String desde = null;
            String hasta = null;
            try {
                IntervaloLiquidacion intervalo = IntervaloLiquidacion.de(l.periodoDesde(), l.periodoHasta());
                desde = intervalo.desde().map(Object::toString).orElse(null);
                hasta = intervalo.hasta().map(Object::toString).orElse(null);
            } catch (DatoComplementarioInvalidoException e) {
                errores.anadir(prefijo + (e.campo().equals(IntervaloLiquidacion.CAMPO_HASTA) ? "periodoHasta"
                        : "periodoDesde"), e.mensaje() + ".");
            }
            lineas.add(new DatoComplementario(ccc, naf, tipoIpf, ipf, envio, liquidacion, tipoLiquidacion, desde,
                    hasta));
        }
        return lineas;
    }

    private static String campo(DatosCasoInvalidosException.Errores errores, String campo, String valor,
                                Supplier<String> validar) {
        if (!presente(valor)) {
            return null;
        }
        try {
            return validar.get();
        } catch (DatoComplementarioInvalidoException e) {
            errores.anadir(campo, e.mensaje() + ".");
            return null;
        }
    }

    private static String numero(DatosCasoInvalidosException.Errores errores, String campo, String nombre,
                                 String valor) {
        if (!presente(valor)) {
            return null;
        }
        String limpio = valor.strip();
        if (!NUMERO.matcher(limpio).matches()) {
            errores.anadir(campo, nombre + " solo puede contener cifras (hasta 20).");
            return null;
        }
        return limpio;
    }

    private static boolean presente(String valor) {
        return valor != null && !valor.isBlank();
    }
}

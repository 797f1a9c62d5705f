package es.tgss.casia.caso;

import es.tgss.casia.caso.complementario.Ccc;
import es.tgss.casia.caso.complementario.IntervaloLiquidacion;
import es.tgss.casia.caso.complementario.Ipf;
import es.tgss.casia.caso.complementario.Naf;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.ErroresDeCampo;
import es.tgss.casia.error.Mensaje;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The manual's rules for the fields of Nuevo caso (everything but the catalogue, which is data): required fields,
 * lengths, and up to 5 lines of datos complementarios, each with at least one field, each field valid. All errors
 * are reported at once, keyed by the form's field names ("datos[2].naf" for a line).
 */
public final class ValidacionNuevoCaso {

    public static final int MAX_TITULO = 50;
    /** The column token_alta: the client's token of one Finalizar Alta submission. */
    public static final int MAX_TOKEN_ALTA = 64;

    public static final int MAX_DESCRIPCION = 1000;
    public static final int MAX_LINEAS = 5;
    private static final Pattern NUMERO = Pattern.compile("\\d{1,20}");
    private static final Pattern TIPO_LIQUIDACION = Pattern.compile("[A-Z0-9]{1,5}");

    private ValidacionNuevoCaso() {}

    /**
     * @return the checked lines of datos complementarios, normalised
     * @throws ErrorDeNegocio {@code CAMPO_INVALIDO} with every error found
     */
    public static List<DatoComplementario> validar(NuevoCaso nuevo) {
        ErroresDeCampo errores = new ErroresDeCampo();
        if (nuevo.tipo() == null) {
            errores.anadir("tipo", "nuevoCaso.tipo.obligatorio");
        }
        if (nuevo.afectaPeriodoEnCurso() == null) {
            errores.anadir("afectaPeriodoEnCurso", "nuevoCaso.afectaPeriodoEnCurso.obligatorio");
        }
        texto(errores, "titulo", "nuevoCaso.titulo.obligatorio", "nuevoCaso.titulo.largo", nuevo.titulo(), MAX_TITULO);
        texto(
                errores,
                "descripcion",
                "nuevoCaso.descripcion.obligatoria",
                "nuevoCaso.descripcion.larga",
                nuevo.descripcion(),
                MAX_DESCRIPCION);
        if (nuevo.tokenAlta() != null && nuevo.tokenAlta().strip().length() > MAX_TOKEN_ALTA) {
            // Sent by the client (the portal's form, payroll software through the API), never typed by a person.
            errores.anadir("tokenAlta", "nuevoCaso.tokenAlta.largo", MAX_TOKEN_ALTA);
        }
        List<DatoComplementario> lineas = lineas(errores, nuevo.datosComplementarios());
        errores.lanzarSiHay();
        return lineas;
    }

    /**
     * The errors of one line of datos complementarios on its own, keyed by the names of its fields ("ccc",
     * "periodoHasta"): what a screen checks as each field is typed, by the rules Finalizar Alta applies to the line.
     */
    public static Map<String, Mensaje> erroresDeLinea(LineaDatosComplementarios linea) {
        ErroresDeCampo errores = new ErroresDeCampo();
        lineas(errores, List.of(linea));
        try {
            errores.lanzarSiHay();
            return Map.of();
        } catch (ErrorDeNegocio e) {
            Map<String, Mensaje> deLaLinea = new LinkedHashMap<>();
            e.errores().forEach((campo, mensaje) -> deLaLinea.put(campo.substring(campo.indexOf('.') + 1), mensaje));
            return deLaLinea;
        }
    }

    static void texto(
            ErroresDeCampo errores,
            String campo,
            String claveObligatorio,
            String claveLargo,
            String valor,
            int maximo) {
        if (valor == null || valor.isBlank()) {
            errores.anadir(campo, claveObligatorio);
        } else if (valor.strip().length() > maximo) {
            errores.anadir(campo, claveLargo, maximo, valor.strip().length());
        }
    }

    private static List<DatoComplementario> lineas(ErroresDeCampo errores, List<LineaDatosComplementarios> entrada) {
        List<LineaDatosComplementarios> usadas =
                entrada.stream().filter(l -> l != null && !l.vacia()).toList();
        if (usadas.size() > MAX_LINEAS) {
            errores.anadir("datos", "nuevoCaso.lineas.demasiadas", MAX_LINEAS);
            return List.of();
        }
        List<DatoComplementario> lineas = new ArrayList<>();
        for (int i = 0; i < usadas.size(); i++) {
            LineaDatosComplementarios l = usadas.get(i);
            String prefijo = "datos[" + i + "].";
            String ccc = campo(
                    errores, prefijo + "ccc", l.ccc(), () -> Ccc.de(l.ccc()).valor());
            String naf = campo(
                    errores, prefijo + "naf", l.naf(), () -> Naf.de(l.naf()).valor());
            String ipf = null;
            String tipoIpf = null;
            if (presente(l.ipf()) || presente(l.tipoIpf())) {
                try {
                    Ipf valido = Ipf.de(l.tipoIpf(), l.ipf());
                    ipf = valido.valor();
                    tipoIpf = valido.tipo().codigo();
                } catch (ErrorDeNegocio e) {
                    e.errores()
                            .forEach((campo, mensaje) ->
                                    errores.anadir(prefijo + (campo.equals(Ipf.CAMPO) ? "ipf" : "tipoIpf"), mensaje));
                }
            }
            String envio = numero(errores, prefijo + "numeroEnvio", "nuevoCaso.numeroEnvio.cifras", l.numeroEnvio());
            String liquidacion = numero(
                    errores,
                    prefijo + "numeroLiquidacion",
                    "nuevoCaso.numeroLiquidacion.cifras",
                    l.numeroLiquidacion());
            String tipoLiquidacion = null;
            if (presente(l.tipoLiquidacion())) {
                tipoLiquidacion = l.tipoLiquidacion().strip().toUpperCase(java.util.Locale.ROOT);
                if (!TIPO_LIQUIDACION.matcher(tipoLiquidacion).matches()) {
                    errores.anadir(prefijo + "tipoLiquidacion", "nuevoCaso.tipoLiquidacion.formato");
                }
            }
            String desde = null;
            String hasta = null;
            try {
                IntervaloLiquidacion intervalo = IntervaloLiquidacion.de(l.periodoDesde(), l.periodoHasta());
                desde = intervalo.desde().map(Object::toString).orElse(null);
                hasta = intervalo.hasta().map(Object::toString).orElse(null);
            } catch (ErrorDeNegocio e) {
                e.errores()
                        .forEach((campo, mensaje) -> errores.anadir(
                                prefijo
                                        + (campo.equals(IntervaloLiquidacion.CAMPO_HASTA)
                                                ? "periodoHasta"
                                                : "periodoDesde"),
                                mensaje));
            }
            lineas.add(
                    new DatoComplementario(ccc, naf, tipoIpf, ipf, envio, liquidacion, tipoLiquidacion, desde, hasta));
        }
        return lineas;
    }

    private static String campo(ErroresDeCampo errores, String campo, String valor, Supplier<String> validar) {
        if (!presente(valor)) {
            return null;
        }
        try {
            return validar.get();
        } catch (ErrorDeNegocio e) {
            // The value object names the field with the manual's label; the form names it by its place in the line.
            e.errores().values().forEach(mensaje -> errores.anadir(campo, mensaje));
            return null;
        }
    }

    private static String numero(ErroresDeCampo errores, String campo, String claveCifras, String valor) {
        if (!presente(valor)) {
            return null;
        }
        String limpio = valor.strip();
        if (!NUMERO.matcher(limpio).matches()) {
            errores.anadir(campo, claveCifras);
            return null;
        }
        return limpio;
    }

    private static boolean presente(String valor) {
        return valor != null && !valor.isBlank();
    }
}

package es.tgss.casia.prueba;

import es.tgss.casia.caso.LineaDatosComplementarios;
import es.tgss.casia.caso.NuevoCaso;
import es.tgss.casia.catalogo.TipoCaso;

/**
 * The cases the in-container tests file, as valid forms of the demo catalogue; each test changes what it is about
 * (a token, a document, a wrong field) on the builder it gets.
 */
public final class Casos {

    private Casos() {}

    /** A Consulta de Cotización (SLD) that affects no period. */
    public static NuevoCaso.Builder consulta(String titulo) {
        return NuevoCaso.de(TipoCaso.CONSULTA)
                .clasificacion("COTIZACION", "CON_COT_SLD", null)
                .afectaPeriodoEnCurso(false)
                .titulo(titulo)
                .descripcion("Descripción de la consulta, con acentos: cotización.");
    }

    /** A Trámite (cambio de CNAE) with one line of datos complementarios: CCC, IPF (DNI) and a period. */
    public static NuevoCaso.Builder tramite(String titulo) {
        return NuevoCaso.de(TipoCaso.TRAMITE)
                .clasificacion("INSCRIPCION_EMPRESAS", "TRA_INS_MODIFICACION_DATOS", "TRA_INS_MOD_CNAE")
                .afectaPeriodoEnCurso(true)
                .titulo(titulo)
                .descripcion("Solicito el cambio de CNAE.")
                .dato(new LineaDatosComplementarios(
                        "28 1234567 42", null, "1", "12345678Z", null, null, null, "01/2026", "03/2026"));
    }

    /** An Error/Incidencia of Materia Técnica: it needs the Formulario de datos técnicos among its documents. */
    public static NuevoCaso.Builder errorTecnico(String titulo) {
        return NuevoCaso.de(TipoCaso.ERROR_INCIDENCIA)
                .clasificacion("TECNICA", "ERR_TEC_CERTIFICADOS", null)
                .afectaPeriodoEnCurso(true)
                .titulo(titulo)
                .descripcion("No puedo firmar los envíos con el certificado de la autorización.");
    }
}

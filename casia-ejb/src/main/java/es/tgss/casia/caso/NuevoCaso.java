package es.tgss.casia.caso;

import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.caso.documento.NuevoDocumento;
import java.util.List;

/**
 * The Nuevo caso form as the autorizado (or a tramitador opening a case) filled it in. Nothing here is trusted:
 * the service checks it all.
 *
 * @param afectaPeriodoEnCurso "Afecta al Período de Presentación en Curso": SI/NO, required (null = not answered)
 * @param documentos           Anexar Información: documents sent with the form
 * @param tokenAlta            the client's token of this submission; the same token twice creates one case
 */
public record NuevoCaso(TipoCaso tipo, String materia, String categoria, String subcategoria,
                        Boolean afectaPeriodoEnCurso, String titulo, String descripcion,
                        List<LineaDatosComplementarios> datosComplementarios, List<NuevoDocumento> documentos,
                        String tokenAlta) {

    public NuevoCaso {
        datosComplementarios = datosComplementarios == null ? List.of() : List.copyOf(datosComplementarios);
        documentos = documentos == null ? List.of() : List.copyOf(documentos);
    }
}

package es.tgss.casia.api.autorizado;

import es.tgss.casia.caso.LineaDatosComplementarios;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Nuevo caso form as a program sends it: the fields of {@link es.tgss.casia.caso.NuevoCaso}, named as the
 * service names them in its field errors ({@code datos[1].naf}, {@code documentos[0].titulo}), so that each error
 * points at the field of this JSON it is about. Nothing here is checked: the service checks it all.
 */
@Schema(
        name = "NuevoCaso",
        description = "Datos del caso. En multipart/form-data va en la parte «caso»; cada documento nombra la parte que"
                + " lleva su fichero.")
public record PeticionDeAlta(
        @Schema(description = "CONSULTA, ERROR_INCIDENCIA o TRAMITE", example = "CONSULTA")
        String tipo,

        @Schema(description = "código de la materia (GET /catalogo/materias)", example = "COTIZACION")
        String materia,

        @Schema(description = "código de la categoría (GET /catalogo/categorias)")
        String categoria,

        @Schema(description = "código de la subcategoría, si la categoría tiene")
        String subcategoria,

        @Schema(description = "Afecta al Período de Presentación en Curso")
        Boolean afectaPeriodoEnCurso,

        @Schema(description = "hasta 50 caracteres", example = "Alta de un trabajador con fecha errónea")
        String titulo,

        @Schema(description = "hasta 1000 caracteres") String descripcion,

        @Schema(description = "datos complementarios: hasta 5 líneas, cada una con algún campo")
        List<LineaDatosComplementarios> datos,

        List<Documento> documentos) {

    /** A document of Anexar Información; its file travels in the multipart part it names. */
    @Schema(name = "DocumentoDelNuevoCaso")
    public record Documento(
            @Schema(description = "código del tipo de documento (GET /catalogo/tipos-documento)", example = "OTROS")
            String tipoDocumento,

            @Schema(description = "hasta 100 caracteres", example = "Contrato de trabajo")
            String titulo,

            @Schema(description = "nombre de la parte multipart con el fichero", example = "contrato")
            String parte) {}

    public PeticionDeAlta {
        datos = datos == null ? List.of() : datos;
        documentos = documentos == null ? List.of() : documentos;
    }
}

package es.tgss.casia.emision;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a justificante states (§5.1.2, §5.2.1): the case, its autorización and classification, and the documents
 * anexados (all of them at Finalizar Alta, the new ones for documentación complementaria). {@code subcategoria} is
 * null when the case has none.
 */
public record DatosJustificante(
        ClaseDeJustificante clase,
        String numeroCaso,
        Instant apertura,
        String numeroAutorizacion,
        String razonSocial,
        String usuarioAlta,
        String tipo,
        String materia,
        String categoria,
        String subcategoria,
        String titulo,
        List<DocumentoDelJustificante> documentos,
        Instant emision) {

    public DatosJustificante {
        Objects.requireNonNull(clase, "clase");
        Objects.requireNonNull(numeroCaso, "numeroCaso");
        Objects.requireNonNull(apertura, "apertura");
        Objects.requireNonNull(numeroAutorizacion, "numeroAutorizacion");
        Objects.requireNonNull(razonSocial, "razonSocial");
        Objects.requireNonNull(usuarioAlta, "usuarioAlta");
        Objects.requireNonNull(tipo, "tipo");
        Objects.requireNonNull(materia, "materia");
        Objects.requireNonNull(categoria, "categoria");
        Objects.requireNonNull(titulo, "titulo");
        Objects.requireNonNull(emision, "emision");
        if (clase == ClaseDeJustificante.RESOLUCION_DESISTIMIENTO) {
            // A resolución states facts and law, not documents: it has its own data (DatosResolucion).
            throw new IllegalArgumentException("Una Resolución de Desistimiento se emite con DatosResolucion");
        }
        documentos = List.copyOf(documentos);
        if (clase == ClaseDeJustificante.DOCUMENTACION_COMPLEMENTARIA && documentos.isEmpty()) {
            // §5.2.1: this justificante exists because documents were added; without them it states nothing.
            throw new IllegalArgumentException("Un justificante de documentación complementaria lista documentos");
        }
    }
}

package es.tgss.casia.caso.vista;

import es.tgss.casia.emision.ClaseDeJustificante;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A justificante of a case as the detail lists it; its PDF is downloaded on its own.
 *
 * @param ceaId the CEA's ID, by which anyone holding the PDF can check it on the verification page
 */
public record JustificanteVisible(
        long id, ClaseDeJustificante clase, OffsetDateTime emitido, String ceaId, LocalDate ceaFecha, long tamano) {

    /** The name the PDF is saved under, e.g. "justificante-2026-00000123-150.pdf". */
    public String nombreFichero(String numeroCaso) {
        return DescargaJustificante.nombreFichero(numeroCaso, id);
    }
}

package es.tgss.casia.caso.justificante;

import es.tgss.casia.emision.ClaseDeJustificante;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the public verification page shows of a justificante whose CEA was typed right: enough to compare it with
 * the paper in hand, and the original PDF to download. Nothing else of the case.
 */
public record JustificanteVerificado(
        ClaseDeJustificante clase,
        OffsetDateTime emitido,
        LocalDate fechaCea,
        String numeroCaso,
        String huellaSha256,
        long tamano) {}

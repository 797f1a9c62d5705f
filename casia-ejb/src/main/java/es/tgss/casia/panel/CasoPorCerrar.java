package es.tgss.casia.panel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A case in Solicitada Información whose deadline ends within the next 7 days: if the autorizado does not answer, the
 * nightly sweep closes it de oficio the day after {@code ultimoDiaParaResponder}.
 *
 * @param unidad código of the unidad working it; null if none has it
 */
public record CasoPorCerrar(String numero, String titulo, String unidad, LocalDate ultimoDiaParaResponder)
        implements Serializable {}

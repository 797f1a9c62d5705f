package es.tgss.casia.calendario;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of the calendar, as the Calendario screen shows it (kept by that view-scoped page, hence serialisable). */
public record DiaInhabil(
        LocalDate fecha, String descripcion, Ambito ambito, String anadidoPor, OffsetDateTime anadidoEn)
        implements Serializable {}

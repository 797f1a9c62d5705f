package es.tgss.casia.calendario;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of the calendar, as the Calendario screen shows it. */
public record DiaInhabil(
        LocalDate fecha, String descripcion, Ambito ambito, String anadidoPor, OffsetDateTime anadidoEn) {}

package es.tgss.casia.caso.vista;

import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.Subestado;
import java.time.OffsetDateTime;

/** One line of Consulta de Histórico: what was done, the subestado it left, when, by whom, with what remark. */
public record LineaHistorial(
        Accion accion, Subestado subestado, OffsetDateTime fecha, String actor, String observacion) {}

package es.tgss.casia.caso.vista;

import es.tgss.casia.caso.TipoMensaje;
import java.time.OffsetDateTime;

/** A message of a case as its reader may see it (an autorizado never gets internal notes). */
public record MensajeVisible(TipoMensaje tipo, String texto, String autor, OffsetDateTime fecha) {}

package es.tgss.casia.caso.resolucion;

import es.tgss.casia.emision.Cea;
import java.io.Serializable;
import java.time.Instant;

/** A Resolución made and sealed, not yet stored: what the job's processor hands to its writer. */
public record ResolucionEmitida(long id, long casoId, Cea cea, byte[] pdf, Instant emision) implements Serializable {}

package es.tgss.casia.catalogo;

import java.io.Serializable;
import java.time.Instant;

/** One change to the catalogue, as the Catálogo screen shows it: who, when, from which address, what. */
public record LineaAuditoriaCatalogo(
        Instant fecha,
        String actor,
        String direccion,
        String accion,
        NivelCatalogo entidad,
        String codigo,
        String detalle)
        implements Serializable {}

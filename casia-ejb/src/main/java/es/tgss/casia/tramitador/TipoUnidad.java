package es.tgss.casia.tramitador;

/** Direcciones Provinciales and the central units (organised by materia). */
public enum TipoUnidad {
    DIRECCION_PROVINCIAL,
    CENTRAL
}

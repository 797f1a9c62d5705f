package es.tgss.casia.panel;

import java.io.Serializable;

/** A unidad the caller may see the panel of (the supervisor's filter). */
public record UnidadDelPanel(String codigo, String nombre) implements Serializable {}

package es.tgss.casia.tramitador;

import java.io.Serializable;

/** A unidad as the back-office lists them (filters, Transferir). */
public record UnidadVisible(String codigo, String nombre) implements Serializable {}

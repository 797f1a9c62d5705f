package es.tgss.casia.catalogo;

import java.io.Serializable;

/**
 * A ready-made answer (table respuesta_predefinida): a text a tramitador starts the answer of Resolver from, and
 * then adapts to the case.
 */
public record RespuestaPredefinida(String codigo, String titulo, String texto) implements Serializable {}

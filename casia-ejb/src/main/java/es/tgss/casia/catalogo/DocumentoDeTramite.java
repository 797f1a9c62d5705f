package es.tgss.casia.catalogo;

/**
 * A document a Trámite asks for (table documento_tramite): one that must be attached, or one only "si procede"
 * ({@code obligatorio} false), when the case is in the situation it proves.
 */
public record DocumentoDeTramite(String descripcion, boolean obligatorio) {}

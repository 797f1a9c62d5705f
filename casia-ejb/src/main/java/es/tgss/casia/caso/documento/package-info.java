/**
 * Documents attached to a case (Anexar Información): the file as received ({@link
 * es.tgss.casia.caso.documento.FicheroRecibido}, streamed to a temporary file with its size limit and SHA-256), its
 * checks (tipo de documento, título, size limits, format recognised by content with Apache Tika and agreeing with the
 * name) and the stored, immutable document, whose bytes live in {@link es.tgss.casia.almacen.AlmacenDeContenidos}.
 */
package es.tgss.casia.caso.documento;

/**
 * Documents attached to a case (Anexar Información): what the autorizado sends, its checks (tipo de documento,
 * título, size limits, format recognised by content) and the stored, immutable document with its SHA-256 digest.
 */
package es.tgss.casia.caso.documento;

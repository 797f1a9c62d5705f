/**
 * Downloads of stored contents: the documents of a case ({@code /descargas/casos/{número}/documentos/{id}}), streamed
 * from the store with their SHA-256 checked on the way, and the headers every download of CASIA carries.
 */
package es.tgss.casia.web.descarga;

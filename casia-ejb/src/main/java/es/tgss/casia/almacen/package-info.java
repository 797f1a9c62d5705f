/**
 * Where CASIA keeps the bytes of what it must hand back unchanged (documents of a case, justificantes): one
 * interface, {@link es.tgss.casia.almacen.AlmacenDeContenidos}, stored in PostgreSQL or in a folder as
 * configured, written once, never changed, and read back through a stream that checks the SHA-256 taken when the
 * content arrived.
 */
package es.tgss.casia.almacen;

/**
 * Measurements that are not timings: what a transfer of documents holds in the server's heap
 * ({@code docs/rendimiento-documentos.md} has the command and the figures).
 */
package es.tgss.casia.rendimiento;

/**
 * The nightly Jakarta Batch jobs (cierre de oficio, Resoluciones de Desistimiento) and their scheduling.
 * Job XML lives in {@code META-INF/batch-jobs}; the artifacts stay in this jar inside the WAR, where the batch
 * runtime finds them by name (on the full server it does not find them in the EAR's lib/). The job repository
 * is the same datasource as the data, {@code jdbc/casia} (set by the post-boot commands).
 */
package es.tgss.casia.lote;

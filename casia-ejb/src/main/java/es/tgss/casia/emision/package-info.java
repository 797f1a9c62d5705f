/**
 * Justificantes as sealed PDF/A documents with a CEA: the CEA itself ({@link es.tgss.casia.emision.Cea}), the
 * seal ({@link es.tgss.casia.emision.Sello}), the generic issuing of a JasperReports template as a PDF/A-2b
 * sealed with a PAdES signature ({@link es.tgss.casia.emision.EmisionPdf}, shared with the Resolución de
 * Desistimiento) and the two justificantes of the manual (§5.1.2, §5.2.1) built on it
 * ({@link es.tgss.casia.emision.GeneradorDeJustificantes}). Pure Java: no database, no container.
 */
package es.tgss.casia.emision;

/**
 * The justificantes of the cases (manual §5.1.2, §5.2.1): issued with their CEA inside the action that calls for
 * them, kept unchangeable, listed in the case detail and checked by anyone on the public verification page. The
 * PDF itself (template, PDF/A, seal, CEA) is made by {@link es.tgss.casia.emision}.
 */
package es.tgss.casia.caso.justificante;

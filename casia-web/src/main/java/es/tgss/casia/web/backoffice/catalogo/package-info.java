/**
 * The supervisor's Catálogo screens (issue 10): the classification by tipo de caso with the documentación of the
 * trámites, the tipos de documento and the respuestas predefinidas, and the audit of their changes. Only a
 * SUPERVISOR reaches them (web.xml) and only a SUPERVISOR may call the services behind them.
 */
package es.tgss.casia.web.backoffice.catalogo;

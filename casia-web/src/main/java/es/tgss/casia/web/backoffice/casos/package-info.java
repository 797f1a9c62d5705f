/** The back-office's screens on cases: Abrir caso hacia un autorizado. */
package es.tgss.casia.web.backoffice.casos;

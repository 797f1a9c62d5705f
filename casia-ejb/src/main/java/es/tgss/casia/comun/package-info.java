/** The few value types every feature shares: a page of results ({@link es.tgss.casia.comun.Pagina}). */
package es.tgss.casia.comun;

/**
 * What every feature shares: a page of results ({@link es.tgss.casia.comun.Pagina}) and seldom-changing data kept in
 * memory ({@link es.tgss.casia.comun.EnMemoria}).
 */
package es.tgss.casia.comun;

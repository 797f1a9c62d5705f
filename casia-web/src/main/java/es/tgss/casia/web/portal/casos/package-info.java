/** Gestión de Casos (manual §5.2): the search of the autorización's cases and the page of one case. */
package es.tgss.casia.web.portal.casos;

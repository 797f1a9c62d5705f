/**
 * The portal's case screens (manual §5): Nuevo caso with Anexar Información and its confirmation (and the size limit
 * its uploads meet before they are read), Gestión de Casos (the search of the autorización's cases) and the page of
 * one case.
 */
package es.tgss.casia.web.portal.casos;

/** The portal's case screens of the manual's §5: Nuevo caso with Anexar Información and its confirmation. */
package es.tgss.casia.web.portal.casos;

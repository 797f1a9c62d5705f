/** The autorizado portal: choice of autorización and the pages of the manual (Nuevo caso, Gestión de casos…). */
package es.tgss.casia.web.portal;

/**
 * The autorizado portal: choice of autorización, the contact e-mail (datos de contacto) and the pages of the manual
 * (Nuevo caso, Gestión de casos…).
 */
package es.tgss.casia.web.portal;

/**
 * The pieces of a case form that the portal (Nuevo caso, Modificar Información) and the back-office (Abrir caso hacia
 * un autorizado) share: the clasificación as cascading lists from the catalogue, and Anexar Información. Each page
 * holds its own (dependent beans, living with the page's view); the tags in WEB-INF/tags draw them.
 */
package es.tgss.casia.web.casos;

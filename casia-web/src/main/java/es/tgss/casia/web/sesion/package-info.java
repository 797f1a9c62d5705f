/** Who is logged in and since when: the data of the header every page shows. */
package es.tgss.casia.web.sesion;

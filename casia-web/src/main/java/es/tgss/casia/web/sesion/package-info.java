/** Who is logged in and since when, and in which language: the data of the header every page shows. */
package es.tgss.casia.web.sesion;

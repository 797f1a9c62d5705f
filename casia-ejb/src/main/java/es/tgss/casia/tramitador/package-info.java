/** TGSS tramitadores and supervisors, and the unidades (Direcciones Provinciales, central units) they work in. */
package es.tgss.casia.tramitador;

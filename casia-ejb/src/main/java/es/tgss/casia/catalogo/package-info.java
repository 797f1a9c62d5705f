/**
 * The case catalogue (materia → categoría → subcategoría per tipo de caso, tipos de documento, the documents a Trámite
 * asks for), kept as data.
 */
package es.tgss.casia.catalogo;

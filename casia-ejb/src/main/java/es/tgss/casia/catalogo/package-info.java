/** The case catalogue (materia → categoría → subcategoría per tipo de caso, tipos de documento), kept as data. */
package es.tgss.casia.catalogo;

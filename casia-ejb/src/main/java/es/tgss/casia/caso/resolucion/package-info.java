/**
 * The Resolución de Desistimiento (art. 68 and 21 Ley 39/2015) of a Trámite closed de oficio, and its notification
 * in the Sede Electrónica (art. 43): issued by the nightly job, opened by a user of the autorización (comparecencia)
 * or recorded as rejected after 10 natural days.
 */
package es.tgss.casia.caso.resolucion;

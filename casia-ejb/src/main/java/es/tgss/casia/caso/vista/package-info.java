/**
 * Read models of cases: plain records for a row of a list, a case's detail, a line of its history, a message, a
 * document, built in JPQL with the joins they need (never an entity to a screen or to JSON, never a lazy load per
 * row). {@link es.tgss.casia.caso.vista.VistaDeCasos} answers with them, checking access as the commands do.
 */
package es.tgss.casia.caso.vista;

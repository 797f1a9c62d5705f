/**
 * The datos complementarios of a case and their validation: CCC, NAF, IPF by tipo, período de liquidación.
 * Value objects that exist only when valid; a wrong value throws a typed exception naming the field with the
 * manual's label and a Spanish message.
 */
package es.tgss.casia.caso.complementario;

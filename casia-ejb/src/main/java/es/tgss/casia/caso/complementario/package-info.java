/**
 * The datos complementarios of a case and their validation: CCC, NAF, IPF by tipo, período de liquidación.
 * Value objects that exist only when valid; a wrong value throws an {@link es.tgss.casia.error.ErrorDeNegocio}
 * ({@code CAMPO_INVALIDO}) naming the field with the manual's label, its message a key of the {@code errores} bundle.
 */
package es.tgss.casia.caso.complementario;

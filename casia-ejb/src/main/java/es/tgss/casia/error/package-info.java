/**
 * The one error model of the services (DESIGN.md, "The service contract"): a business failure is an
 * {@link es.tgss.casia.error.ErrorDeNegocio} with a stable {@link es.tgss.casia.error.CodigoError}, a message key with
 * its arguments and per-field errors. The texts live in the bundles {@code errores.properties} (Spanish, the manual's
 * words) and {@code errores_en.properties}; {@link es.tgss.casia.error.Textos} renders them in a given language.
 */
package es.tgss.casia.error;

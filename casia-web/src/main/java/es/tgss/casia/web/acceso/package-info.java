/**
 * Guessing passwords made slow: failed logins counted per account and per client address, with a lock that grows
 * with each failure, and a login that costs the same whether the user exists or not.
 */
package es.tgss.casia.web.acceso;

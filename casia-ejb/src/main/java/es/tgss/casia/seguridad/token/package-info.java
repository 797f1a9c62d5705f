/**
 * Personal API tokens: what payroll software sends instead of a password. A user makes one (with an expiry), sees it
 * once, lists and revokes theirs; only its SHA-256 is stored, and a request is authenticated with one index lookup.
 */
package es.tgss.casia.seguridad.token;

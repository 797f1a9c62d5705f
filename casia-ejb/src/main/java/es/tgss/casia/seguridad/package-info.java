/** Users, roles and password hashing: what the identity store and the access checks stand on. */
package es.tgss.casia.seguridad;

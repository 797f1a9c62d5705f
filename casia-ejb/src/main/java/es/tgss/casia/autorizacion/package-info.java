/** Autorizaciones RED, their users (principal and secundarios) and the choice of autorización. */
package es.tgss.casia.autorizacion;

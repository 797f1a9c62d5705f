/** E-mail notices: the transactional outbox and the sender that empties it through SMTP. */
package es.tgss.casia.notificacion;

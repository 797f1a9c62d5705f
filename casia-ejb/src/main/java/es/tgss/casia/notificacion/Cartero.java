package es.tgss.casia.notificacion;

import jakarta.mail.MessagingException;

/**
 * Hands one notice to the mail server. The sender keeps one open for a whole round, so that the notices of a round
 * share one SMTP connection.
 */
public interface Cartero {

    /**
     * @throws SinServidorException the server could not be reached: nothing was sent
     * @throws MessagingException the server refused this message, or the connection broke while it took it
     */
    void enviar(Notificacion notificacion) throws MessagingException;
}

package es.tgss.casia.notificacion;

import jakarta.mail.MessagingException;

/** The SMTP server could not be reached (refused, timed out, wrong TLS): no message left, none is to blame. */
public final class SinServidorException extends MessagingException {

    private static final long serialVersionUID = 1L;

    SinServidorException(MessagingException causa) {
        super(String.valueOf(causa.getMessage()), causa);
    }
}

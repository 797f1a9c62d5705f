package es.tgss.casia.prueba;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * GreenMail as the real SMTP server the test server sends to (CASIA_SMTP_HOST/PORT), and what the tests read from
 * it: the messages with one subject or to one address, their text and HTML parts.
 */
public final class Correos implements AutoCloseable {

    private final GreenMail smtp;

    public Correos() {
        smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(System.getenv("CASIA_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    public void parar() {
        smtp.stop();
    }

    public void arrancar() {
        smtp.start();
    }

    @Override
    public void close() {
        smtp.stop();
    }

    public List<MimeMessage> donde(Predicate<MimeMessage> condicion) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(condicion).toList();
    }

    public List<MimeMessage> conAsunto(String asunto) {
        return donde(m -> asunto.equals(asunto(m)));
    }

    public List<MimeMessage> para(String destinatario) {
        return donde(m -> destinatario.equals(destinatario(m)));
    }

    /** Waits until the condition holds, at most that long; fails the test otherwise. */
    public static void esperar(Duration plazo, String que, BooleanSupplier condicion) {
        Instant limite = Instant.now().plus(plazo);
        while (!condicion.getAsBoolean()) {
            if (Instant.now().isAfter(limite)) {
                throw new AssertionError("No se ha cumplido en " + plazo.toSeconds() + " s: " + que);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static String asunto(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String destinatario(MimeMessage m) {
        try {
            Address[] a = m.getAllRecipients();
            return a == null || a.length == 0 ? null : a[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The part of a multipart/alternative message of that type ("text/plain", "text/html"). */
    public static String parte(MimeMessage m, String tipo) {
        try {
            Multipart partes = (Multipart) m.getContent();
            for (int i = 0; i < partes.getCount(); i++) {
                BodyPart p = partes.getBodyPart(i);
                if (p.isMimeType(tipo)) {
                    return (String) p.getContent();
                }
            }
            throw new AssertionError("El mensaje no tiene parte " + tipo);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean esAlternativo(MimeMessage m) {
        try {
            return m.isMimeType("multipart/alternative");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

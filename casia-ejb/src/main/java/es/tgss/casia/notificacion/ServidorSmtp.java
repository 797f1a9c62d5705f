package es.tgss.casia.notificacion;

import es.tgss.casia.configuracion.Configuracion;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The SMTP server of the configuration, as a cartero: one connection, opened on the first notice and kept for the
 * round. Each notice leaves as a UTF-8 {@code multipart/alternative} (plain text, then HTML) with a Message-ID made
 * of the notice's id and its random key, so a notice sent twice after a crash is recognisably the same message.
 */
final class ServidorSmtp implements Cartero, AutoCloseable {

    /**
     * Bounds connecting, each read and each write: a server that is down or stuck holds a sender (and the one notice
     * it claimed) for at most this long per step, never a user's action, which only queued the notice.
     */
    static final int TIEMPO_MAXIMO_MS = 10_000;

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session sesion;
    private final InternetAddress remitente;
    private final String dominioDeMensajes;
    private Transport transporte;

    /**
     * @param dominioDeMensajes the right side of every Message-ID: the host of CASIA_PUBLIC_URL
     */
    ServidorSmtp(Configuracion.Smtp smtp, String dominioDeMensajes) throws MessagingException {
        Properties p = new Properties();
        String protocolo = smtp.seguridad() == Configuracion.SeguridadSmtp.SSL ? "smtps" : "smtp";
        p.setProperty("mail.transport.protocol", protocolo);
        String prefijo = "mail." + protocolo + ".";
        p.setProperty(prefijo + "host", smtp.host());
        p.setProperty(prefijo + "port", Integer.toString(smtp.puerto()));
        p.setProperty(prefijo + "connectiontimeout", Integer.toString(TIEMPO_MAXIMO_MS));
        p.setProperty(prefijo + "timeout", Integer.toString(TIEMPO_MAXIMO_MS));
        p.setProperty(prefijo + "writetimeout", Integer.toString(TIEMPO_MAXIMO_MS));
        if (smtp.seguridad() == Configuracion.SeguridadSmtp.STARTTLS) {
            p.setProperty(prefijo + "starttls.enable", "true");
            p.setProperty(prefijo + "starttls.required", "true");
        }
        Authenticator autenticacion = null;
        if (smtp.usuario().isPresent()) {
            p.setProperty(prefijo + "auth", "true");
            String usuario = smtp.usuario().get();
            p.setProperty(prefijo + "user", usuario);
            String contrasena = smtp.contrasena().orElse("");
            autenticacion = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(usuario, contrasena);
                }
            };
        }
        sesion = Session.getInstance(p, autenticacion);
        remitente = new InternetAddress(smtp.remitente(), true);
        this.dominioDeMensajes = dominioDeMensajes;
    }

    @Override
    public void enviar(Notificacion notificacion) throws MessagingException {
        MimeMessage mensaje = mensaje(notificacion);
        conectar();
        transporte.sendMessage(mensaje, mensaje.getAllRecipients());
    }

    /** The Message-ID of a notice: the same on every attempt. */
    static String identificador(Notificacion n, String dominio) {
        return "<casia." + n.getId() + "." + n.getClave() + "@" + dominio + ">";
    }

    MimeMessage mensaje(Notificacion n) throws MessagingException {
        String identificador = identificador(n, dominioDeMensajes);
        MimeMessage mensaje = new MimeMessage(sesion) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", identificador);
            }
        };
        mensaje.setFrom(remitente);
        mensaje.setRecipient(Message.RecipientType.TO, new InternetAddress(n.getDestinatario(), true));
        mensaje.setSubject(n.getAsunto(), UTF_8);
        if (n.getCuerpoHtml().isPresent()) {
            MimeBodyPart texto = new MimeBodyPart();
            texto.setText(n.getCuerpo(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(n.getCuerpoHtml().get(), UTF_8, "html");
            mensaje.setContent(new MimeMultipart("alternative", texto, html));
        } else {
            mensaje.setText(n.getCuerpo(), UTF_8);
        }
        mensaje.setHeader("X-CASIA-Notificacion", String.valueOf(n.getId()));
        mensaje.saveChanges();
        return mensaje;
    }

    private void conectar() throws SinServidorException {
        if (transporte != null && transporte.isConnected()) {
            return;
        }
        try {
            transporte = sesion.getTransport();
            transporte.connect();
        } catch (MessagingException e) {
            throw new SinServidorException(e);
        }
    }

    @Override
    public void close() {
        if (transporte != null) {
            try {
                transporte.close();
            } catch (MessagingException e) {
                // The connection is gone either way; the next round opens a new one.
            }
        }
    }
}

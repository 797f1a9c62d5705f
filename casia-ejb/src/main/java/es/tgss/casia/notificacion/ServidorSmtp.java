package es.tgss.casia.notificacion;

import es.tgss.casia.configuracion.Configuracion;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends one plain-text UTF-8 message through the SMTP server of the configuration. */
final class ServidorSmtp {

    private static final String TIEMPO_MAXIMO_MS = "10000";

    private final Session sesion;
    private final InternetAddress remitente;

    ServidorSmtp(Configuracion.Smtp smtp) throws MessagingException {
        Properties p = new Properties();
        p.setProperty(
                "mail.transport.protocol", smtp.seguridad() == Configuracion.SeguridadSmtp.SSL ? "smtps" : "smtp");
        String prefijo = "mail." + p.getProperty("mail.transport.protocol") + ".";
        p.setProperty(prefijo + "host", smtp.host());
        p.setProperty(prefijo + "port", Integer.toString(smtp.puerto()));
        // A stuck SMTP server must not hold the sender forever.
        p.setProperty(prefijo + "connectiontimeout", TIEMPO_MAXIMO_MS);
        p.setProperty(prefijo + "timeout", TIEMPO_MAXIMO_MS);
        p.setProperty(prefijo + "writetimeout", TIEMPO_MAXIMO_MS);
        if (smtp.seguridad() == Configuracion.SeguridadSmtp.STARTTLS) {
            p.setProperty(prefijo + "starttls.enable", "true");
            p.setProperty(prefijo + "starttls.required", "true");
        }
        Authenticator autenticacion = null;
        if (smtp.usuario().isPresent()) {
            p.setProperty(prefijo + "auth", "true");
            String usuario = smtp.usuario().get();
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
    }

    void enviar(Notificacion notificacion) throws MessagingException {
        MimeMessage mensaje = new MimeMessage(sesion);
        mensaje.setFrom(remitente);
        mensaje.setRecipient(Message.RecipientType.TO, new InternetAddress(notificacion.getDestinatario(), true));
        mensaje.setSubject(notificacion.getAsunto(), StandardCharsets.UTF_8.name());
        mensaje.setText(notificacion.getCuerpo(), StandardCharsets.UTF_8.name());
        // Lets a receiving system drop a notice it already got if a crash made us send it again.
        mensaje.setHeader("X-CASIA-Notificacion", String.valueOf(notificacion.getId()));
        Transport.send(mensaje);
    }
}

package es.tgss.casia.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages}, with each message a plain list item. PrimeFaces writes
 * {@code <li role="alert">}: the role takes the item out of its list, and axe-core reports a serious violation
 * (WCAG 1.3.1, "list") on every page that shows a message. The container already has {@code aria-live="polite"},
 * so screen readers still announce the message. Registered in faces-config.xml for every {@code p:messages}.
 */
public class MensajesAccesiblesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages mensajes, FacesMessage mensaje, String severidad, boolean escapar)
            throws IOException {
        super.encodeMessage(new SinRolDeAlerta(writer), mensajes, mensaje, severidad, escapar);
    }

    /** Leaves out the item's role and aria-atomic, which only make sense with that role. */
    private static final class SinRolDeAlerta extends ResponseWriterWrapper {

        SinRolDeAlerta(ResponseWriter escritor) {
            super(escritor);
        }

        @Override
        public void writeAttribute(String nombre, Object valor, String propiedad) throws IOException {
            if (!"role".equals(nombre) && !"aria-atomic".equals(nombre)) {
                super.writeAttribute(nombre, valor, propiedad);
            }
        }
    }
}

package es.tgss.casia.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Puts a message from the bundle on the page, in the user's language. */
public final class Mensajes {

    private static final String BUNDLE = "es.tgss.casia.web.mensajes";

    private Mensajes() {
    }

    public static String texto(String clave, Object... argumentos) {
        FacesContext contexto = FacesContext.getCurrentInstance();
        String patron = ResourceBundle.getBundle(BUNDLE, contexto.getViewRoot().getLocale()).getString(clave);
        return argumentos.length == 0 ? patron : MessageFormat.format(patron, argumentos);
    }

    public static void info(String clave, Object... argumentos) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texto(clave, argumentos), null));
    }

    public static void error(String clave, Object... argumentos) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, texto(clave, argumentos), null));
    }
}

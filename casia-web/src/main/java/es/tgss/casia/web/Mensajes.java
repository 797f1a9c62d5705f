package es.tgss.casia.web;

import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Textos;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Puts a message on the page, in the user's language: one of the web's bundle, or a service's business error. */
public final class Mensajes {

    private static final String BUNDLE = "es.tgss.casia.web.mensajes";

    private Mensajes() {}

    public static String texto(String clave, Object... argumentos) {
        FacesContext contexto = FacesContext.getCurrentInstance();
        String patron = ResourceBundle.getBundle(BUNDLE, contexto.getViewRoot().getLocale())
                .getString(clave);
        return argumentos.length == 0 ? patron : MessageFormat.format(patron, argumentos);
    }

    public static void info(String clave, Object... argumentos) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texto(clave, argumentos), null));
    }

    public static void error(String clave, Object... argumentos) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texto(clave, argumentos), null));
    }

    /**
     * A message of the web's bundle beside the input of that id (marked invalid, what was typed kept), for what a
     * screen checks before it asks a service; on the page when the form has no such input.
     */
    public static void errorEnCampo(String id, String clave, Object... argumentos) {
        FacesContext contexto = FacesContext.getCurrentInstance();
        Optional<UIInput> entrada = entrada(contexto, id);
        entrada.ifPresent(e -> {
            conservarLoEscrito(contexto, e);
            e.setValid(false);
        });
        contexto.addMessage(
                entrada.map(e -> e.getClientId(contexto)).orElse(null),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, texto(clave, argumentos), null));
    }

    /**
     * Shows a service's business failure in the view's language: its own message on the page, and each field's
     * message beside the input whose id is the service's name for the field ({@code <casia:campo id="titulo">}), or
     * on the page when the form has no such input. Such an input is marked invalid, so that it is styled and
     * announced as wrong.
     */
    public static void error(ErrorDeNegocio error) {
        error(error, UnaryOperator.identity());
    }

    /**
     * The same, for a form whose ids are not the service's field names: {@code idDelCampo} gives the id for a field
     * ("datos[0].ccc" is no valid id; a screen with one row of inputs per line names them its own way).
     */
    public static void error(ErrorDeNegocio error, UnaryOperator<String> idDelCampo) {
        FacesContext contexto = FacesContext.getCurrentInstance();
        Textos textos = Textos.en(contexto.getViewRoot().getLocale());
        for (EnPantalla<UIInput> m : colocar(error, textos, campo -> entrada(contexto, idDelCampo.apply(campo)))) {
            m.entrada().ifPresent(entrada -> {
                conservarLoEscrito(contexto, entrada);
                entrada.setValid(false);
            });
            contexto.addMessage(
                    m.entrada().map(entrada -> entrada.getClientId(contexto)).orElse(null),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, m.texto(), null));
        }
    }

    /**
     * An input marked invalid renders its submitted value, which by then is empty (JSF cleared it once the model
     * took it, or the value came in empty): without this a field refused by the service would come back empty. What
     * the model holds is written back as the input would write it.
     */
    @SuppressWarnings("unchecked")
    private static void conservarLoEscrito(FacesContext contexto, UIInput entrada) {
        Object enviado = entrada.getSubmittedValue();
        Object valor = entrada.getValue();
        if ((enviado == null || "".equals(enviado)) && valor != null) {
            Converter<Object> conversor = entrada.getConverter();
            entrada.setSubmittedValue(
                    conversor != null ? conversor.getAsString(contexto, entrada, valor) : valor.toString());
        }
    }

    /** A text to show, beside its input or, when it has none, on the page. */
    record EnPantalla<E>(Optional<E> entrada, String texto) {}

    /**
     * Where each text of the error goes: the error's own message first, then the fields in their order. Apart from
     * the view (generic in the input) so that a plain unit test can check it.
     */
    static <E> List<EnPantalla<E>> colocar(
            ErrorDeNegocio error, Textos textos, Function<String, Optional<E>> entradaDelCampo) {
        List<EnPantalla<E>> mensajes = new ArrayList<>();
        error.mensaje().ifPresent(m -> mensajes.add(new EnPantalla<>(Optional.empty(), textos.de(m))));
        error.errores()
                .forEach((campo, m) -> mensajes.add(new EnPantalla<>(entradaDelCampo.apply(campo), textos.de(m))));
        return mensajes;
    }

    /** The rendered input with that id, wherever it is in the view (ids are unique inside their form). */
    private static Optional<UIInput> entrada(FacesContext contexto, String id) {
        UIInput[] encontrada = new UIInput[1];
        VisitContext visita = VisitContext.createVisitContext(
                contexto, null, EnumSet.of(VisitHint.SKIP_UNRENDERED, VisitHint.SKIP_ITERATION));
        contexto.getViewRoot().visitTree(visita, (v, componente) -> {
            if (componente instanceof UIInput entrada && id.equals(componente.getId())) {
                encontrada[0] = entrada;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(encontrada[0]);
    }
}

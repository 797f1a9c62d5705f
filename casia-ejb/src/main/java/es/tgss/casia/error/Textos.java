package es.tgss.casia.error;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Writes the messages of the {@code errores} bundles in one language. */
public final class Textos {

    static final String BUNDLE = "es.tgss.casia.error.errores";

    /** The manual's language, and that of {@link ErrorDeNegocio#getMessage()}. */
    public static final Textos ESPANOL = new Textos(Locale.forLanguageTag("es"));

    private final Locale idioma;
    private final ResourceBundle bundle;

    private Textos(Locale idioma) {
        this.idioma = idioma;
        // No fallback to the server's default locale: a language without its bundle reads the Spanish base one.
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                idioma,
                Textos.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Textos en(Locale idioma) {
        return "es".equals(idioma.getLanguage()) ? ESPANOL : new Textos(idioma);
    }

    public Locale idioma() {
        return idioma;
    }

    public String de(Mensaje mensaje) {
        Object[] argumentos = mensaje.argumentos().stream().map(this::argumento).toArray();
        return new MessageFormat(bundle.getString(mensaje.clave()), idioma).format(argumentos);
    }

    /** The error's own message or, when it is all said field by field, the fields' messages one after another. */
    public String de(ErrorDeNegocio error) {
        return de(error.mensaje().orElse(null), error.errores());
    }

    /** Field → text, in the order of {@link ErrorDeNegocio#errores()}. */
    public Map<String, String> deCampos(ErrorDeNegocio error) {
        return error.errores().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> de(e.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    String de(Mensaje mensaje, Map<String, Mensaje> errores) {
        return mensaje != null
                ? de(mensaje)
                : errores.values().stream().map(this::de).collect(Collectors.joining(" "));
    }

    /**
     * Whole numbers are counts, lengths, years and case numbers: written as they are, since MessageFormat would
     * group them ("1.000 caracteres", "el año 2.999").
     */
    private Object argumento(Object argumento) {
        if (argumento instanceof Mensaje m) {
            return de(m);
        }
        if (argumento instanceof Integer || argumento instanceof Long) {
            return argumento.toString();
        }
        return argumento;
    }
}

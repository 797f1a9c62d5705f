package es.tgss.casia.caso;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the e-mail notices, from the template bundle {@code es/tgss/casia/caso/avisos.properties}: Spanish,
 * the manual's words, kept out of the code so that they can be read and corrected as text.
 */
public final class TextosDeAviso {

    static final String BUNDLE = "es.tgss.casia.caso.avisos";
    private static final Locale ESPANOL = Locale.forLanguageTag("es-ES");

    private TextosDeAviso() {}

    /** The template with that key, filled with the arguments (pass numbers and dates already written as text). */
    public static String texto(String clave, Object... argumentos) {
        String plantilla = ResourceBundle.getBundle(BUNDLE, ESPANOL, TextosDeAviso.class.getClassLoader())
                .getString(clave);
        return new MessageFormat(plantilla, ESPANOL).format(argumentos);
    }
}

package es.tgss.casia.api;

import es.tgss.casia.error.Textos;
import java.util.List;
import java.util.Locale;

/**
 * The language of the API's texts: Spanish, or English when {@code Accept-Language} prefers it. Read from the header
 * itself, not from the request's locale, which falls back to the server's when the header is missing.
 */
public final class IdiomaDeLaApi {

    private static final List<Locale> OFRECIDOS = List.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("en"));

    private IdiomaDeLaApi() {}

    public static Textos de(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Textos.ESPANOL;
        }
        try {
            Locale elegido = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), OFRECIDOS);
            return elegido == null ? Textos.ESPANOL : Textos.en(elegido);
        } catch (IllegalArgumentException malFormada) {
            return Textos.ESPANOL;
        }
    }
}

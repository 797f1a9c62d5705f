package es.tgss.casia.web.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of a response, decided from the public address and the kind of response; kept apart from
 * the filter so the rules can be read (and tested) in one place.
 */
final class CabecerasDeSeguridad {

    /** One year: browsers remember to use HTTPS only; long enough to matter, as the usual advice says. */
    static final String HSTS = "max-age=31536000";

    private final String politica;
    private final boolean https;

    /**
     * @param politica the Content-Security-Policy of web.xml's {@code primefaces.CSP_POLICY}: PrimeFaces sends it
     *                 with its nonce on the pages it renders, this filter sends it as is on everything else
     * @param urlPublica CASIA_PUBLIC_URL: HSTS only when users reach CASIA over HTTPS
     */
    CabecerasDeSeguridad(String politica, URI urlPublica) {
        this.politica = politica.strip();
        this.https = "https".equals(urlPublica.getScheme());
    }

    boolean https() {
        return https;
    }

    /**
     * @param recursoEstatico a stylesheet, script, font or image: the same for everybody, so it may be cached;
     *                        every other answer (pages, the login page with its form state, the error page) may
     *                        carry personal data and is never stored
     */
    Map<String, String> para(boolean recursoEstatico) {
        Map<String, String> cabeceras = new LinkedHashMap<>();
        cabeceras.put("Content-Security-Policy", politica.endsWith(";") ? politica : politica + ";");
        cabeceras.put("X-Content-Type-Options", "nosniff");
        cabeceras.put("X-Frame-Options", "DENY");
        // Other sites learn nothing of CASIA's addresses (they hold case numbers); CASIA's own pages do.
        cabeceras.put("Referrer-Policy", "same-origin");
        if (!recursoEstatico) {
            cabeceras.put("Cache-Control", "no-store");
        }
        if (https) {
            cabeceras.put("Strict-Transport-Security", HSTS);
        }
        return cabeceras;
    }
}

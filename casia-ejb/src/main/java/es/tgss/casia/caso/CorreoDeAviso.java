package es.tgss.casia.caso;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A notice about one case as it is mailed: the plain text (the template's text and the foot) and its HTML
 * alternative, which says the same in paragraphs with a link to the case in the portal. Only this case's número,
 * autorización and the template's text go in: never a document, never another case. Every text is escaped in the
 * HTML, the user's (a request, a reason, an answer) included, so what someone typed is shown and never read as markup.
 */
record CorreoDeAviso(String texto, String html) {

    /** The portal's page of one case (Gestión de casos), relative to CASIA_PUBLIC_URL. */
    static final String PAGINA_DEL_CASO = "portal/casos/caso.xhtml?numero=";

    static CorreoDeAviso componer(String aviso, String numero, String autorizacion, URI urlPublica) {
        String enlace = enlace(urlPublica, numero);
        String pie = TextosDeAviso.texto("aviso.pie", numero, autorizacion, enlace);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"UTF-8\">")
                .append("<title>")
                .append(escapar(numero))
                .append("</title></head><body>\n");
        parrafos(aviso, html);
        html.append("<p><a href=\"")
                .append(escapar(enlace))
                .append("\">")
                .append(escapar(TextosDeAviso.texto("aviso.enlace", numero)))
                .append("</a></p>\n");
        parrafos(pie, html);
        html.append("</body></html>\n");
        return new CorreoDeAviso(aviso + pie, html.toString());
    }

    static String enlace(URI urlPublica, String numero) {
        return urlPublica
                .resolve(PAGINA_DEL_CASO + URLEncoder.encode(numero, StandardCharsets.UTF_8))
                .toString();
    }

    /** A blank line ends a paragraph, a line break stays a line break. */
    private static void parrafos(String texto, StringBuilder html) {
        for (String parrafo : texto.strip().split("\\n\\s*\\n")) {
            if (!parrafo.isBlank()) {
                html.append("<p>")
                        .append(escapar(parrafo.strip()).replace("\n", "<br>\n"))
                        .append("</p>\n");
            }
        }
    }

    static String escapar(String texto) {
        StringBuilder s = new StringBuilder(texto.length() + 16);
        for (char c : texto.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}

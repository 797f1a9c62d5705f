package es.tgss.casia.caso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CorreoDeAvisoTest {

    private static final URI URL = URI.create("https://casia.example/");

    @Test
    void elTextoLlevaElAvisoElNumeroYElEnlaceAlCaso() {
        CorreoDeAviso correo =
                CorreoDeAviso.componer("Se ha anulado el caso 2026/00000007.", "2026/00000007", "1000001", URL);

        assertThat(correo.texto())
                .startsWith("Se ha anulado el caso 2026/00000007.")
                .contains("Caso: 2026/00000007", "Autorización: 1000001")
                .contains("https://casia.example/portal/casos/caso.xhtml?numero=2026%2F00000007")
                .contains("no lo responda");
        assertThat(correo.html())
                .contains("<html lang=\"es\">", "<p>Se ha anulado el caso 2026/00000007.</p>")
                .contains("<a href=\"https://casia.example/portal/casos/caso.xhtml?numero=2026%2F00000007\">"
                        + "Consultar el caso 2026/00000007 en Gestión de casos</a>");
    }

    @Test
    void loQueEscribioUnUsuarioSeMuestraYNuncaSeLeeComoHtml() {
        String aviso = "Motivos:\n\n<script>alert('x')</script> & <b>\"negrita\"</b>\nsegunda línea";
        CorreoDeAviso correo = CorreoDeAviso.componer(aviso, "2026/00000008", "1000001", URL);

        assertThat(correo.html())
                .doesNotContain("<script>", "<b>")
                .contains(
                        "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;&quot;negrita&quot;&lt;/b&gt;"
                                + "<br>\nsegunda línea</p>");
        assertThat(correo.texto()).contains("<script>alert('x')</script>");
    }
}

package es.tgss.casia.caso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextosDeAvisoTest {

    private static final Pattern ARGUMENTO = Pattern.compile("\\{(\\d)}");

    @Test
    void cadaPlantillaUsaTodosSusArgumentosYConservaLasPalabrasDelManual() {
        ResourceBundle avisos = ResourceBundle.getBundle(TextosDeAviso.BUNDLE, Locale.forLanguageTag("es-ES"));
        assertThat(Collections.list(avisos.getKeys())).hasSize(14);
        for (String clave : Collections.list(avisos.getKeys())) {
            Matcher m = ARGUMENTO.matcher(avisos.getString(clave));
            int argumentos = 0;
            while (m.find()) {
                argumentos = Math.max(argumentos, Integer.parseInt(m.group(1)) + 1);
            }
            Object[] valores = new Object[argumentos];
            for (int i = 0; i < argumentos; i++) {
                valores[i] = "«" + i + "»";
            }
            String texto = TextosDeAviso.texto(clave, valores);
            for (Object valor : valores) {
                assertThat(texto).as(clave).contains((String) valor);
            }
            // An unpaired apostrophe would swallow the rest of the text silently.
            assertThat(texto).as(clave).doesNotContain("{").doesNotContain("'");
        }
        assertThat(TextosDeAviso.texto(
                        "aviso.solicitudInformacion", "2026/00000001", "Envíe el TC2.", "20", "21/12/2026"))
                .contains(
                        "Modificar Información",
                        "20 días naturales: hasta el 21/12/2026 inclusive",
                        "se cerrará de oficio");
    }
}

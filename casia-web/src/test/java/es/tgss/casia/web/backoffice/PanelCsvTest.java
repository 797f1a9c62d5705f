package es.tgss.casia.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.panel.CasoPorCerrar;
import es.tgss.casia.panel.FilaAbiertos;
import es.tgss.casia.panel.FilaAntiguedad;
import es.tgss.casia.panel.FilaValoracion;
import es.tgss.casia.panel.Panel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV of the Panel as a spreadsheet reads it: its fields, its numbers, its name. */
class PanelCsvTest {

    private static final LocalDate HOY = LocalDate.of(2026, 11, 30);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Consulta de cotización|Consulta de cotización",
                "A;B|\"A;B\"",
                "Dice \"hola\"|\"Dice \"\"hola\"\"\"",
                "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
                "+34 600|'+34 600",
                "-1|'-1",
                "@SUM(A1)|'@SUM(A1)"
            })
    void cadaCampoSeLeeComoTexto(String valor, String esperado) {
        assertThat(PanelCsv.campo(valor)).isEqualTo(esperado);
    }

    @Test
    void unSaltoDeLineaQuedaDentroDelCampo() {
        assertThat(PanelCsv.campo("dos\nlíneas")).isEqualTo("\"dos\nlíneas\"");
    }

    @Test
    void elFicheroLlevaBomPuntoYComaYLaComaDecimalEnEspanol() {
        Panel panel = new Panel(
                "DP-28",
                HOY,
                List.of(new FilaAbiertos("DP-28", "Madrid", List.of(1L, 2L, 3L, 0L, 0L))),
                new FilaAbiertos(null, null, List.of(1L, 2L, 3L, 0L, 0L)),
                List.of(new FilaAntiguedad("DP-28", "Madrid", List.of(6L, 0L, 0L, 0L, 0L))),
                new FilaAntiguedad(null, null, List.of(6L, 0L, 0L, 0L, 0L)),
                List.of(new CasoPorCerrar("2026/00000007", "Uno; dos", "DP-28", HOY.plusDays(3))),
                1,
                List.of(new FilaValoracion("COTIZACION", "Cotización", List.of(0L, 0L, 1L, 0L, 3L))),
                List.of(new FilaValoracion("DP-28", "Madrid", List.of(0L, 0L, 1L, 0L, 3L))),
                new FilaValoracion(null, null, List.of(0L, 0L, 1L, 0L, 3L)));

        byte[] csv = PanelCsv.de(panel, Locale.forLanguageTag("es-ES"));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String texto = new String(csv, StandardCharsets.UTF_8);
        assertThat(texto)
                .contains("Unidad;DP-28\r\n", "Fecha;30/11/2026\r\n")
                .contains("DP-28;1;2;3;0;0;6\r\n", "Total;1;2;3;0;0;6\r\n")
                .contains("2026/00000007;\"Uno; dos\";DP-28;03/12/2026\r\n")
                .contains("Cotización;4;4,50;0;0;1;0;3\r\n");
        assertThat(new String(PanelCsv.de(panel, Locale.ENGLISH), StandardCharsets.UTF_8))
                .contains("Unit;DP-28\r\n", "Cotización;4;4.50;0;0;1;0;3\r\n");
        assertThat(PanelCsv.nombreFichero(panel)).isEqualTo("panel-DP-28-2026-11-30.csv");
    }
}

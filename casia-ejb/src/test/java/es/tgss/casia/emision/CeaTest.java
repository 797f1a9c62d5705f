package es.tgss.casia.emision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CeaTest {

    private static final LocalDate DIA = LocalDate.of(2026, 11, 30);
    private final SecureRandom azar = new SecureRandom();

    @Test
    void tieneLaFormaDeLaTgssSinCaracteresQueSeConfunden() {
        Cea cea = Cea.nuevo(azar, DIA);
        assertThat(cea.id()).hasSize(12).matches("[2-9A-HJKMNP-Z]{12}");
        assertThat(cea.codigo()).hasSize(30).matches("[2-9A-HJKMNP-Z]{30}");
        assertThat(cea.fechaAaaammdd()).isEqualTo("20261130");
        assertThat(Cea.ALFABETO).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
        // 42 positions of 31 symbols: comfortably above the 120 bits asked for.
        assertThat(42 * Math.log(Cea.ALFABETO.length()) / Math.log(2)).isGreaterThan(200);
    }

    @Test
    void milesDeCeaSonDistintosYUsanTodoElAlfabetoPorIgual() {
        Set<String> ids = new HashSet<>();
        Set<String> codigos = new HashSet<>();
        Map<Character, Integer> frecuencia = new HashMap<>();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Cea cea = Cea.nuevo(azar, DIA);
            ids.add(cea.id());
            codigos.add(cea.codigo());
            for (char c : cea.codigo().toCharArray()) {
                frecuencia.merge(c, 1, Integer::sum);
            }
        }
        assertThat(ids).hasSize(n);
        assertThat(codigos).hasSize(n);
        assertThat(frecuencia).hasSize(31);
        // 600,000 draws: each symbol expected 19,355 times; a biased generator would stray far beyond ±5 %.
        double esperado = n * 30.0 / 31;
        assertThat(frecuencia.values())
                .allSatisfy(f -> assertThat(Math.abs(f - esperado) / esperado).isLessThan(0.05));
    }

    @Test
    void elPieAgrupaElIdYElCodigoParaCopiarlosDelPapel() {
        Cea cea = new Cea("ABCDEFGHJKMN", DIA, "23456789ABCDEFGHJKMNPQRSTUVWXY");
        assertThat(cea.pie())
                .isEqualTo("CEA: ID ABCD EFGH JKMN · Fecha 20261130 · Código 23456 789AB CDEFG HJKMN PQRST UVWXY");
    }

    @Test
    void leerAceptaLoQueUnaPersonaTecleaDelPie() {
        Cea cea = Cea.nuevo(azar, DIA);
        String pie = cea.pie();
        String idImpreso = pie.substring(pie.indexOf("ID ") + 3, pie.indexOf(" · Fecha"));
        String codigoImpreso = pie.substring(pie.indexOf("Código ") + 7);
        assertThat(Cea.leer(idImpreso, codigoImpreso)).contains(cea.clave());
        assertThat(Cea.leer(
                        " " + idImpreso.toLowerCase().replace(' ', '-') + " ",
                        codigoImpreso.toLowerCase().replace(" ", " - ")))
                .contains(cea.clave());
        assertThat(Cea.leer(cea.id(), cea.codigo())).contains(new Cea.Clave(cea.id(), cea.codigo()));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULO",
            value = {
                "ABCDEFGHJKM, 23456789ABCDEFGHJKMNPQRSTUVWXY", // ID one short
                "ABCDEFGHJKMNP, 23456789ABCDEFGHJKMNPQRSTUVWXY", // ID one long
                "ABCDEFGHJKMN, 23456789ABCDEFGHJKMNPQRSTUVWX", // code one short
                "ABCDEFGHJKMN, 23456789ABCDEFGHJKMNPQRSTUVWXYZ", // code one long
                "ABCDEFGHJKM0, 23456789ABCDEFGHJKMNPQRSTUVWXY", // 0 is not in the alphabet
                "ABCDEFGHJKMN, 23456789ABCDEFGHJKMNPQRSTUVWXO", // nor O
                "ABCDEFGHJKML, 23456789ABCDEFGHJKMNPQRSTUVWXY", // nor L
                "ABCDEFGHJKMÑ, 23456789ABCDEFGHJKMNPQRSTUVWXY", // nor Ñ
                "ABCDEF.HJKMN, 23456789ABCDEFGHJKMNPQRSTUVWXY", // punctuation other than hyphens
                "NULO, 23456789ABCDEFGHJKMNPQRSTUVWXY",
                "ABCDEFGHJKMN, NULO",
                "'', ''"
            })
    void leerRechazaLoMalFormado(String id, String codigo) {
        assertThat(Cea.leer(id, codigo)).isEqualTo(Optional.empty());
    }

    @Test
    void noSeConstruyeUnCeaMalFormado() {
        assertThatThrownBy(() -> new Cea("ABCDEFGHJKM0", DIA, "23456789ABCDEFGHJKMNPQRSTUVWXY"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cea("ABCDEFGHJKMN", null, "23456789ABCDEFGHJKMNPQRSTUVWXY"))
                .isInstanceOf(NullPointerException.class);
    }
}

package es.tgss.casia.caso.complementario;

import static es.tgss.casia.caso.complementario.Invalidez.assertInvalido;
import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.error.ErrorDeNegocio;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NafTest {

    private static final BigInteger NOVENTA_Y_SIETE = BigInteger.valueOf(97);

    /**
     * Control calculado de forma independiente, con texto y BigInteger: si el número cabe en 7
     * cifras la base es la provincia seguida de esas 7 cifras (formato antiguo); si no, la
     * provincia seguida de las 8 cifras.
     */
    private static String control(int provincia, long numero) {
        String base = numero < 10_000_000L
                ? String.format("%02d%07d", provincia, numero)
                : String.format("%02d%08d", provincia, numero);
        return String.format("%02d", new BigInteger(base).mod(NOVENTA_Y_SIETE).intValueExact());
    }

    private static String nafValido(int provincia, long numero) {
        return String.format("%02d%08d", provincia, numero) + control(provincia, numero);
    }

    @ParameterizedTest(name = "provincia {0}, número {1}")
    @CsvSource({
        // número < 10^7: base = provincia * 10^7 + número
        "28, 0",
        "28, 1234567", // Madrid
        "46, 1234567", // Valencia
        "46, 9999999", // frontera inferior a 10^7
        "1, 1",
        "53, 5555555",
        // número >= 10^7: base = provincia * 10^8 + número (pasa de 2^31 desde la provincia 22)
        "46, 10000000", // frontera exacta
        "46, 12345678",
        "46, 99999999",
        "28, 12345678",
        "21, 99999999", // 2.199.999.999 > Integer.MAX_VALUE
        "22, 10000000",
        "50, 87654321",
        "51, 23456789",
        "52, 34567890",
        "53, 45678901",
        "66, 99999999", // la mayor base admitida: 6.699.999.999
        "1, 10000000",
    })
    void aceptaNafConControlCorrecto(int provincia, long numero) {
        String naf = nafValido(provincia, numero);

        Naf resultado = Naf.de(naf);

        assertThat(resultado.valor()).isEqualTo(naf);
        assertThat(resultado.provincia()).isEqualTo(provincia);
    }

    @ParameterizedTest
    @CsvSource({
        // Ejemplos publicados por terceros:
        // mvp-access.es: 23/12345678/23; aleph.org.mx: 12 12345678 -> el control debe ser 05.
        "23/12345678/23, 231234567823",
        "12 12345678 05, 121234567805",
        // Calculados a mano: 2812345678 mod 97 = 40; 4612345678 mod 97 = 43; 281234567 mod 97 = 42.
        "28 12345678 40, 281234567840",
        "46-12345678-43, 461234567843",
        "28/01234567/42, 280123456742",
    })
    void aceptaVectoresConocidos(String entrada, String esperado) {
        assertThat(Naf.de(entrada).valor()).isEqualTo(esperado);
    }

    /**
     * Garantiza que los vectores de arriba de verdad detectan una implementación en int: se
     * comprueba que el cálculo en int desbordado da otro control, y que ese control se rechaza.
     */
    @ParameterizedTest(name = "provincia {0}, número {1}")
    @CsvSource({
        "28, 12345678",
        "46, 12345678",
        "46, 10000000",
        "66, 99999999",
        "22, 10000000",
    })
    void unaImplementacionEnIntSeriaIncorrecta(int provincia, int numero) {
        int baseDesbordada = provincia * 100_000_000 + numero; // desborda a propósito
        int controlEnInt = Math.floorMod(baseDesbordada, 97);
        String correcto = control(provincia, numero);

        assertThat(String.format("%02d", controlEnInt)).isNotEqualTo(correcto);
        String conControlDeInt = String.format("%02d%08d%02d", provincia, numero, controlEnInt);
        assertInvalido(() -> Naf.de(conControlDeInt), "NAF", "El dígito de control del NAF no es correcto.");
        assertThat(Naf.de(nafValido(provincia, numero)).valor()).endsWith(correcto);
    }

    /** Con número menor de 10^7 no vale concatenar provincia y las 8 cifras. */
    @ParameterizedTest(name = "provincia {0}, número {1}")
    @CsvSource({
        "28, 1234567",
        "46, 9999999",
        "8, 7654321",
    })
    void numeroAntiguoNoUsaLaConcatenacionDeOchoCifras(int provincia, int numero) {
        String concatenado = String.format("%02d%08d", provincia, numero);
        String controlConcatenado = String.format(
                "%02d", new BigInteger(concatenado).mod(NOVENTA_Y_SIETE).intValueExact());
        assertThat(controlConcatenado).isNotEqualTo(control(provincia, numero));

        assertInvalido(
                () -> Naf.de(concatenado + controlConcatenado), "NAF", "El dígito de control del NAF no es correcto.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "281234567840",
                "28/12345678/40",
                "28 12345678 40",
                "28-12345678-40",
                "28.12345678.40",
                " 28 1234 5678 40 ",
                "28\u00A012345678\u00A040",
            })
    void quitaEspaciosGuionesBarrasYPuntos(String entrada) {
        assertThat(Naf.normalizar(entrada)).isEqualTo("281234567840");
        assertThat(Naf.de(entrada).valor()).isEqualTo("281234567840");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "--", "\u00A0"})
    void rechazaVacio(String entrada) {
        assertInvalido(() -> Naf.de(entrada), "NAF", "El NAF es obligatorio.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // El formato antiguo de 11 cifras no se completa solo: hay que escribir el cero.
                "28123456742      | El NAF debe tener 12 dígitos.",
                "2812345678400    | El NAF debe tener 12 dígitos.",
                "28               | El NAF debe tener 12 dígitos.",
                "99999999999999999999999 | El NAF debe tener 12 dígitos.",
                "28123456784O     | El NAF solo puede contener dígitos.",
                "28 1234567X 40   | El NAF solo puede contener dígitos.",
                "-28123456784     | El NAF debe tener 12 dígitos.",
                "٢٨1234567840     | El NAF solo puede contener dígitos.",
                "281234567841     | El dígito de control del NAF no es correcto.",
                "281234567804     | El dígito de control del NAF no es correcto.",
                "281234567740     | El dígito de control del NAF no es correcto.",
                "461234567899     | El dígito de control del NAF no es correcto.",
                "001234567800     | El código de provincia del NAF no es válido.",
                "991234567800     | El código de provincia del NAF no es válido.",
            })
    void rechazaConMensajeClaro(String entrada, String mensaje) {
        assertInvalido(() -> Naf.de(entrada), "NAF", mensaje);
    }

    @ParameterizedTest(name = "provincia {0}, número {1}")
    @CsvSource({
        "28, 12345678",
        "46, 99999999",
        "46, 1234567",
        "66, 10000000",
    })
    void soloUnControlEntre00y99EsValido(int provincia, long numero) {
        String sinControl = String.format("%02d%08d", provincia, numero);
        List<String> aceptados = new ArrayList<>();
        for (int c = 0; c <= 99; c++) {
            String candidato = sinControl + String.format("%02d", c);
            try {
                Naf.de(candidato);
                aceptados.add(candidato);
            } catch (ErrorDeNegocio e) {
                assertThat(e.getMessage()).isEqualTo("El dígito de control del NAF no es correcto.");
            }
        }
        assertThat(aceptados).containsExactly(nafValido(provincia, numero));
    }

    @Test
    void provinciasAdmitidasSonDe01a53yLa66() {
        for (int p = 0; p <= 99; p++) {
            String naf = nafValido(p, 12345678);
            if ((p >= 1 && p <= 53) || p == 66) {
                assertThat(Naf.de(naf).provincia()).as("provincia %d", p).isEqualTo(p);
            } else {
                assertInvalido(() -> Naf.de(naf), "NAF", "El código de provincia del NAF no es válido.");
            }
        }
    }

    @Test
    void formateaYComparaPorValor() {
        Naf a = Naf.de("28/12345678/40");
        Naf b = Naf.de("281234567840");

        assertThat(a.formateado()).isEqualTo("28/12345678/40");
        assertThat(a.toString()).isEqualTo("281234567840");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Naf.de(nafValido(46, 12345678)));
    }
}

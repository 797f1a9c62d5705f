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

class CccTest {

    /**
     * Control calculado sin reutilizar la aritmética de producción: se escribe la base como texto
     * (provincia seguida de las 7 cifras del número) y se reduce con BigInteger.
     */
    private static String control(int provincia, int numero) {
        BigInteger base = new BigInteger(String.format("%02d%07d", provincia, numero));
        return String.format("%02d", base.mod(BigInteger.valueOf(97)).intValueExact());
    }

    private static String cccValido(int provincia, int numero) {
        return String.format("%02d%07d", provincia, numero) + control(provincia, numero);
    }

    @ParameterizedTest(name = "provincia {0}, número {1}")
    @CsvSource({
        "1, 0",
        "1, 1",
        "8, 1234567",
        "28, 1234567", // Madrid
        "28, 9999999",
        "46, 1234567", // Valencia
        "46, 9999999",
        "50, 7654321",
        "51, 5000000", // Ceuta
        "52, 97", // Melilla; número múltiplo de 97
        "53, 1000000",
        "66, 9999999",
    })
    void aceptaCccConControlCorrecto(int provincia, int numero) {
        String ccc = cccValido(provincia, numero);

        Ccc resultado = Ccc.de(ccc);

        assertThat(resultado.valor()).isEqualTo(ccc);
        assertThat(resultado.provincia()).isEqualTo(provincia);
    }

    @ParameterizedTest
    @CsvSource({
        // Ejemplo publicado en mvp-access.es (E. Martínez Montejo): 23/1234567/50.
        "23123456750, 23123456750",
        "23/1234567/50, 23123456750",
        // Calculados a mano: Madrid 281234567 mod 97 = 42; Valencia 461234567 mod 97 = 52.
        "28 1234567 42, 28123456742",
        "46-1234567-52, 46123456752",
    })
    void aceptaVectoresConocidos(String entrada, String esperado) {
        assertThat(Ccc.de(entrada).valor()).isEqualTo(esperado);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "28123456742",
                "28/1234567/42",
                "28 1234567 42",
                "28-1234567-42",
                "28.1234567.42",
                "  28 1234567 42  ",
                "\t28\t1234567\t42\n",
                "28\u00A01234567\u00A042", // espacio duro pegado desde un PDF
                "2 8 1 2 3 4 5 6 7 4 2",
            })
    void quitaEspaciosGuionesBarrasYPuntos(String entrada) {
        assertThat(Ccc.normalizar(entrada)).isEqualTo("28123456742");
        assertThat(Ccc.de(entrada).valor()).isEqualTo("28123456742");
    }

    @Test
    void normalizarNoInventaNada() {
        assertThat(Ccc.normalizar(null)).isEmpty();
        assertThat(Ccc.normalizar("28A 12")).isEqualTo("28A12");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", " - / . ", "\u00A0"})
    void rechazaVacio(String entrada) {
        assertInvalido(() -> Ccc.de(entrada), "CCC", "El CCC es obligatorio.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2812345674      | El CCC debe tener 11 dígitos.",
                "281234567420    | El CCC debe tener 11 dígitos.",
                "2               | El CCC debe tener 11 dígitos.",
                "00000000000000000000 | El CCC debe tener 11 dígitos.",
                "28A23456742     | El CCC solo puede contener dígitos.",
                "2812345674O     | El CCC solo puede contener dígitos.",
                "28_1234567_42   | El CCC solo puede contener dígitos.",
                "+28123456742    | El CCC solo puede contener dígitos.",
                "٢٨123456742     | El CCC solo puede contener dígitos.",
                "２８123456742    | El CCC solo puede contener dígitos.",
                "28123456743     | El dígito de control del CCC no es correcto.",
                "28123456724     | El dígito de control del CCC no es correcto.",
                "46123456725     | El dígito de control del CCC no es correcto.",
                "28123457642     | El dígito de control del CCC no es correcto.",
                "00123456700     | El código de provincia del CCC no es válido.",
            })
    void rechazaConMensajeClaro(String entrada, String mensaje) {
        assertInvalido(() -> Ccc.de(entrada), "CCC", mensaje);
    }

    @ParameterizedTest(name = "provincia {0}")
    @ValueSource(ints = {1, 28, 46, 52, 53, 66})
    void soloUnControlEntre00y99EsValido(int provincia) {
        String sinControl = String.format("%02d%07d", provincia, 7654321);
        List<String> aceptados = new ArrayList<>();
        for (int c = 0; c <= 99; c++) {
            String candidato = sinControl + String.format("%02d", c);
            try {
                Ccc.de(candidato);
                aceptados.add(candidato);
            } catch (ErrorDeNegocio e) {
                assertThat(e.getMessage()).isEqualTo("El dígito de control del CCC no es correcto.");
            }
        }
        assertThat(aceptados).containsExactly(cccValido(provincia, 7654321));
    }

    @Test
    void provinciasAdmitidasSonDe01a53yLa66() {
        for (int p = 0; p <= 99; p++) {
            String ccc = cccValido(p, 1234567);
            boolean debeAceptarse = (p >= 1 && p <= 53) || p == 66;
            if (debeAceptarse) {
                assertThat(Ccc.de(ccc).provincia()).as("provincia %d", p).isEqualTo(p);
            } else {
                assertInvalido(() -> Ccc.de(ccc), "CCC", "El código de provincia del CCC no es válido.");
            }
        }
    }

    @Test
    void unDigitoCambiadoOTranspuestoSeDetecta() {
        String valido = cccValido(46, 1234567);
        // Cambiar una cifra del número
        String cambiado =
                valido.substring(0, 5) + (char) ('0' + (valido.charAt(5) - '0' + 1) % 10) + valido.substring(6);
        // Transponer dos cifras contiguas distintas del número
        String transpuesto = valido.substring(0, 3) + valido.charAt(4) + valido.charAt(3) + valido.substring(5);

        assertInvalido(() -> Ccc.de(cambiado), "CCC", "El dígito de control del CCC no es correcto.");
        assertInvalido(() -> Ccc.de(transpuesto), "CCC", "El dígito de control del CCC no es correcto.");
    }

    @Test
    void formateaYComparaPorValor() {
        Ccc a = Ccc.de("28/1234567/42");
        Ccc b = Ccc.de("28123456742");

        assertThat(a.formateado()).isEqualTo("28/1234567/42");
        assertThat(a.toString()).isEqualTo("28123456742");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Ccc.de(cccValido(46, 1234567)));
    }
}

package es.tgss.casia.caso.complementario;

import static es.tgss.casia.caso.complementario.Invalidez.assertInvalido;
import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.error.ErrorDeNegocio;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpfTest {

    /** Tabla oficial del Ministerio del Interior, tecleada aparte de la de producción. */
    private static final char[] TABLA = {
        'T', 'R', 'W', 'A', 'G', 'M', 'Y', 'F', 'P', 'D', 'X', 'B', 'N', 'J', 'Z', 'S', 'Q', 'V', 'H', 'L', 'C', 'K',
        'E',
    };

    private static char letra(String numero) {
        return TABLA[new BigInteger(numero).mod(BigInteger.valueOf(23)).intValueExact()];
    }

    @Nested
    class Dni {

        @ParameterizedTest
        @CsvSource({
            "12345678Z,    12345678Z",
            "12345678z,    12345678Z",
            "12.345.678-Z, 12345678Z",
            "' 12345678 Z ', 12345678Z",
            "12345678\u00A0Z, 12345678Z",
            "00000000T,    00000000T",
            "99999999R,    99999999R",
            // DNI antiguos tecleados sin ceros a la izquierda
            "1234567L,     01234567L",
            "0T,           00000000T",
            "1R,           00000001R",
            // forma de la TGSS: 10 posiciones con ceros a la izquierda y la letra
            "0012345678Z,  12345678Z",
            "012345678Z,   12345678Z",
            "0001234567L,  01234567L",
        })
        void aceptaYDevuelveLaFormaCanonica(String entrada, String canonico) {
            Ipf ipf = Ipf.de(TipoIpf.DNI, entrada);

            assertThat(ipf.tipo()).isEqualTo(TipoIpf.DNI);
            assertThat(ipf.valor()).isEqualTo(canonico);
        }

        /** Para cada número, de las 26 letras A-Z exactamente una es aceptada, y es la de la tabla. */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "00000000",
                    "00000001",
                    "00000022",
                    "00000023",
                    "12345678",
                    "99999999",
                    "45678912",
                    "10000000",
                    "87654321",
                    "00000011",
                    "00000018",
                    "00000020",
                })
        void soloLaLetraCorrectaEsAceptada(String numero) {
            List<Character> aceptadas = new ArrayList<>();
            for (char l = 'A'; l <= 'Z'; l++) {
                try {
                    Ipf.de(TipoIpf.DNI, numero + l);
                    aceptadas.add(l);
                } catch (ErrorDeNegocio e) {
                    assertThat(e.getMessage()).isEqualTo("La letra del DNI no es correcta.");
                }
            }
            assertThat(aceptadas).containsExactly(letra(numero));
        }

        @Test
        void cubreLos23Restos() {
            for (int resto = 0; resto < 23; resto++) {
                String numero = String.format("%08d", 23 * 1_000_000 + resto);
                assertThat(Ipf.de(TipoIpf.DNI, numero + TABLA[resto]).valor()).isEqualTo(numero + TABLA[resto]);
            }
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "12345678A     | La letra del DNI no es correcta.",
                    "12345678I     | La letra del DNI no es correcta.",
                    "12345678O     | La letra del DNI no es correcta.",
                    "00000000R     | La letra del DNI no es correcta.",
                    "0012345678A   | La letra del DNI no es correcta.",
                    "12345678      | El DNI debe tener 8 dígitos y una letra.",
                    "Z             | El DNI debe tener 8 dígitos y una letra.",
                    "Z12345678     | El DNI debe tener 8 dígitos y una letra.",
                    "12345678ZZ    | El DNI debe tener 8 dígitos y una letra.",
                    "1234A678Z     | El DNI debe tener 8 dígitos y una letra.",
                    "12345678Ñ     | El DNI debe tener 8 dígitos y una letra.",
                    "12345678_Z    | El DNI debe tener 8 dígitos y una letra.",
                    "X1234567L     | El DNI debe tener 8 dígitos y una letra.",
                    "123456789Z    | El DNI debe tener 8 dígitos y una letra.",
                    "1012345678Z   | El DNI debe tener 8 dígitos y una letra.",
                    "00012345678Z  | El DNI debe tener 8 dígitos y una letra.",
                    "１２３４５６７８Z | El DNI debe tener 8 dígitos y una letra.",
                })
        void rechazaConMensajeClaro(String entrada, String mensaje) {
            assertInvalido(() -> Ipf.de(TipoIpf.DNI, entrada), "IPF", mensaje);
        }
    }

    @Nested
    class Nie {

        @ParameterizedTest
        @CsvSource({
            "X1234567L,     X1234567L",
            "x1234567l,     X1234567L",
            "Y1234567X,     Y1234567X",
            "Z1234567R,     Z1234567R",
            "X-1234567-L,   X1234567L",
            "' Y 1234567 X ', Y1234567X",
            "X0000000T,     X0000000T",
            // forma de la TGSS: 10 posiciones, "0X" y 8 cifras
            "0X01234567L,   X1234567L",
            "X01234567L,    X1234567L",
            "00X1234567L,   X1234567L",
            "0Z01234567R,   Z1234567R",
        })
        void aceptaYDevuelveLaFormaCanonica(String entrada, String canonico) {
            Ipf ipf = Ipf.de(TipoIpf.NIE, entrada);

            assertThat(ipf.tipo()).isEqualTo(TipoIpf.NIE);
            assertThat(ipf.valor()).isEqualTo(canonico);
        }

        /** X, Y, Z valen 0, 1, 2 delante de las 7 cifras; el test lo construye como texto. */
        @ParameterizedTest
        @CsvSource({
            "X, 0, 1234567",
            "Y, 1, 1234567",
            "Z, 2, 1234567",
            "X, 0, 0000000",
            "Y, 1, 9999999",
            "Z, 2, 9999999",
            "Y, 1, 0000023",
        })
        void soloLaLetraCorrectaEsAceptada(char inicial, char equivalente, String siete) {
            char esperada = letra("" + equivalente + siete);
            List<Character> aceptadas = new ArrayList<>();
            for (char l = 'A'; l <= 'Z'; l++) {
                try {
                    Ipf.de(TipoIpf.NIE, "" + inicial + siete + l);
                    aceptadas.add(l);
                } catch (ErrorDeNegocio e) {
                    assertThat(e.getMessage()).isEqualTo("La letra del NIE no es correcta.");
                }
            }
            assertThat(aceptadas).containsExactly(esperada);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "X1234567A      | La letra del NIE no es correcta.",
                    "Y1234567L      | La letra del NIE no es correcta.",
                    "0X01234567A    | La letra del NIE no es correcta.",
                    "A1234567L      | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                    "X123456L       | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                    "X11234567L     | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                    "X123456789L    | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                    "X1234567       | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                    "X12345678      | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                    "12345678Z      | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                    "000X1234567L   | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                    "00X01234567L   | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                    "1X1234567L     | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                    "X1234567LL     | El NIE debe tener una letra X, Y o Z, 7 dígitos y una letra.",
                })
        void rechazaConMensajeClaro(String entrada, String mensaje) {
            assertInvalido(() -> Ipf.de(TipoIpf.NIE, entrada), "IPF", mensaje);
        }
    }

    @Nested
    class Pasaporte {

        @ParameterizedTest
        @CsvSource({
            "AB123456,       AB123456",
            "ab123456,       AB123456",
            "PA-123 456,     PA123456",
            "A,              A",
            "1,              1",
            "12345678901234, 12345678901234",
            "ABCDEFGHIJKLMN, ABCDEFGHIJKLMN",
            "X1234567L,      X1234567L",
            "i123,           I123",
        })
        void aceptaAlfanumericoDe1a14(String entrada, String canonico) {
            Ipf ipf = Ipf.de(TipoIpf.PASAPORTE, entrada);

            assertThat(ipf.tipo()).isEqualTo(TipoIpf.PASAPORTE);
            assertThat(ipf.valor()).isEqualTo(canonico);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "123456789012345  | El Pasaporte no puede tener más de 14 caracteres.",
                    "ABCDEFGHIJKLMNO  | El Pasaporte no puede tener más de 14 caracteres.",
                    "AB#123           | El Pasaporte solo puede contener letras y números.",
                    "AB_123           | El Pasaporte solo puede contener letras y números.",
                    "ÑA123            | El Pasaporte solo puede contener letras y números.",
                    "ÉCOLE1           | El Pasaporte solo puede contener letras y números.",
                    "ＡＢ123          | El Pasaporte solo puede contener letras y números.",
                    "AB+123           | El Pasaporte solo puede contener letras y números.",
                })
        void rechazaConMensajeClaro(String entrada, String mensaje) {
            assertInvalido(() -> Ipf.de(TipoIpf.PASAPORTE, entrada), "IPF", mensaje);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1, 12345678Z, DNI, 12345678Z",
        "' 6 ', x1234567l, NIE, X1234567L",
        "2, ab-123, PASAPORTE, AB123",
    })
    void aceptaElTipoComoCodigoDeLaTgss(String codigo, String entrada, TipoIpf tipo, String canonico) {
        Ipf ipf = Ipf.de(codigo, entrada);

        assertThat(ipf.tipo()).isEqualTo(tipo);
        assertThat(ipf.valor()).isEqualTo(canonico);
    }

    @Test
    void elTipoEsObligatorioYDebeExistir() {
        assertInvalido(() -> Ipf.de((TipoIpf) null, "12345678Z"), "Tipo de IPF", "El Tipo de IPF es obligatorio.");
        assertInvalido(() -> Ipf.de((String) null, "12345678Z"), "Tipo de IPF", "El Tipo de IPF es obligatorio.");
        assertInvalido(() -> Ipf.de("3", "12345678Z"), "Tipo de IPF", "El Tipo de IPF no es válido.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", " - . ", "\u00A0"})
    void elIpfEsObligatorioParaCualquierTipo(String entrada) {
        for (TipoIpf tipo : TipoIpf.values()) {
            assertInvalido(() -> Ipf.de(tipo, entrada), "IPF", "El IPF es obligatorio.");
        }
    }

    @Test
    void elMismoDocumentoEscritoDeDistintasFormasEsIgual() {
        Ipf a = Ipf.de(TipoIpf.DNI, "0012345678z");
        Ipf b = Ipf.de(TipoIpf.DNI, "12.345.678-Z");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).isEqualTo("1 12345678Z");
        assertThat(Ipf.de(TipoIpf.PASAPORTE, "12345678Z")).isNotEqualTo(a);
    }

    @Test
    void normalizarQuitaSeparadoresYPasaAMayusculas() {
        assertThat(Ipf.normalizar(" x-1234567.l ")).isEqualTo("X1234567L");
        assertThat(Ipf.normalizar(null)).isEmpty();
    }
}

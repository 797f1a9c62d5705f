package es.tgss.casia.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextosTest {

    private static final Pattern ARGUMENTO = Pattern.compile("\\{(\\d+)(,number)?[,}]");
    /** A string literal shaped like a key of the bundle ("caso.noEncontrado"). */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z_]+)+)\"");
    /** Keys built from {@code MotivoRechazo} and the action or actor rather than written out in the code. */
    private static final String CLAVES_DE_LA_REGLA = "transicion.";

    /** Each file on its own: through ResourceBundle, the English one would also list its Spanish parent's keys. */
    private static final Properties ES = propiedades("errores.properties");

    private static final Properties EN = propiedades("errores_en.properties");

    private static Properties propiedades(String fichero) {
        Properties propiedades = new Properties();
        try (var lector =
                new InputStreamReader(TextosTest.class.getResourceAsStream(fichero), StandardCharsets.UTF_8)) {
            propiedades.load(lector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return propiedades;
    }

    private static Set<String> claves(Properties bundle) {
        return new TreeSet<>(bundle.stringPropertyNames());
    }

    @Test
    void cadaClaveTieneSuTextoEnEspanolYEnInglesConLosMismosArgumentos() {
        assertThat(claves(EN)).isEqualTo(claves(ES));
        for (String clave : claves(ES)) {
            assertThat(argumentos(EN.getProperty(clave))).as(clave).isEqualTo(argumentos(ES.getProperty(clave)));
        }
    }

    @Test
    void ningunTextoEscritoConservaUnArgumentoNiUnApostrofeSuelto() {
        for (String clave : claves(ES)) {
            for (Locale idioma : new Locale[] {Textos.ESPANOL.idioma(), Locale.ENGLISH}) {
                String patron = (idioma == Locale.ENGLISH ? EN : ES).getProperty(clave);
                // MessageFormat takes a single apostrophe as the start of quoted text and drops the rest silently.
                assertThat(patron.replace("''", "")).as(clave).doesNotContain("'");
                Map<Integer, Boolean> argumentos = argumentos(patron);
                Object[] valores = new Object[argumentos.size()];
                argumentos.forEach((i, numero) -> valores[i] = numero ? (Object) 7.5 : "«" + i + "»");
                String texto = Textos.en(idioma).de(Mensaje.de(clave, valores));
                assertThat(texto)
                        .as(clave)
                        .doesNotContain("{")
                        .doesNotContain("}")
                        .isNotBlank();
                argumentos.forEach((i, numero) -> assertThat(texto).as(clave).contains(numero ? "7" : "«" + i + "»"));
            }
        }
    }

    @Test
    void cadaClaveQueUsaElCodigoExisteYNingunTextoSobra() throws IOException {
        Set<String> prefijos =
                claves(ES).stream().map(c -> c.substring(0, c.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> usadas = new TreeSet<>();
        // The services of this module and the batch module's (ProgramacionNocturna), which throws its own errors, and
        // the REST API's own refusals (casia-web, package api: they are problems, written from this bundle).
        try (Stream<Path> fuentes = Stream.of(
                        Path.of("src/main/java"),
                        Path.of("../casia-batch/src/main/java"),
                        Path.of("../casia-web/src/main/java/es/tgss/casia/api"))
                .filter(Files::isDirectory)
                .flatMap(TextosTest::recorrer)) {
            fuentes.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = LITERAL.matcher(leer(f));
                while (m.find()) {
                    if (prefijos.stream().anyMatch(m.group(1)::startsWith)) {
                        usadas.add(m.group(1));
                    }
                }
            });
        }
        assertThat(usadas).hasSizeGreaterThan(50);
        assertThat(claves(ES)).containsAll(usadas);
        assertThat(claves(ES).stream()
                        .filter(c -> !usadas.contains(c)
                                && !c.startsWith(CLAVES_DE_LA_REGLA)
                                // The titles of the API's problems: "problema." + TipoDeProblema's name, one each.
                                && !c.startsWith("problema.")))
                .as("textos que ningún código usa")
                .isEmpty();
    }

    @Test
    void escribeEnElIdiomaPedidoYSinSepararLosMiles() {
        Mensaje mensaje = Mensaje.de("caso.texto.largo", 1000);
        assertThat(Textos.ESPANOL.de(mensaje)).isEqualTo("El texto admite como máximo 1000 caracteres.");
        assertThat(Textos.en(Locale.ENGLISH).de(mensaje)).isEqualTo("The text can have at most 1000 characters.");
        assertThat(Textos.en(Locale.forLanguageTag("es-ES")).de(mensaje)).isEqualTo(Textos.ESPANOL.de(mensaje));
        // A language without its bundle reads Spanish, whatever the server's default locale.
        assertThat(Textos.en(Locale.FRENCH).de(mensaje)).isEqualTo(Textos.ESPANOL.de(mensaje));
        assertThat(Textos.en(Locale.ENGLISH).de(Mensaje.de("documento.total.grande", 3.5, 3.0)))
                .isEqualTo("The documents of the case would take 3.5 MB; the maximum per case is 3 MB.");
    }

    @Test
    void elNombreDeUnCampoDentroDeUnaFraseSeEscribeEnElMismoIdioma() {
        Mensaje mensaje = Mensaje.de("periodo.anio", Mensaje.de("periodo.campo.desde"), 1900, 2999);
        assertThat(Textos.ESPANOL.de(mensaje))
                .isEqualTo("El año del Periodo de Liquidación Desde debe estar entre 1900 y 2999.");
        assertThat(Textos.en(Locale.ENGLISH).de(mensaje))
                .isEqualTo("The year of the Periodo de Liquidación Desde must be between 1900 and 2999.");
    }

    @Test
    void unErrorLlevaSuCodigoYSuTextoEnEspanolEnGetMessage() {
        ErrorDeNegocio noEncontrado =
                new ErrorDeNegocio(CodigoError.CASO_NO_ENCONTRADO, "caso.noEncontrado", "2026/00000001");
        assertThat(noEncontrado.codigo()).isEqualTo(CodigoError.CASO_NO_ENCONTRADO);
        assertThat(noEncontrado.getMessage()).isEqualTo("No se ha encontrado el caso 2026/00000001.");
        assertThat(Textos.en(Locale.ENGLISH).de(noEncontrado)).isEqualTo("Case 2026/00000001 was not found.");
        assertThat(noEncontrado.errores()).isEmpty();

        ErroresDeCampo errores = new ErroresDeCampo();
        errores.anadir("titulo", "nuevoCaso.titulo.obligatorio");
        errores.anadir("titulo", "nuevoCaso.titulo.largo", 50, 51);
        errores.anadir("tipo", "nuevoCaso.tipo.obligatorio");
        ErrorDeNegocio enCampos = catchThrowableOfType(ErrorDeNegocio.class, errores::lanzarSiHay);
        assertThat(enCampos.codigo()).isEqualTo(CodigoError.CAMPO_INVALIDO);
        assertThat(enCampos.mensaje()).isEmpty();
        assertThat(Textos.en(Locale.ENGLISH).deCampos(enCampos))
                .containsExactly(
                        entry("titulo", "The title is required."), entry("tipo", "The case type is required."));
        assertThat(enCampos.getMessage()).isEqualTo("El título es obligatorio. El tipo de caso es obligatorio.");
    }

    /** Argument index → whether it is written as a number. */
    private static Map<Integer, Boolean> argumentos(String patron) {
        Matcher m = ARGUMENTO.matcher(patron);
        Map<Integer, Boolean> argumentos = new TreeMap<>();
        while (m.find()) {
            argumentos.merge(Integer.parseInt(m.group(1)), m.group(2) != null, Boolean::logicalOr);
        }
        assertThat(argumentos.keySet())
                .as("%s: {0}…{n} sin huecos", patron)
                .containsExactlyElementsOf(
                        IntStream.range(0, argumentos.size()).boxed().toList());
        return argumentos;
    }

    private static String leer(Path fichero) {
        try {
            return Files.readString(fichero);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> recorrer(Path carpeta) {
        try {
            return Files.walk(carpeta);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

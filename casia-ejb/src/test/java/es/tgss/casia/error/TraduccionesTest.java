package es.tgss.casia.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service's bundles, file by file: no key written twice (the second silently wins), no empty text, and where an
 * English file exists, the same keys in both languages (a missing English key falls back to Spanish unnoticed).
 */
class TraduccionesTest {

    @ParameterizedTest
    @ValueSource(strings = {"es/tgss/casia/error/errores", "es/tgss/casia/caso/avisos"})
    void cadaTextoUnaVezNoVacioYEnLosDosIdiomas(String bundle) {
        Fichero espanol = Fichero.leer(bundle + ".properties").orElseThrow();
        espanol.comprobar();
        Optional<Fichero> ingles = Fichero.leer(bundle + "_en.properties");
        ingles.ifPresent(en -> {
            en.comprobar();
            assertThat(en.claves()).as(bundle + "_en").isEqualTo(espanol.claves());
        });
    }

    /** One properties file as written, with the keys it writes more than once. */
    private static final class Fichero extends Properties {

        private final String nombre;
        private final List<Object> repetidas = new ArrayList<>();

        private Fichero(String nombre) {
            this.nombre = nombre;
        }

        static Optional<Fichero> leer(String nombre) {
            InputStream flujo = TraduccionesTest.class.getClassLoader().getResourceAsStream(nombre);
            if (flujo == null) {
                return Optional.empty();
            }
            Fichero fichero = new Fichero(nombre);
            try (var lector = new InputStreamReader(flujo, StandardCharsets.UTF_8)) {
                fichero.load(lector);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Optional.of(fichero);
        }

        @Override
        public synchronized Object put(Object clave, Object valor) {
            Object anterior = super.put(clave, valor);
            if (anterior != null) {
                repetidas.add(clave);
            }
            return anterior;
        }

        Set<String> claves() {
            return new TreeSet<>(stringPropertyNames());
        }

        void comprobar() {
            assertThat(repetidas).as(nombre + ": claves repetidas").isEmpty();
            assertThat(claves()).as(nombre).isNotEmpty();
            assertThat(claves().stream().filter(c -> getProperty(c).isBlank()))
                    .as(nombre + ": textos vacíos")
                    .isEmpty();
        }
    }
}

package es.tgss.casia.caso.complementario;

import static es.tgss.casia.caso.complementario.Invalidez.assertInvalido;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TipoIpfTest {

    @ParameterizedTest
    @CsvSource({
        "1, DNI, DNI",
        "2, PASAPORTE, Pasaporte",
        "6, NIE, NIE",
        "' 1 ', DNI, DNI",
    })
    void resuelveLosCodigosDeLaTgss(String codigo, TipoIpf esperado, String descripcion) {
        TipoIpf tipo = TipoIpf.deCodigo(codigo);

        assertThat(tipo).isEqualTo(esperado);
        assertThat(tipo.codigo()).isEqualTo(codigo.strip());
        assertThat(tipo.descripcion()).isEqualTo(descripcion);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "3", "4", "5", "7", "8", "9", "10", "01", "06", "DNI", "nie", "1a", "-1", "１"})
    void rechazaCodigosDesconocidos(String codigo) {
        assertInvalido(() -> TipoIpf.deCodigo(codigo), "Tipo de IPF", "El Tipo de IPF no es válido.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void rechazaVacio(String codigo) {
        assertInvalido(() -> TipoIpf.deCodigo(codigo), "Tipo de IPF", "El Tipo de IPF es obligatorio.");
    }
}

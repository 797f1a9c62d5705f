package es.tgss.casia.caso.complementario;

import static es.tgss.casia.caso.complementario.Invalidez.assertInvalido;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodoLiquidacionTest {

    private static final String CAMPO = "Periodo de Liquidación";

    @ParameterizedTest
    @CsvSource({
        "01/2024, 1, 2024, 01/2024",
        "12/2024, 12, 2024, 12/2024",
        "01/1900, 1, 1900, 01/1900",
        "12/2999, 12, 2999, 12/2999",
        "' 03/2024 ', 3, 2024, 03/2024",
        "03 / 2024, 3, 2024, 03/2024",
        "02/2000, 2, 2000, 02/2000",
    })
    void aceptaMesYAnio(String entrada, int mes, int anio, String texto) {
        PeriodoLiquidacion p = PeriodoLiquidacion.de(entrada);

        assertThat(p.mes()).isEqualTo(mes);
        assertThat(p.anio()).isEqualTo(anio);
        assertThat(p.comoYearMonth()).isEqualTo(YearMonth.of(anio, mes));
        assertThat(p).hasToString(texto);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3/2024", "2024/03", "03-2024", "032024", "03/24", "03/20245", "003/2024", "aa/bbbb",
                "03/2024/1", "03.2024", "０３/２０２４", "٠٣/٢٠٢٤", "03/2O24", "/2024", "03/", "/",
                "2024-03", "+3/2024",
            })
    void rechazaFormatoDistintoDeMMAAAA(String entrada) {
        assertInvalido(
                () -> PeriodoLiquidacion.de(entrada),
                CAMPO,
                "El Periodo de Liquidación debe tener el formato MM/AAAA.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00/2024", "13/2024", "99/2024"})
    void rechazaMesFueraDeRango(String entrada) {
        assertInvalido(
                () -> PeriodoLiquidacion.de(entrada),
                CAMPO,
                "El mes del Periodo de Liquidación debe estar entre 01 y 12.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/1899", "12/1899", "01/3000", "01/0000", "06/9999"})
    void rechazaAnioFueraDeRango(String entrada) {
        assertInvalido(
                () -> PeriodoLiquidacion.de(entrada),
                CAMPO,
                "El año del Periodo de Liquidación debe estar entre 1900 y 2999.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t", "\u00A0"})
    void rechazaVacioCuandoSeValidaSuelto(String entrada) {
        assertInvalido(() -> PeriodoLiquidacion.de(entrada), CAMPO, "El Periodo de Liquidación es obligatorio.");
    }

    @Test
    void ordenaPorAnioAntesQuePorMes() {
        PeriodoLiquidacion diciembre2023 = PeriodoLiquidacion.de("12/2023");
        PeriodoLiquidacion enero2024 = PeriodoLiquidacion.de("01/2024");

        assertThat(diciembre2023).isLessThan(enero2024);
        assertThat(enero2024.esPosteriorA(diciembre2023)).isTrue();
        assertThat(diciembre2023.esPosteriorA(enero2024)).isFalse();
        assertThat(enero2024.esPosteriorA(PeriodoLiquidacion.de("01/2024"))).isFalse();
    }

    @Test
    void comparaPorValor() {
        assertThat(PeriodoLiquidacion.de("03/2024"))
                .isEqualTo(PeriodoLiquidacion.de(" 03/2024"))
                .hasSameHashCodeAs(PeriodoLiquidacion.de("03 /2024"))
                .isNotEqualTo(PeriodoLiquidacion.de("03/2025"));
    }

    @Test
    void normalizarSoloQuitaEspacios() {
        assertThat(PeriodoLiquidacion.normalizar(" 03 / 2024 ")).isEqualTo("03/2024");
        assertThat(PeriodoLiquidacion.normalizar("03-2024")).isEqualTo("03-2024");
        assertThat(PeriodoLiquidacion.normalizar(null)).isEmpty();
    }
}

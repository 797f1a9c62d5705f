package es.tgss.casia.caso.complementario;

import static es.tgss.casia.caso.complementario.Invalidez.assertInvalido;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervaloLiquidacionTest {

    private static final String DESDE = "Periodo de Liquidación Desde";
    private static final String HASTA = "Periodo de Liquidación Hasta";

    /** En @CsvSource una celda sin nada es null y '' es la cadena vacía: se prueban ambas. */
    @ParameterizedTest(name = "desde [{0}] hasta [{1}]")
    @CsvSource({
        "01/2024, 12/2024, 01/2024, 12/2024",
        "05/2024, 05/2024, 05/2024, 05/2024", // mismo mes: un solo periodo
        "12/2023, 01/2024, 12/2023, 01/2024", // mes mayor pero año anterior
        "01/1900, 12/2999, 01/1900, 12/2999",
        "' 03/2024 ', ' 04/2024', 03/2024, 04/2024",
        "03/2024,  ,       03/2024, ", // solo desde (hasta null)
        "03/2024, '',      03/2024, ", // solo desde (hasta vacío)
        "03/2024, '   ',   03/2024, ", // solo desde (hasta en blanco)
        " ,       12/2024, , 12/2024", // solo hasta
        "'',      12/2024, , 12/2024",
    })
    void aceptaCombinacionesValidas(String desde, String hasta, String desdeEsperado, String hastaEsperado) {
        IntervaloLiquidacion i = IntervaloLiquidacion.de(desde, hasta);

        assertThat(i.desde().map(Object::toString).orElse(null)).isEqualTo(desdeEsperado);
        assertThat(i.hasta().map(Object::toString).orElse(null)).isEqualTo(hastaEsperado);
        assertThat(i.estaVacio()).isFalse();
    }

    @ParameterizedTest(name = "desde [{0}] hasta [{1}]")
    @CsvSource({
        " ,     ",
        "'',    ''",
        "'  ',  '\t'",
        " ,     ''",
    })
    void ambosVaciosEsUnIntervaloVacio(String desde, String hasta) {
        IntervaloLiquidacion i = IntervaloLiquidacion.de(desde, hasta);

        assertThat(i.estaVacio()).isTrue();
        assertThat(i.desde()).isEmpty();
        assertThat(i.hasta()).isEmpty();
    }

    @ParameterizedTest(name = "desde [{0}] hasta [{1}]")
    @CsvSource({
        "02/2024, 01/2024",
        "01/2025, 12/2024",
        "12/2024, 11/2024",
        "01/2999, 12/1900",
    })
    void rechazaDesdePosteriorAHasta(String desde, String hasta) {
        assertInvalido(
                () -> IntervaloLiquidacion.de(desde, hasta),
                DESDE,
                "El Periodo de Liquidación Desde no puede ser posterior al Periodo de Liquidación Hasta.");
    }

    @ParameterizedTest(name = "desde [{0}] hasta [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "3/2024   | 12/2024  | Periodo de Liquidación Desde | El Periodo de Liquidación Desde debe tener el formato MM/AAAA.",
                "13/2024  |          | Periodo de Liquidación Desde | El mes del Periodo de Liquidación Desde debe estar entre 01 y 12.",
                "01/1899  | 12/2024  | Periodo de Liquidación Desde | El año del Periodo de Liquidación Desde debe estar entre 1900 y 2999.",
                "01/2024  | 2024/12  | Periodo de Liquidación Hasta | El Periodo de Liquidación Hasta debe tener el formato MM/AAAA.",
                "         | 00/2024  | Periodo de Liquidación Hasta | El mes del Periodo de Liquidación Hasta debe estar entre 01 y 12.",
                "01/2024  | 01/3000  | Periodo de Liquidación Hasta | El año del Periodo de Liquidación Hasta debe estar entre 1900 y 2999.",
                // Con los dos mal se informa primero el desde, que es el primero en pantalla.
                "xx       | yy       | Periodo de Liquidación Desde | El Periodo de Liquidación Desde debe tener el formato MM/AAAA.",
            })
    void nombraElCampoQueFalla(String desde, String hasta, String campo, String mensaje) {
        assertInvalido(() -> IntervaloLiquidacion.de(desde, hasta), campo, mensaje);
    }

    @Test
    void comparaPorValor() {
        IntervaloLiquidacion a = IntervaloLiquidacion.de("01/2024", null);
        IntervaloLiquidacion b = IntervaloLiquidacion.de(" 01/2024 ", "");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(IntervaloLiquidacion.de(null, "01/2024"));
        assertThat(a).hasToString("01/2024 - ");
    }
}

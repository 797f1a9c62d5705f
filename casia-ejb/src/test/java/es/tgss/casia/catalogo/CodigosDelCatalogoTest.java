package es.tgss.casia.catalogo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The códigos made for new entries: V3's shape, within the column, never one already taken. */
class CodigosDelCatalogoTest {

    @Test
    void elNombreSeEscribeEnMayusculasSinAcentosConGuionesBajos() {
        assertThat(CodigosDelCatalogo.palabras("Devolución de cuotas (R.E.T.A.)"))
                .isEqualTo("DEVOLUCION_DE_CUOTAS_R_E_T_A");
        assertThat(CodigosDelCatalogo.palabras("  Año y NIÑO ")).isEqualTo("ANO_Y_NINO");
        assertThat(CodigosDelCatalogo.palabras("¿?")).isEmpty();
    }

    @Test
    void elPrefijoEsElDeLasEntradasDelMismoPadre() {
        assertThat(CodigosDelCatalogo.prefijoDe("CON_REC_DEUDAS")).isEqualTo("CON_REC_");
        assertThat(CodigosDelCatalogo.prefijoDe("TRA_INS_MODIFICACION_DATOS")).isEqualTo("TRA_INS_");
        assertThat(CodigosDelCatalogo.prefijoDe("DNI_NIE")).isEmpty();
    }

    @Test
    void seRecortaAlLargoDeLaColumnaYSeNumeraSiEstaCogido() {
        assertThat(CodigosDelCatalogo.generar("CON_REC_", "Embargos", 60, c -> true))
                .isEqualTo("CON_REC_EMBARGOS");
        String largo =
                CodigosDelCatalogo.generar("", "Una descripción muy larga de más de cuarenta letras", 40, c -> true);
        assertThat(largo).hasSizeLessThanOrEqualTo(40).doesNotEndWith("_").startsWith("UNA_DESCRIPCION_MUY_LARGA");
        Set<String> cogidos = Set.of("OTROS", "OTROS_2");
        assertThat(CodigosDelCatalogo.generar("", "Otros", 40, c -> !cogidos.contains(c)))
                .isEqualTo("OTROS_3");
        assertThat(CodigosDelCatalogo.generar("", "¿?", 40, c -> true)).isEqualTo("ENTRADA");
        assertThat(CodigosDelCatalogo.FORMA.matcher(largo).matches()).isTrue();
    }
}

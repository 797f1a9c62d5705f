package es.tgss.casia.lote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CasosVencidosTest {

    private static long enLaPrimera(LongStream ids) {
        return ids.filter(id -> CasosVencidos.particionDe(id, 2) == 0).count();
    }

    @Test
    void lasDosParticionesSeRepartenLosCasosSeaCualSeaElPasoDeSusIds() {
        // Ids the JPA sequence hands out one after another, and ids a script took with nextval (50 by 50).
        assertThat(enLaPrimera(LongStream.range(1_000, 11_000))).isBetween(4_800L, 5_200L);
        assertThat(enLaPrimera(LongStream.range(0, 10_000).map(i -> 50 + 50 * i)))
                .isBetween(4_800L, 5_200L);
        assertThat(enLaPrimera(LongStream.range(0, 10_000).map(i -> 500_000_020 + 20 * i)))
                .isBetween(4_800L, 5_200L);
    }

    @Test
    void cadaCasoEsDeUnaSolaParticionSiempreLaMisma() {
        for (long id = 0; id < 1_000; id++) {
            int particion = CasosVencidos.particionDe(id, 2);
            assertThat(particion).isBetween(0, 1).isEqualTo(CasosVencidos.particionDe(id, 2));
        }
    }
}

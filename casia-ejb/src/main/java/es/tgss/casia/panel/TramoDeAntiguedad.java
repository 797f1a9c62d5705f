package es.tgss.casia.panel;

import java.time.LocalDate;

/**
 * How old an open case is: natural days on the Madrid calendar from its fecha de alta to today (an alta of today is
 * 0 days old). The limits follow the case's clock: the first days, the first week, the second, the 20-day deadline
 * of a request and the month, then the cases that have waited longer than any deadline.
 */
public enum TramoDeAntiguedad {
    HASTA_2_DIAS(2),
    DE_3_A_7_DIAS(7),
    DE_8_A_14_DIAS(14),
    DE_15_A_30_DIAS(30),
    MAS_DE_30_DIAS(Integer.MAX_VALUE);

    private final int hastaDias;

    TramoDeAntiguedad(int hastaDias) {
        this.hastaDias = hastaDias;
    }

    /** The oldest day of alta in this tramo, seen from {@code hoy}; null for the last one, which has no limit. */
    LocalDate primerDiaDeAlta(LocalDate hoy) {
        return hastaDias == Integer.MAX_VALUE ? null : hoy.minusDays(hastaDias);
    }
}

package es.tgss.casia.calendario;

/** Whose holiday a día inhábil is: the manual's deadlines run on the national calendar plus the TGSS's additions. */
public enum Ambito {
    NACIONAL,
    AUTONOMICO,
    LOCAL,
    /** Declared for a particular reason (an outage of the Sede, art. 32.4 Ley 39/2015). */
    EXTRAORDINARIO
}

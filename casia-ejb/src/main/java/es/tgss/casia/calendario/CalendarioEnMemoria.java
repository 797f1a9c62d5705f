package es.tgss.casia.calendario;

import es.tgss.casia.comun.EnMemoria;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The calendar of días inhábiles every deadline is computed with, kept in memory: a supervisor changes it a few times
 * a year, and every action that starts or moves a deadline reads it. {@link DiasInhabiles} forgets it with each change;
 * another instance sees the change within {@link #VIDA}.
 */
@ApplicationScoped
public class CalendarioEnMemoria {

    static final Duration VIDA = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transacciones;

    private EnMemoria<Calendario> calendario;

    @PostConstruct
    void iniciar() {
        calendario = new EnMemoria<>(VIDA, this::leer);
    }

    Calendario calendario() {
        return calendario.valor();
    }

    /** Called inside the transaction that changes the calendar. */
    void olvidar() {
        calendario.olvidar(transacciones);
    }

    private Calendario leer() {
        List<?> fechas = em.createNativeQuery("select fecha from dia_inhabil").getResultList();
        Set<LocalDate> festivos = new HashSet<>();
        for (Object f : fechas) {
            festivos.add(((Date) f).toLocalDate());
        }
        return new Calendario(festivos);
    }
}

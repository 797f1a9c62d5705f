package es.tgss.casia.prueba;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.logging.DefaultSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements EclipseLink sends while it is open (in the server: in-container tests only). It takes
 * the place of the persistence unit's session log, which EclipseLink asks before writing each statement to its
 * "sql" category, and puts the original back on close. Only the statements of the thread that opened it count: a
 * local EJB call runs on the caller's thread, and the server's timers (the outbox) run on others.
 */
public final class ContadorDeSentencias implements AutoCloseable {

    private final Server servidor;
    private final SessionLog original;
    private final List<String> sentencias = Collections.synchronizedList(new ArrayList<>());

    private ContadorDeSentencias(Server servidor) {
        Thread hilo = Thread.currentThread();
        this.servidor = servidor;
        this.original = servidor.getSessionLog();
        servidor.setSessionLog(new DefaultSessionLog() {
            @Override
            public boolean shouldLog(int nivel, String categoria) {
                return SessionLog.SQL.equals(categoria) || original.shouldLog(nivel, categoria);
            }

            @Override
            public void log(SessionLogEntry entrada) {
                if (SessionLog.SQL.equals(entrada.getNameSpace())) {
                    if (entrada.getThread() == hilo) {
                        sentencias.add(entrada.getMessage());
                    }
                } else {
                    original.log(entrada);
                }
            }
        });
    }

    public static ContadorDeSentencias empezar(EntityManager em) {
        return new ContadorDeSentencias(em.unwrap(JpaEntityManager.class).getServerSession());
    }

    /** The statements sent so far (their SQL, for the message of a failing assertion). */
    public List<String> sentencias() {
        synchronized (sentencias) {
            return List.copyOf(sentencias);
        }
    }

    @Override
    public void close() {
        servidor.setSessionLog(original);
    }
}

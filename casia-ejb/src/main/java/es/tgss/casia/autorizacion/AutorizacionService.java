package es.tgss.casia.autorizacion;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The autorizaciones RED a user may act for. Every choice of autorización goes through {@link #elegir}, so a user
 * can never act for an autorización they do not belong to.
 */
@Stateless
public class AutorizacionService {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    /** One page of the user's autorizaciones, ordered by número; paged in the database. */
    public List<MiembroAutorizacion> autorizacionesDe(String login, int primera, int tamano) {
        return em.createNamedQuery(MiembroAutorizacion.DE_USUARIO, MiembroAutorizacion.class)
                .setParameter("login", login)
                .setFirstResult(primera)
                .setMaxResults(tamano)
                .getResultList();
    }

    public long contarAutorizacionesDe(String login) {
        return em.createNamedQuery(MiembroAutorizacion.CONTAR_DE_USUARIO, Long.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    public Optional<Autorizacion> buscarPorNumero(String numero) {
        return em.createNamedQuery(Autorizacion.POR_NUMERO, Autorizacion.class)
                .setParameter("numero", numero)
                .getResultStream()
                .findFirst();
    }

    /** The membership of the user in the autorización with that número; empty if they do not belong to it. */
    public Optional<MiembroAutorizacion> elegir(String login, String numero) {
        return em.createNamedQuery(MiembroAutorizacion.DE_USUARIO_Y_NUMERO, MiembroAutorizacion.class)
                .setParameter("login", login)
                .setParameter("numero", numero)
                .getResultStream()
                .findFirst();
    }
}

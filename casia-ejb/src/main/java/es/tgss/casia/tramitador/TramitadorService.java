package es.tgss.casia.tramitador;

import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The tramitadores and supervisors of the TGSS and their unidades. */
@Stateless
public class TramitadorService {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    /** A tramitador by login: oneself (the back-office header) or a colleague a case is assigned to. */
    @RolesAllowed({Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR})
    public Optional<Tramitador> buscarPorLogin(String login) {
        return em.createNamedQuery(Tramitador.POR_LOGIN, Tramitador.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }
}

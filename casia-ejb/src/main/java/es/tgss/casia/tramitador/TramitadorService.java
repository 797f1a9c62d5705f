package es.tgss.casia.tramitador;

import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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

    /** The active tramitadores (and supervisors), by unidad and name: whom a supervisor may assign a case to. */
    @RolesAllowed({Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR})
    public List<Companero> companeros() {
        return em.createQuery("""
                        select new es.tgss.casia.tramitador.Companero(u.login, concat(u.nombre, ' ', u.apellidos),
                               un.codigo)
                        from Tramitador t join t.usuario u join t.unidad un where u.activo = true
                        order by un.codigo, u.nombre, u.apellidos""", Companero.class).getResultList();
    }

    /** Every unidad, by código. */
    @RolesAllowed({Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR})
    public List<UnidadVisible> unidades() {
        return em.createQuery(
                        "select new es.tgss.casia.tramitador.UnidadVisible(u.codigo, u.nombre) from Unidad u order by u.codigo",
                        UnidadVisible.class)
                .getResultList();
    }
}

package es.tgss.casia.seguridad;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The person behind the caller's login. */
@Stateless
public class UsuarioService {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource
    private SessionContext contexto;

    /** The logged-in caller (every person who can log in has a row: the identity store reads the same table). */
    @RolesAllowed({Rol.Nombre.AUTORIZADO, Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR, Rol.Nombre.OPS})
    public Usuario actual() {
        return em.createNamedQuery(Usuario.POR_LOGIN, Usuario.class)
                .setParameter("login", contexto.getCallerPrincipal().getName())
                .getSingleResult();
    }
}

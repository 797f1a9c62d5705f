package es.tgss.casia.seguridad;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Looks up the person behind a login. */
@Stateless
public class UsuarioService {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    public Optional<Usuario> buscarPorLogin(String login) {
        return em.createNamedQuery(Usuario.POR_LOGIN, Usuario.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst();
    }
}

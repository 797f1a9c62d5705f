package es.tgss.casia.web.sesion;

import es.tgss.casia.seguridad.Usuario;
import es.tgss.casia.seguridad.UsuarioService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The logged-in person, read once per request for the header (NIF, nombre y apellidos). */
@Named
@RequestScoped
public class UsuarioActual {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UsuarioService usuarioService;

    private Usuario usuario;

    public String getLogin() {
        return securityContext.getCallerPrincipal().getName();
    }

    public Usuario getUsuario() {
        if (usuario == null) {
            usuario = usuarioService.actual();
        }
        return usuario;
    }
}

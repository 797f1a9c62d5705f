package es.tgss.casia.seguridad;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * For the tests only (deployed with the test classes, behind the login of web.xml like every page): who this request
 * is, as the web layer sees it (remote user and roles) and as the EJB container sees it ({@link UsuarioService} is
 * {@code @RolesAllowed} and reads the caller's own row, as the header of every page does). One line:
 * {@code web=<remote user> roles=<roles> ejb=<login of the row>}, with {@code ejb=RECHAZADO} when the container
 * refused the call.
 */
@WebServlet("/prueba/quien-llama")
public class QuienLlamaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private UsuarioService usuarios;

    @Inject
    private SecurityContext seguridad;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        String roles = Stream.of(Rol.Nombre.AUTORIZADO, Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR, Rol.Nombre.OPS)
                .filter(peticion::isUserInRole)
                .collect(Collectors.joining(","));
        String ejb;
        try {
            ejb = usuarios.actual().getLogin();
        } catch (EJBAccessException e) {
            ejb = "RECHAZADO";
        }
        String web = peticion.getRemoteUser();
        String jakarta = Optional.ofNullable(seguridad.getCallerPrincipal())
                .map(Principal::getName)
                .orElse(null);
        respuesta.setContentType("text/plain");
        respuesta.getWriter().print("web=" + web + " jakarta=" + jakarta + " roles=" + roles + " ejb=" + ejb);
    }
}

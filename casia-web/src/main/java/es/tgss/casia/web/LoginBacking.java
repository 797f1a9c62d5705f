package es.tgss.casia.web;

import es.tgss.casia.web.acceso.LimiteDeAccesos;
import es.tgss.casia.web.sesion.Acceso;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** login.xhtml: checks the user and password and continues to the page that was asked for. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private ValidacionDelAcceso validacion;

    @Inject
    private Acceso acceso;

    @Inject
    private MetricRegistry metricas;

    @Inject
    private LimiteDeAccesos limite;

    private String usuario;
    private String contrasena;

    public void acceder() throws IOException {
        if (usuario == null || usuario.isBlank() || contrasena == null || contrasena.isEmpty()) {
            Mensajes.error("acceso.obligatorio");
            return;
        }
        String login = usuario.trim();
        ExternalContext externo = facesContext.getExternalContext();
        String direccion = ((HttpServletRequest) externo.getRequest()).getRemoteAddr();
        if (login.codePointCount(0, login.length()) > LimiteDeAccesos.LONGITUD_MAXIMA_DEL_USUARIO) {
            // No account has such a name: answered as a wrong login without hashing the password, and without
            // making the name a key of the limiter (the form's maxlength binds only a browser).
            contar("fallido");
            limite.usuarioDemasiadoLargo(login, direccion)
                    .ifPresentOrElse(this::bloqueado, () -> Mensajes.error("acceso.error"));
            return;
        }
        // Reserved before the password is checked, in one step with the check: parallel tries cannot all pass it.
        Optional<Duration> espera = limite.intentar(login, direccion);
        if (espera.isPresent()) {
            // Refused without looking at the password: the right one must not get in during the lock either.
            contar("bloqueado");
            bloqueado(espera.get());
            return;
        }
        var credencial = new UsernamePasswordCredential(login, contrasena);
        // Checked here first: a failed authenticate() answers 401 through the container's error page, which
        // would lose the form and the message. The mechanism validates again when it logs in; that second
        // validation is answered from ValidacionDelAcceso, without hashing the password twice.
        CredentialValidationResult resultado;
        try {
            resultado = identityStoreHandler.validate(credencial);
        } catch (RuntimeException e) {
            // Not a wrong password (the database failed, say): counted, a few such errors would lock the account.
            limite.devolver(login, direccion);
            throw e;
        }
        if (resultado.getStatus() != CredentialValidationResult.Status.VALID) {
            contar("fallido");
            limite.fallo(login, direccion).ifPresentOrElse(this::bloqueado, () -> Mensajes.error("acceso.error"));
            return;
        }
        limite.exito(login, direccion);
        validacion.recordar(credencial, resultado);
        AuthenticationStatus estado = securityContext.authenticate(
                (HttpServletRequest) externo.getRequest(),
                (HttpServletResponse) externo.getResponse(),
                AuthenticationParameters.withParams().credential(credencial).newAuthentication(true));
        switch (estado) {
            case SEND_CONTINUE -> {
                // The mechanism already redirects to the page that was asked for before the login.
                acceso.registrar();
                contar("correcto");
                facesContext.responseComplete();
            }
            case SUCCESS -> {
                acceso.registrar();
                contar("correcto");
                externo.redirect(externo.getRequestContextPath() + "/index.xhtml");
            }
            default -> {
                contar("fallido");
                Mensajes.error("acceso.error");
            }
        }
    }

    /** The same words whether the user exists or not; the wait in whole minutes, rounded up. */
    private void bloqueado(Duration espera) {
        Mensajes.error("acceso.bloqueado", (espera.toSeconds() + 59) / 60);
    }

    private void contar(String resultado) {
        metricas.counter("casia_accesos", new Tag("resultado", resultado)).inc();
    }

    public String getUsuario() {
        return usuario;
    }

    public void setUsuario(String usuario) {
        this.usuario = usuario;
    }

    public String getContrasena() {
        return contrasena;
    }

    public void setContrasena(String contrasena) {
        this.contrasena = contrasena;
    }
}

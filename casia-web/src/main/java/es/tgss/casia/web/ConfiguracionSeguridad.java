package es.tgss.casia.web;

import es.tgss.casia.api.AutenticacionDeLaApi;
import es.tgss.casia.web.acceso.UsuariosDeLaBaseDeDatos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How people log in: a form (login.xhtml, {@link LoginBacking}) checked against the users in the database
 * ({@link UsuariosDeLaBaseDeDatos}), the login kept in the session. The groups of a user are their roles. The system
 * identity's principal is never a login: glassfish-web.xml gives that principal the role SISTEMA.
 *
 * <p>It is the container's custom form mechanism ({@code @CustomFormAuthenticationMechanismDefinition}) but for one
 * thing: it tells the container the caller by name, not by the identity store's {@code CallerPrincipal}. Payara 6
 * wraps a principal of the application's in its session principal and gives the application's back from
 * {@code getUserPrincipal()}; on each later request {@code @AutoApplySession} hands that one back, and Payara finds its
 * session principal again through a field it sets, for the duration of the check, on the thread's security context.
 * On a thread whose last request was anonymous that context is one static default shared by all such threads, and
 * every anonymous request (the login page, a login) clears the field: a logged-in request then went on with its name
 * and no roles, so a page open to every user let it in and the EJB container refused its calls ("Client not
 * authorized for this invocation"). Known as payara/Payara#6145 and fixed only in Payara 7 (FISH-7515,
 * payara/Payara#7928). Told a name, Payara makes its session principal the caller itself, {@code @AutoApplySession}
 * hands that back and Payara copies the session's roles from it: nothing shared is read. AccesoConcurrenteIT shows
 * the refusals with the container's mechanism and none with this one.
 *
 * <p>The REST API ({@link AutenticacionDeLaApi}) goes through here too, with a credential in every request and no
 * session: {@link SesionDeLasPaginas} does what {@code @AutoApplySession} did, for the pages only.
 */
@SesionDeLasPaginas
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "")
@ApplicationScoped
public class ConfiguracionSeguridad implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identidades;

    @Inject
    private AutenticacionDeLaApi api;

    /**
     * Only a login asks anything (the form's {@code SecurityContext.authenticate} with the credential); every other
     * request of a logged-in session is answered by {@link SesionDeLasPaginas}, every anonymous one goes on as
     * anonymous, and {@code @LoginToContinue} sends it to the form when the page needs a login.
     */
    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest peticion, HttpServletResponse respuesta, HttpMessageContext contexto) {
        if (AutenticacionDeLaApi.esDeLaApi(peticion)) {
            return api.validar(peticion, respuesta, contexto);
        }
        Credential credencial = contexto.getAuthParameters().getCredential();
        if (credencial == null) {
            return contexto.doNothing();
        }
        CredentialValidationResult resultado = identidades.validate(credencial);
        if (resultado.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return contexto.notifyContainerAboutLogin(
                resultado.getCallerPrincipal().getName(), resultado.getCallerGroups());
    }
}

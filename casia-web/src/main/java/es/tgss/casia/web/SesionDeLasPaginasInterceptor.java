package es.tgss.casia.web;

import es.tgss.casia.api.AutenticacionDeLaApi;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import javax.security.auth.callback.Callback;

/**
 * What Soteria's {@code @AutoApplySession} does, except for the REST API. A request of a logged-in session goes on as
 * the session's caller, without asking the mechanism (nor {@code @LoginToContinue}, which would send a protected page
 * to the form); a successful login asks the container to register the session. An API request carries its token each
 * time: registering a session for it would leave one session in memory per request, and a cookie nobody sends back.
 *
 * <p>Its priority is the built-in interceptor's, below {@code @LoginToContinue}'s: it runs outside it, as the built-in
 * one does.
 */
@Interceptor
@SesionDeLasPaginas
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class SesionDeLasPaginasInterceptor {

    /** The key the Jakarta Authentication runtime reads (Servlet profile) to keep the login in the session. */
    private static final String REGISTRAR_SESION = "jakarta.servlet.http.registerSession";

    @AroundInvoke
    public Object validar(InvocationContext invocacion) throws Exception {
        if (!"validateRequest".equals(invocacion.getMethod().getName())) {
            return invocacion.proceed();
        }
        HttpMessageContext contexto = (HttpMessageContext) invocacion.getParameters()[2];
        HttpServletRequest peticion = contexto.getRequest();
        if (AutenticacionDeLaApi.esDeLaApi(peticion)) {
            return invocacion.proceed();
        }
        Principal deLaSesion = peticion.getUserPrincipal();
        if (deLaSesion != null) {
            contexto.getHandler()
                    .handle(new Callback[] {new CallerPrincipalCallback(contexto.getClientSubject(), deLaSesion)});
            return AuthenticationStatus.SUCCESS;
        }
        Object resultado = invocacion.proceed();
        if (AuthenticationStatus.SUCCESS.equals(resultado)) {
            contexto.getMessageInfo().getMap().put(REGISTRAR_SESION, Boolean.TRUE.toString());
        }
        return resultado;
    }
}

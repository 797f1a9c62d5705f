package es.tgss.casia.api;

import es.tgss.casia.error.Mensaje;
import es.tgss.casia.error.Textos;
import es.tgss.casia.seguridad.token.AccesoPorToken;
import es.tgss.casia.seguridad.token.TokensDeApi;
import es.tgss.casia.web.acceso.LimiteDeAccesos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Who calls the API. Every request carries its credential and no session is kept: {@code Authorization: Bearer
 * <token>} with a personal token (one index lookup, {@link TokensDeApi#validar}); HTTP Basic with the password only to
 * make a token ({@code POST /api/v1/tokens}), so that a password hash (~185 ms of CPU) is paid once, not per request,
 * and with the login form's limit on failed attempts. A request without a credential goes on as anonymous, and the
 * resource refuses it with 401 unless it is public; a wrong credential is refused here, as a problem.
 */
@ApplicationScoped
public class AutenticacionDeLaApi {

    /** Everything under it is the API: no login page, no session. */
    public static final String RAIZ = "/api/";

    static final String RUTA_DE_TOKENS = "/api/v1/tokens";

    @Inject
    private TokensDeApi tokens;

    @Inject
    private IdentityStoreHandler identidades;

    @Inject
    private LimiteDeAccesos limite;

    public static boolean esDeLaApi(HttpServletRequest peticion) {
        return ruta(peticion).startsWith(RAIZ);
    }

    public AuthenticationStatus validar(
            HttpServletRequest peticion, HttpServletResponse respuesta, HttpMessageContext contexto) {
        String autorizacion = peticion.getHeader("Authorization");
        if (autorizacion == null || autorizacion.isBlank()) {
            return contexto.doNothing();
        }
        if (autorizacion.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<AccesoPorToken> acceso =
                    tokens.validar(autorizacion.substring(7).strip());
            if (acceso.isEmpty()) {
                return rechazar(peticion, respuesta, Mensaje.de("api.tokenNoValido"), Optional.empty());
            }
            return contexto.notifyContainerAboutLogin(
                    acceso.get().login(), acceso.get().roles());
        }
        if (autorizacion.regionMatches(true, 0, "Basic ", 0, 6)
                && "POST".equals(peticion.getMethod())
                && RUTA_DE_TOKENS.equals(ruta(peticion))) {
            return conContrasena(autorizacion.substring(6).strip(), peticion, respuesta, contexto);
        }
        return rechazar(peticion, respuesta, Mensaje.de("api.noAutenticado"), Optional.empty());
    }

    private AuthenticationStatus conContrasena(
            String basic, HttpServletRequest peticion, HttpServletResponse respuesta, HttpMessageContext contexto) {
        String decodificado;
        try {
            decodificado = new String(Base64.getDecoder().decode(basic), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malFormado) {
            return rechazar(peticion, respuesta, Mensaje.de("api.noAutenticado"), Optional.empty());
        }
        int dosPuntos = decodificado.indexOf(':');
        if (dosPuntos <= 0) {
            return rechazar(peticion, respuesta, Mensaje.de("api.noAutenticado"), Optional.empty());
        }
        String login = decodificado.substring(0, dosPuntos);
        String contrasena = decodificado.substring(dosPuntos + 1);
        String direccion = peticion.getRemoteAddr();
        if (login.codePointCount(0, login.length()) > LimiteDeAccesos.LONGITUD_MAXIMA_DEL_USUARIO) {
            Optional<Duration> espera = limite.usuarioDemasiadoLargo(login, direccion);
            return rechazar(peticion, respuesta, Mensaje.de("api.credenciales"), espera);
        }
        Optional<Duration> espera = limite.intentar(login, direccion);
        if (espera.isPresent()) {
            return rechazar(peticion, respuesta, Mensaje.de("api.credenciales"), espera);
        }
        CredentialValidationResult resultado;
        try {
            resultado = identidades.validate(new UsernamePasswordCredential(login, contrasena));
        } catch (RuntimeException e) {
            limite.devolver(login, direccion);
            throw e;
        }
        if (resultado.getStatus() != CredentialValidationResult.Status.VALID) {
            return rechazar(peticion, respuesta, Mensaje.de("api.credenciales"), limite.fallo(login, direccion));
        }
        limite.exito(login, direccion);
        return contexto.notifyContainerAboutLogin(
                resultado.getCallerPrincipal().getName(), resultado.getCallerGroups());
    }

    /** 401 with its problem, or 429 with Retry-After once the failed attempts must wait. */
    private AuthenticationStatus rechazar(
            HttpServletRequest peticion, HttpServletResponse respuesta, Mensaje mensaje, Optional<Duration> espera) {
        Textos textos = IdiomaDeLaApi.de(peticion.getHeader("Accept-Language"));
        try {
            if (espera.isPresent()) {
                long segundos = Math.max(1, espera.get().toSeconds());
                respuesta.setHeader("Retry-After", Long.toString(segundos));
                Problema.escribir(
                        respuesta,
                        Problema.de(
                                TipoDeProblema.DEMASIADOS_INTENTOS,
                                textos,
                                textos.de(Mensaje.de("api.limite", segundos))));
            } else {
                respuesta.setHeader("WWW-Authenticate", "Bearer realm=\"casia\"");
                Problema.escribir(respuesta, Problema.de(TipoDeProblema.NO_AUTENTICADO, textos, textos.de(mensaje)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String ruta(HttpServletRequest peticion) {
        return peticion.getRequestURI().substring(peticion.getContextPath().length());
    }
}

package es.tgss.casia.prueba;

import es.tgss.casia.autorizacion.AutorizacionEnCurso;
import es.tgss.casia.demo.DatosDemo;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.concurrent.Callable;

/**
 * The demo users the in-container tests act as, and how they act: each logs in for real, with their password,
 * through CASIA's own authentication mechanism and identity store, in the request that runs the test. So the
 * container, not the test, decides who is calling and in which roles; the test only names the autorización the
 * request acts on, as the portal does, and the services check it.
 */
@Dependent
public class Actores {

    /** A demo user; for an autorizado, the autorización the requests act on (null for the TGSS). */
    public record Actor(String login, String autorizacion) {}

    /** Usuario principal of 1000001 (with contact e-mail) and 1000002. */
    public static final Actor LUCIA_1 = new Actor("12345678Z", "1000001");

    public static final Actor LUCIA_2 = new Actor("12345678Z", "1000002");
    /** Secundario of 1000001 only. */
    public static final Actor JAVIER_1 = new Actor("87654321X", "1000001");
    /** Secundario of 1000002, naming 1000001, which is not his. */
    public static final Actor PEDRO_EN_1 = new Actor("22222222J", "1000001");
    /** Principal of 1000003, which has no contact e-mail. */
    public static final Actor ANA_3 = new Actor("11111111H", "1000003");
    /** Lucía before choosing an autorización. */
    public static final Actor LUCIA_SIN_ELEGIR = new Actor("12345678Z", null);
    /** Tramitador of DP-28. */
    public static final Actor TRAMITADOR = new Actor("tram.madrid1", null);
    /** Tramitadora of UC-COT. */
    public static final Actor TRAMITADORA_CENTRAL = new Actor("tram.central1", null);
    /** Supervisora (and tramitadora) of DP-28. */
    public static final Actor SUPERVISORA = new Actor("sup.madrid", null);

    public static final Actor OPS = new Actor("ops1", null);

    /**
     * The form mechanism answers a programmatic login without writing to the response (the test's response belongs
     * to Arquillian): should it ever try, this fails loudly instead of corrupting the test's answer.
     */
    private static final HttpServletResponse SIN_RESPUESTA = (HttpServletResponse) Proxy.newProxyInstance(
            Actores.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, metodo, args) -> {
                throw new UnsupportedOperationException("El acceso de prueba no escribe la respuesta: " + metodo);
            });

    @Inject
    private SecurityContext seguridad;

    @Inject
    private HttpServletRequest peticion;

    @Inject
    private AutorizacionEnCurso autorizacionEnCurso;

    @Inject
    private Instance<RequestContextController> contextosDePeticion;

    @Inject
    private ComoSistema sistema;

    /**
     * From now on in this request, the calls are the actor's. A new user logs in (PBKDF2: about 0.2 s), the same user
     * keeps their login and only changes autorización.
     */
    public void entrar(Actor actor) {
        Principal actual = seguridad.getCallerPrincipal();
        if (actual == null || !actual.getName().equals(actor.login())) {
            if (actual != null) {
                cerrarSesionSinTocarLasTareas();
            }
            AuthenticationStatus estado = seguridad.authenticate(
                    peticion,
                    SIN_RESPUESTA,
                    AuthenticationParameters.withParams()
                            .credential(new UsernamePasswordCredential(actor.login(), DatosDemo.CONTRASENA))
                            .newAuthentication(true));
            if (estado != AuthenticationStatus.SUCCESS) {
                throw new IllegalStateException(actor + " no ha podido entrar: " + estado);
            }
        }
        autorizacionEnCurso.actuarEn(actor.autorizacion());
    }

    /** Back to an anonymous caller. */
    public void salir() {
        cerrarSesion();
        autorizacionEnCurso.actuarEn(null);
    }

    /**
     * A new login needs the previous one closed (Payara keeps the first login of a request otherwise). But Payara's
     * logout empties the principals of the Subject it finds on the thread, and a task submitted to a managed executor
     * under the previous login shares that very Subject: it would lose its user halfway through a race test. Closed
     * inside a call of the {@code @RunAs} bean, the Subject emptied is the run-as one; on return the container puts
     * the previous identity back on the thread, untouched, and the login that follows replaces it.
     */
    private void cerrarSesionSinTocarLasTareas() {
        try {
            sistema.ejecutar(() -> {
                cerrarSesion();
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void cerrarSesion() {
        try {
            peticion.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The task, to be submitted to a managed executor while the actor is logged in: the executor carries the login
     * to the task's thread, this carries the autorización en curso (a request-scoped bean stays with its request).
     */
    public <T> Callable<T> enTarea(Callable<T> tarea) {
        String autorizacion = autorizacionEnCurso.numero().orElse(null);
        return () -> {
            RequestContextController contexto = contextosDePeticion.get();
            boolean activado = contexto.activate();
            try {
                autorizacionEnCurso.actuarEn(autorizacion);
                return tarea.call();
            } finally {
                if (activado) {
                    contexto.deactivate();
                }
            }
        };
    }

    /** Runs the action as the system identity, as the nightly jobs run (see {@link ComoSistema}). */
    public <T> T comoSistema(Callable<T> accion) throws Exception {
        return sistema.ejecutar(accion);
    }
}

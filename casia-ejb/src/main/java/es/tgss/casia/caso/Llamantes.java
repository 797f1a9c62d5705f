package es.tgss.casia.caso;

import es.tgss.casia.autorizacion.AutorizacionEnCurso;
import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.seguridad.Rol;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Builds the {@link Llamante} of a call from the container: principal and roles from the called bean's EJB context
 * (the container has already checked {@code @RolesAllowed}), and for an autorizado the autorización the request
 * names ({@link AutorizacionEnCurso}), which is a claim to check against membership.
 */
@Dependent
public class Llamantes {

    @Inject
    private AutorizacionEnCurso autorizacionEnCurso;

    @Inject
    private AutorizacionService autorizaciones;

    /**
     * The caller of a command: an autorizado's autorización is checked against membership before anything else.
     *
     * @throws AccesoNoPermitidoException an autorizado with no autorización en curso, or one they do not belong to
     */
    public Llamante actual(EJBContext contexto) {
        Llamante llamante = actualSinComprobarPertenencia(contexto);
        if (llamante.tipo() == TipoActor.AUTORIZADO && autorizaciones.elegir(llamante.autorizacion()).isEmpty()) {
            throw new AccesoNoPermitidoException("No está de alta en la autorización " + llamante.autorizacion()
                    + ".");
        }
        return llamante;
    }

    /**
     * The caller of a query that checks membership in its own WHERE, so that a page still costs two statements: to
     * an autorizado outside the autorización it names, the query answers "not found" or an empty page.
     *
     * @throws AccesoNoPermitidoException an autorizado with no autorización en curso
     */
    public Llamante actualSinComprobarPertenencia(EJBContext contexto) {
        String login = contexto.getCallerPrincipal().getName();
        if (contexto.isCallerInRole(Rol.Nombre.SISTEMA)) {
            return new Llamante(login, TipoActor.SISTEMA, null);
        }
        if (contexto.isCallerInRole(Rol.Nombre.TRAMITADOR) || contexto.isCallerInRole(Rol.Nombre.SUPERVISOR)) {
            return new Llamante(login, TipoActor.TRAMITADOR, null);
        }
        if (!contexto.isCallerInRole(Rol.Nombre.AUTORIZADO)) {
            throw new AccesoNoPermitidoException("Esta acción no está disponible para su perfil.");
        }
        String numero = autorizacionEnCurso.numero().orElseThrow(() -> new AccesoNoPermitidoException(
                "Elija antes la autorización desde la que actúa."));
        return new Llamante(login, TipoActor.AUTORIZADO, numero);
    }
}

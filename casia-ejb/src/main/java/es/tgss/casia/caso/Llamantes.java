package es.tgss.casia.caso;

import es.tgss.casia.autorizacion.AutorizacionEnCurso;
import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.seguridad.Rol;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Builds the {@link Llamante} of a call from the container: principal and roles from the calling bean's EJB
 * context (the container has already checked {@code @RolesAllowed}), and for an autorizado the autorización the
 * request names, accepted only while the caller belongs to it.
 */
@Dependent
class Llamantes {

    @Inject
    private AutorizacionEnCurso autorizacionEnCurso;

    @Inject
    private AutorizacionService autorizaciones;

    /**
     * @throws AccesoNoPermitidoException an autorizado with no autorización en curso, or one they do not belong to
     */
    Llamante actual(EJBContext contexto) {
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
        if (autorizaciones.elegir(numero).isEmpty()) {
            throw new AccesoNoPermitidoException("No está de alta en la autorización " + numero + ".");
        }
        return new Llamante(login, TipoActor.AUTORIZADO, numero);
    }
}

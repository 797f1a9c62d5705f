package es.tgss.casia.caso;

import es.tgss.casia.autorizacion.AutorizacionEnCurso;
import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.seguridad.DireccionDeLaPeticion;
import es.tgss.casia.seguridad.Rol;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ContextNotActiveException;
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

    @Inject
    private DireccionDeLaPeticion direccionDeLaPeticion;

    /**
     * The caller of a command: an autorizado's autorización is checked against membership before anything else.
     *
     * @throws ErrorDeNegocio {@code ACCESO_NO_PERMITIDO}: an autorizado with no autorización en curso, or one they do
     *     not belong to
     */
    public Llamante actual(EJBContext contexto) {
        Llamante llamante = actualSinComprobarPertenencia(contexto);
        if (llamante.tipo() == TipoActor.AUTORIZADO && !autorizaciones.perteneceA(llamante.autorizacion())) {
            throw new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "acceso.noDeAlta", llamante.autorizacion());
        }
        return llamante;
    }

    /**
     * The caller of a query that checks membership in its own WHERE, so that a page still costs two statements: to
     * an autorizado outside the autorización it names, the query answers "not found" or an empty page.
     *
     * @throws ErrorDeNegocio {@code ACCESO_NO_PERMITIDO}: an autorizado with no autorización en curso
     */
    public Llamante actualSinComprobarPertenencia(EJBContext contexto) {
        String login = contexto.getCallerPrincipal().getName();
        if (contexto.isCallerInRole(Rol.Nombre.SISTEMA)) {
            return new Llamante(login, TipoActor.SISTEMA, null);
        }
        boolean tgss = contexto.isCallerInRole(Rol.Nombre.TRAMITADOR) || contexto.isCallerInRole(Rol.Nombre.SUPERVISOR);
        if (tgss && contexto.isCallerInRole(Rol.Nombre.AUTORIZADO)) {
            // Nothing stops a row of usuario_rol from giving one person both: such a user would read every case
            // from the portal as the TGSS does. Refused until someone decides what such a user may be.
            throw new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "acceso.perfil");
        }
        if (tgss) {
            return new Llamante(login, TipoActor.TRAMITADOR, null, direccion());
        }
        if (!contexto.isCallerInRole(Rol.Nombre.AUTORIZADO)) {
            throw new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "acceso.perfil");
        }
        String numero = autorizacionEnCurso
                .numero()
                .orElseThrow(() -> new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "acceso.sinAutorizacion"));
        return new Llamante(login, TipoActor.AUTORIZADO, numero, direccion());
    }

    /** None outside a request (a thread of a job runs with no request scope): the audit then says so. */
    private String direccion() {
        try {
            return direccionDeLaPeticion.direccion().orElse(null);
        } catch (ContextNotActiveException sinPeticion) {
            return null;
        }
    }
}

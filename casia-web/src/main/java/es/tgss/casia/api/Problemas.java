package es.tgss.casia.api;

import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Mensaje;
import es.tgss.casia.error.Textos;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every failure of the API as an RFC 9457 problem ({@code application/problem+json}): business errors by their code
 * ({@link TipoDeProblema}), the HTTP ones by their status, and anything unexpected as a 500 that says nothing of the
 * inside (the log has it, under the incident number the problem gives). Never a stack trace, never an HTML page.
 */
@Provider
public class Problemas implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Problemas.class.getName());

    @Context
    private HttpHeaders cabeceras;

    @Context
    private SecurityContext seguridad;

    @Context
    private UriInfo uri;

    @Inject
    private VistaDeCasos vista;

    @Override
    public Response toResponse(Throwable fallo) {
        Textos textos = IdiomaDeLaApi.de(cabeceras.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problema problema = problema(fallo, textos);
        Response.ResponseBuilder respuesta = Response.status(problema.status())
                .type(Problema.TIPO_DE_CONTENIDO)
                .header(HttpHeaders.CONTENT_LANGUAGE, textos.idioma().toLanguageTag());
        if (problema.status() == 401) {
            respuesta.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"casia\"");
        }
        if (fallo instanceof NotAllowedException noPermitido) {
            respuesta.allow(noPermitido.getResponse().getAllowedMethods());
        }
        if (fallo instanceof ProblemaDeLaApi propio && propio.reintentarEnSegundos() != null) {
            respuesta.header(HttpHeaders.RETRY_AFTER, propio.reintentarEnSegundos());
        }
        return respuesta.entity(problema).build();
    }

    private Problema problema(Throwable fallo, Textos textos) {
        // Also inside JAX-RS's own exceptions: a query parameter that does not convert (ParametrosDeLaConsulta).
        for (Throwable t = fallo; t != null; t = t.getCause()) {
            if (t instanceof ErrorDeNegocio error) {
                return deNegocio(error, textos);
            }
        }
        if (fallo instanceof ProblemaDeLaApi propio) {
            Problema problema = Problema.de(propio.tipo(), textos, textos.de(propio.mensaje()));
            return propio.errores().isEmpty()
                    ? problema
                    : problema.conErrores(propio.errores().entrySet().stream()
                            .map(e -> new Problema.ErrorDeCampo(e.getKey(), textos.de(e.getValue())))
                            .toList());
        }
        if (fallo instanceof EJBAccessException
                || fallo instanceof AccessLocalException
                || fallo instanceof ForbiddenException) {
            return seguridad.getUserPrincipal() == null
                    ? Problema.de(TipoDeProblema.NO_AUTENTICADO, textos, textos.de(Mensaje.de("api.noAutenticado")))
                    : Problema.de(TipoDeProblema.SIN_PERMISO, textos, textos.de(Mensaje.de("api.sinPermiso")));
        }
        if (fallo instanceof NotAuthorizedException) {
            return Problema.de(TipoDeProblema.NO_AUTENTICADO, textos, textos.de(Mensaje.de("api.noAutenticado")));
        }
        if (fallo instanceof NotFoundException) {
            return Problema.de(TipoDeProblema.NO_ENCONTRADO, textos, textos.de(Mensaje.de("api.noEncontrado")));
        }
        if (fallo instanceof NotAllowedException) {
            return Problema.de(TipoDeProblema.METODO_NO_PERMITIDO, textos, textos.de(Mensaje.de("api.metodo")));
        }
        if (fallo instanceof NotAcceptableException) {
            return Problema.de(TipoDeProblema.FORMATO_NO_ACEPTABLE, textos, textos.de(Mensaje.de("api.formato")));
        }
        if (fallo instanceof NotSupportedException) {
            return Problema.de(TipoDeProblema.TIPO_DE_CONTENIDO, textos, textos.de(Mensaje.de("api.tipoDeContenido")));
        }
        if (esCuerpoIlegible(fallo)) {
            return Problema.de(TipoDeProblema.CAMPO_INVALIDO, textos, textos.de(Mensaje.de("api.cuerpo")));
        }
        if (fallo instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // Another 4xx of JAX-RS (a path or query parameter that does not convert, say): the client's input.
            return Problema.de(TipoDeProblema.CAMPO_INVALIDO, textos, textos.de(Mensaje.de("api.peticion")));
        }
        String incidente = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API: error interno, incidente " + incidente + " en " + uri.getPath(), fallo);
        return Problema.de(TipoDeProblema.ERROR_INTERNO, textos, textos.de(Mensaje.de("api.interno", incidente)));
    }

    private Problema deNegocio(ErrorDeNegocio error, Textos textos) {
        TipoDeProblema tipo = tipoDe(error);
        Problema problema = Problema.de(tipo, textos, textos.de(error));
        if (!error.errores().isEmpty()) {
            problema = problema.conErrores(textos.deCampos(error).entrySet().stream()
                    .map(e -> new Problema.ErrorDeCampo(e.getKey(), e.getValue()))
                    .toList());
        }
        if (error.codigo() == CodigoError.CASO_MODIFICADO || error.codigo() == CodigoError.TRANSICION_NO_PERMITIDA) {
            problema = problema.conVersion(versionActual());
        }
        return problema;
    }

    // ---- api-acciones: a refused file is 413 or 415, with its per-field errors ----

    /** The service's keys of a file over the limit (one document, or what the case keeps in all). */
    private static final Set<String> FICHERO_GRANDE =
            Set.of("documento.fichero.excedido", "documento.fichero.grande", "documento.total.grande");

    /** The service's keys of a file whose content is no accepted format, or not the one its name says. */
    private static final Set<String> FORMATO_RECHAZADO =
            Set.of("documento.fichero.formato", "documento.fichero.poliglota", "documento.fichero.extension");

    /**
     * A validation whose errors include a refused file is answered with the status HTTP has for it (413 over the
     * limit before 415 a refused format: resending a smaller file is the first thing to do), every field's error kept.
     */
    private static TipoDeProblema tipoDe(ErrorDeNegocio error) {
        if (error.codigo() == CodigoError.CAMPO_INVALIDO) {
            Set<String> claves =
                    error.errores().values().stream().map(Mensaje::clave).collect(Collectors.toSet());
            if (claves.stream().anyMatch(FICHERO_GRANDE::contains)) {
                return TipoDeProblema.DEMASIADO_GRANDE;
            }
            if (claves.stream().anyMatch(FORMATO_RECHAZADO::contains)) {
                return TipoDeProblema.TIPO_DE_CONTENIDO;
            }
        }
        return TipoDeProblema.de(error.codigo());
    }

    /** The case's version now, when the path names a case the caller may see: what to send in If-Match next time. */
    private Integer versionActual() {
        List<String> numero = uri.getPathParameters().get("numero");
        if (numero == null || numero.isEmpty()) {
            return null;
        }
        try {
            return vista.detalle(numero.get(0)).cabecera().version();
        } catch (ErrorDeNegocio noVisible) {
            return null;
        }
    }

    /** A body JSON-B could not read: malformed JSON, or a value of the wrong type. */
    private static boolean esCuerpoIlegible(Throwable fallo) {
        for (Throwable t = fallo; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return true;
            }
            if (t instanceof ProcessingException && t != fallo) {
                return true;
            }
        }
        return fallo instanceof ProcessingException || fallo instanceof jakarta.ws.rs.BadRequestException;
    }
}

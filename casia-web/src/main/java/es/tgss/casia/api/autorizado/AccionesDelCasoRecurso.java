package es.tgss.casia.api.autorizado;

import es.tgss.casia.api.RutaDelCaso;
import es.tgss.casia.api.Versiones;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.documento.FicheroRecibido;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.vista.DescargaDocumento;
import es.tgss.casia.caso.vista.DescargaJustificante;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.MensajeVisible;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.ErroresDeCampo;
import es.tgss.casia.error.Mensaje;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What an autorizado does on one case of the autorización in the path, as the portal's case page: read its messages,
 * Modificar Información (text and documents), Solicitar Anulación, Valoración, and download its documents and
 * justificantes. Every rule is the services'; here only HTTP: the ETag the change must name in {@code If-Match} (428
 * without it, 409 with the current version when the case changed meanwhile), and the case as it is after the change,
 * with its new ETag. A case, document or justificante the caller may not see answers 404, as one that does not exist.
 */
@Path(RutaDelCaso.CASOS)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Casos", description = "Casos de una autorización (autorizado RED)")
public class AccionesDelCasoRecurso {

    /**
     * Modificar Información in JSON: the text, documents, or both.
     *
     * @param documentos each with its bytes in base64 in {@code fichero}
     */
    public record InformacionNueva(String informacion, List<DocumentoEnJson> documentos) {}

    /** A document of Modificar Información in JSON; the format is recognised by content, not by the name. */
    public record DocumentoEnJson(String tipoDocumento, String titulo, String nombreFichero, String fichero) {}

    public record SolicitudDeAnulacion(String motivo) {}

    public record Valoracion(Integer puntuacion, String observaciones) {}

    /** The parts of a multipart Modificar Información besides {@code informacion}: named as the service names them. */
    private static final Pattern PARTE_DE_DOCUMENTO =
            Pattern.compile("documentos\\[([0-9]{1,2})\\]\\.(tipoDocumento|titulo|fichero)");

    /** More documents than this in one request is not a form anybody fills: refused before reading them. */
    private static final int MAX_DOCUMENTOS = 20;

    /** A text part larger than this is no título nor información (the service's limits are far below). */
    private static final int MAX_BYTES_DE_TEXTO = 64 * 1024;

    /** The life-cycle rule's key for a puntuación out of 1–5. */
    private static final String PUNTUACION_NO_VALIDA = "transicion.PUNTUACION_NO_VALIDA";

    private static final String IF_MATCH = "ETag del caso tal como se leyó (GET del detalle o la última acción)";

    /** Only for the downloads' encoding ({@link Descargas}). */
    @Context
    private HttpServletResponse respuesta;

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private Configuracion configuracion;

    @GET
    @Path(RutaDelCaso.NUMERO + "/mensajes")
    @Operation(
            summary = "Mensajes del caso",
            description = "Los mensajes que el autorizado puede ver (nunca las notas internas), del más antiguo al más"
                    + " reciente.")
    @APIResponse(responseCode = "200", description = "Los mensajes")
    @APIResponse(responseCode = "404", description = "Caso inexistente o de otra autorización")
    public List<MensajeVisible> mensajes(@PathParam("numero") String numero) {
        return vista.mensajes(numero);
    }

    @POST
    @Path(RutaDelCaso.NUMERO + "/informacion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Modificar Información (JSON)",
            description = "Añade información, documentos (contenido en base64 en «fichero») o ambos. Desde Solicitada"
                    + " Información el caso vuelve al tramitador. Requiere If-Match; responde el detalle y la ETag"
                    + " nueva.")
    @APIResponse(responseCode = "200", description = "El caso tras el cambio, con su ETag nueva")
    @APIResponse(responseCode = "400", description = "Datos no válidos, campo a campo")
    @APIResponse(responseCode = "404", description = "Caso inexistente o de otra autorización")
    @APIResponse(responseCode = "409", description = "El caso cambió o está cerrado; lleva la versión actual")
    @APIResponse(responseCode = "413", description = "Un documento o el total del caso supera el límite")
    @APIResponse(responseCode = "415", description = "Formato de documento no admitido")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response modificarInformacion(
            @PathParam("numero") String numero,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            InformacionNueva cuerpo) {
        int version = Versiones.deIfMatch(ifMatch);
        InformacionNueva datos = cuerpo == null ? new InformacionNueva(null, null) : cuerpo;
        List<DocumentoEnJson> enJson = datos.documentos() == null ? List.of() : datos.documentos();
        List<NuevoDocumento> documentos = new ArrayList<>();
        try {
            ErroresDeCampo errores = new ErroresDeCampo();
            for (int i = 0; i < enJson.size(); i++) {
                documentos.add(deJson(enJson.get(i), i, errores));
            }
            errores.lanzarSiHay();
            casos.modificarInformacion(numero, version, datos.informacion(), documentos);
        } finally {
            cerrar(documentos);
        }
        return conDetalle(numero);
    }

    @POST
    @Path(RutaDelCaso.NUMERO + "/informacion")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Modificar Información (multipart)",
            description = "Partes: «informacion» (texto) y, por documento i desde 0, «documentos[i].tipoDocumento»,"
                    + " «documentos[i].titulo» y el fichero en «documentos[i].fichero». Requiere If-Match; responde el"
                    + " detalle y la ETag nueva.")
    @APIResponse(responseCode = "200", description = "El caso tras el cambio, con su ETag nueva")
    @APIResponse(responseCode = "400", description = "Datos no válidos, campo a campo")
    @APIResponse(responseCode = "404", description = "Caso inexistente o de otra autorización")
    @APIResponse(responseCode = "409", description = "El caso cambió o está cerrado; lleva la versión actual")
    @APIResponse(responseCode = "413", description = "Un documento o el total del caso supera el límite")
    @APIResponse(responseCode = "415", description = "Formato de documento no admitido")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response modificarInformacionConFicheros(
            @PathParam("numero") String numero,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            List<EntityPart> partes) {
        int version = Versiones.deIfMatch(ifMatch);
        TreeMap<Integer, DocumentoEnPartes> porIndice = new TreeMap<>();
        List<NuevoDocumento> documentos = new ArrayList<>();
        try {
            ErroresDeCampo errores = new ErroresDeCampo();
            String informacion = null;
            for (EntityPart parte : partes) {
                Matcher documento = PARTE_DE_DOCUMENTO.matcher(parte.getName());
                if ("informacion".equals(parte.getName())) {
                    informacion = texto(parte, errores);
                } else if (!documento.matches()) {
                    errores.anadir(parte.getName(), "api.parte.desconocida", parte.getName());
                } else if (Integer.parseInt(documento.group(1)) >= MAX_DOCUMENTOS) {
                    errores.anadir(parte.getName(), "api.documento.indice", MAX_DOCUMENTOS - 1);
                } else {
                    DocumentoEnPartes d = porIndice.computeIfAbsent(
                            Integer.parseInt(documento.group(1)), i -> new DocumentoEnPartes());
                    switch (documento.group(2)) {
                        case "tipoDocumento" -> d.tipoDocumento = texto(parte, errores);
                        case "titulo" -> d.titulo = texto(parte, errores);
                        default -> d.recibir(parte, configuracion.maxBytesDocumento());
                    }
                }
            }
            // The service names a document by its place in the list: the list keeps the indices the client sent.
            for (int i = 0; i <= (porIndice.isEmpty() ? -1 : porIndice.lastKey()); i++) {
                DocumentoEnPartes d = porIndice.getOrDefault(i, new DocumentoEnPartes());
                documentos.add(new NuevoDocumento(d.tipoDocumento, d.titulo, d.nombreFichero, d.fichero));
                d.fichero = null;
            }
            errores.lanzarSiHay();
            casos.modificarInformacion(numero, version, informacion, documentos);
        } finally {
            cerrar(documentos);
            porIndice.values().forEach(d -> cerrar(d.fichero));
        }
        return conDetalle(numero);
    }

    @POST
    @Path(RutaDelCaso.NUMERO + "/anulacion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Solicitar Anulación",
            description = "Enviarla es la confirmación: en Presentado el caso se anula en el acto; en otro estado"
                    + " abierto queda pendiente de la decisión del tramitador. Motivo opcional. Requiere If-Match.")
    @APIResponse(responseCode = "200", description = "El caso tras la solicitud, con su ETag nueva")
    @APIResponse(responseCode = "404", description = "Caso inexistente o de otra autorización")
    @APIResponse(responseCode = "409", description = "El caso cambió, está cerrado o ya tiene una anulación pendiente")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response solicitarAnulacion(
            @PathParam("numero") String numero,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            SolicitudDeAnulacion cuerpo) {
        int version = Versiones.deIfMatch(ifMatch);
        casos.solicitarAnulacion(numero, version, cuerpo == null ? null : cuerpo.motivo());
        return conDetalle(numero);
    }

    @POST
    @Path(RutaDelCaso.NUMERO + "/valoracion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Valoración",
            description = "Puntuación de 1 a 5 y observaciones, una sola vez, en un caso cerrado. Requiere If-Match.")
    @APIResponse(responseCode = "200", description = "El caso valorado, con su ETag nueva")
    @APIResponse(responseCode = "400", description = "Puntuación (de 1 a 5) u observaciones no válidas, campo a campo")
    @APIResponse(responseCode = "404", description = "Caso inexistente o de otra autorización")
    @APIResponse(responseCode = "409", description = "El caso cambió, sigue abierto o ya está valorado")
    @APIResponse(responseCode = "428", description = "Falta If-Match")
    public Response valorar(
            @PathParam("numero") String numero,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            Valoracion cuerpo) {
        int version = Versiones.deIfMatch(ifMatch);
        Valoracion datos = cuerpo == null ? new Valoracion(null, null) : cuerpo;
        try {
            casos.valorar(numero, version, datos.puntuacion(), datos.observaciones());
        } catch (ErrorDeNegocio error) {
            // The rule refuses a puntuación out of 1–5 as a transition; to a client it is a wrong field of its body.
            if (error.mensaje()
                    .map(Mensaje::clave)
                    .filter(PUNTUACION_NO_VALIDA::equals)
                    .isPresent()) {
                throw ErrorDeNegocio.enCampo("puntuacion", PUNTUACION_NO_VALIDA);
            }
            throw error;
        }
        return conDetalle(numero);
    }

    @GET
    @Path(RutaDelCaso.NUMERO + "/documentos/{id: [0-9]{1,18}}")
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Descargar un documento",
            description = "Sus bytes tal como llegaron (comprobados con su SHA-256), con el tipo reconocido por su"
                    + " contenido y Content-Disposition: attachment.")
    @APIResponse(
            responseCode = "200",
            description = "El documento",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM))
    @APIResponse(responseCode = "404", description = "Documento o caso inexistente, o de otra autorización")
    public Response documento(@PathParam("numero") String numero, @PathParam("id") long id) {
        DescargaDocumento d = vista.contenido(numero, id);
        StreamingOutput bytes = salida -> {
            try (InputStream entrada = d.abrir()) {
                entrada.transferTo(salida);
            }
        };
        return Descargas.de(respuesta, d.nombreFichero(), d.tipoMime(), d.tamano(), bytes);
    }

    @GET
    @Path(RutaDelCaso.NUMERO + "/justificantes/{id: [0-9]{1,18}}")
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Descargar un justificante",
            description = "El PDF sellado con su CEA. La Resolución de Desistimiento se abre en las notificaciones.")
    @APIResponse(
            responseCode = "200",
            description = "El PDF",
            content = @Content(mediaType = DescargaJustificante.TIPO_MIME))
    @APIResponse(responseCode = "404", description = "Justificante o caso inexistente, o de otra autorización")
    public Response justificante(@PathParam("numero") String numero, @PathParam("id") long id) {
        DescargaJustificante j = vista.justificante(numero, id);
        return Descargas.de(respuesta, j.nombreFichero(), DescargaJustificante.TIPO_MIME, j.pdf().length, j.pdf());
    }

    /** The case as it is now and its version as the ETag: what the next action must send in If-Match. */
    private Response conDetalle(String numero) {
        DetalleCaso detalle = vista.detalle(numero);
        return Response.ok(detalle)
                .tag(Versiones.etag(detalle.cabecera().version()))
                .build();
    }

    /** A JSON document: its base64 received like an upload, so that the same limits and checks apply. */
    private NuevoDocumento deJson(DocumentoEnJson documento, int indice, ErroresDeCampo errores) {
        if (documento == null) {
            return new NuevoDocumento(null, null, null, null);
        }
        FicheroRecibido fichero = null;
        if (documento.fichero() != null) {
            try {
                byte[] bytes = Base64.getDecoder().decode(documento.fichero());
                fichero = FicheroRecibido.recibir(new ByteArrayInputStream(bytes), configuracion.maxBytesDocumento());
            } catch (IllegalArgumentException noEsBase64) {
                errores.anadir("documentos[" + indice + "].fichero", "api.documento.base64");
            }
        }
        return new NuevoDocumento(documento.tipoDocumento(), documento.titulo(), documento.nombreFichero(), fichero);
    }

    private static String texto(EntityPart parte, ErroresDeCampo errores) {
        try (InputStream entrada = parte.getContent()) {
            byte[] bytes = entrada.readNBytes(MAX_BYTES_DE_TEXTO + 1);
            if (bytes.length > MAX_BYTES_DE_TEXTO) {
                errores.anadir(parte.getName(), "api.parte.larga", MAX_BYTES_DE_TEXTO / 1024);
                return null;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cerrar(List<NuevoDocumento> documentos) {
        documentos.forEach(d -> cerrar(d.fichero()));
    }

    private static void cerrar(FicheroRecibido fichero) {
        if (fichero != null) {
            fichero.close();
        }
    }

    /** The parts of one document as they arrive, in any order. */
    private static final class DocumentoEnPartes {
        private String tipoDocumento;
        private String titulo;
        private String nombreFichero;
        private FicheroRecibido fichero;

        /** A second file for the same document replaces the first (which is deleted). */
        void recibir(EntityPart parte, long maxBytes) {
            cerrar(fichero);
            nombreFichero = parte.getFileName().orElse(null);
            try (InputStream entrada = parte.getContent()) {
                fichero = FicheroRecibido.recibir(entrada, maxBytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

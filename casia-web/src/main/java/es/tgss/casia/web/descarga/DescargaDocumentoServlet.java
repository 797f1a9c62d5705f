package es.tgss.casia.web.descarga;

import es.tgss.casia.almacen.ContenidoAlterado;
import es.tgss.casia.autorizacion.AutorizacionEnCurso;
import es.tgss.casia.caso.vista.DescargaDocumento;
import es.tgss.casia.caso.vista.DescargaJustificante;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.seguridad.Rol;
import es.tgss.casia.web.portal.AutorizacionElegida;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /descargas/casos/{número}/documentos/{id}} (e.g. {@code /descargas/casos/2026/00000123/documentos/451}):
 * one document of a case, and {@code …/justificantes/{id}}: one of its justificantes, for who may see the case (login
 * required by web.xml; {@link VistaDeCasos} applies the same rule as every read, an autorizado on the autorización
 * chosen in the session). Whatever the reason a caller may not have it (no such case, someone else's, a document of
 * another case, a role without access), the answer is the same 404, so nobody learns that it exists.
 *
 * <p>The bytes stream from the store with their SHA-256 checked on the way; the store holds back the last piece
 * until the check passed. When the stored bytes were altered the download is aborted: a 500 if nothing was sent
 * yet, otherwise the connection ends before the announced Content-Length, which every client reports as a failed
 * download. Never altered bytes served as a complete file.
 */
@WebServlet("/descargas/casos/*")
public class DescargaDocumentoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DescargaDocumentoServlet.class.getName());
    /** The número de caso has a slash of its own (2026/00000123): it is all that comes before "/documentos/". */
    private static final Pattern RUTA = Pattern.compile("/([0-9A-Za-z/-]{1,40})/documentos/([0-9]{1,18})");

    private static final Pattern RUTA_JUSTIFICANTE =
            Pattern.compile("/([0-9A-Za-z/-]{1,40})/justificantes/([0-9]{1,18})");

    private static final int BUFFER = 64 * 1024;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private AutorizacionElegida autorizacionElegida;

    @Inject
    private AutorizacionEnCurso autorizacionEnCurso;

    @Override
    protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        String camino = Optional.ofNullable(peticion.getPathInfo()).orElse("");
        Matcher justificante = RUTA_JUSTIFICANTE.matcher(camino);
        if (justificante.matches()) {
            enviarJustificante(peticion, respuesta, justificante.group(1), Long.parseLong(justificante.group(2)));
            return;
        }
        Matcher ruta = RUTA.matcher(camino);
        Optional<DescargaDocumento> documento =
                ruta.matches() ? buscar(peticion, ruta.group(1), Long.parseLong(ruta.group(2))) : Optional.empty();
        if (documento.isEmpty()) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DescargaDocumento d = documento.get();
        CabecerasDeDescarga.aplicar(respuesta, d.nombreFichero(), d.tipoMime(), d.tamano());
        try (InputStream bytes = d.abrir()) {
            OutputStream salida = respuesta.getOutputStream();
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = bytes.read(buffer)) > 0) {
                salida.write(buffer, 0, n);
            }
        } catch (ContenidoAlterado e) {
            // Logged by the store with what differed; here, which request it failed.
            LOG.log(
                    Level.SEVERE,
                    "Descarga interrumpida de " + peticion.getRequestURI() + " para " + peticion.getRemoteUser() + ": "
                            + e.getMessage());
            if (!respuesta.isCommitted()) {
                respuesta.reset();
                respuesta.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                return;
            }
            // Part of the body has left: ending with an exception makes the server close the connection short of
            // the Content-Length instead of completing the response.
            throw e;
        }
    }

    /** A justificante is a sealed PDF of some 60 KB kept whole in its row: sent in one write. */
    private void enviarJustificante(HttpServletRequest peticion, HttpServletResponse respuesta, String numero, long id)
            throws IOException {
        Optional<DescargaJustificante> justificante = leer(peticion, () -> vista.justificante(numero, id));
        if (justificante.isEmpty()) {
            respuesta.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DescargaJustificante j = justificante.get();
        CabecerasDeDescarga.aplicar(respuesta, j.nombreFichero(), DescargaJustificante.TIPO_MIME, j.pdf().length);
        respuesta.getOutputStream().write(j.pdf());
    }

    private Optional<DescargaDocumento> buscar(HttpServletRequest peticion, String numero, long id) {
        return leer(peticion, () -> vista.contenido(numero, id));
    }

    /** Reads as the caller (an autorizado: on the autorización chosen in the session); empty for anything refused. */
    private <T> Optional<T> leer(HttpServletRequest peticion, Supplier<T> lectura) {
        if (peticion.isUserInRole(Rol.Nombre.AUTORIZADO)) {
            if (!autorizacionElegida.isElegida()) {
                return Optional.empty();
            }
            autorizacionEnCurso.actuarEn(autorizacionElegida.getNumero());
        }
        try {
            return Optional.of(lectura.get());
        } catch (ErrorDeNegocio | EJBAccessException e) {
            return Optional.empty();
        }
    }
}

package es.tgss.casia.web.casos;

import es.tgss.casia.caso.documento.FicheroRecibido;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.documento.ValidacionDocumentos;
import es.tgss.casia.catalogo.CatalogoService;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.ErroresDeCampo;
import es.tgss.casia.web.Mensajes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Anexar Información part of a form (WEB-INF/tags/anexarInformacion.xhtml): documents attached one by one, each
 * checked at once, listed with Quitar until the page sends them. Nuevo caso and Modificar Información (portal) and
 * Abrir caso hacia un autorizado (back-office) each hold one (a dependent bean lives and dies with its page's view).
 */
@Dependent
public class AnexarInformacion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service names the fields of the one document checked on Anexar by its place in a list of one. */
    private static final Map<String, String> CAMPOS_DEL_DOCUMENTO = Map.of(
            "documentos[0].tipoDocumento", "tipoDocumento",
            "documentos[0].titulo", "tituloDocumento",
            "documentos[0].fichero", "ficheroDocumento");
    /** The id of the file input in casia:anexarInformacion. */
    private static final String CAMPO_ARCHIVO = "ficheroDocumento";

    @Inject
    private CatalogoService catalogoService;

    /** Read once into the fields below: the configuration is not serialisable with the view. */
    @Inject
    private transient Configuracion configuracion;

    private ValidacionDocumentos.Limites limites;
    private String urlAyuda;
    private List<SelectItem> tiposDocumento = List.of();

    /** The key of the page's button that sends the documents, named in the confirmation of each one attached. */
    private String claveBotonDeEnvio;
    /** What the case already keeps counts against its limit too. */
    private long bytesDelCaso;

    private String tipoDocumento;
    private String tituloDocumento;
    /** The upload of this request only: the container keeps it in a temporary file until the request ends. */
    private transient Part ficheroDocumento;

    private final List<DocumentoAnexado> anexados = new ArrayList<>();

    @PostConstruct
    void iniciar() {
        limites = new ValidacionDocumentos.Limites(configuracion.maxBytesDocumento(), configuracion.maxBytesPorCaso());
        urlAyuda = configuracion.urlAyudaDocumentacion().toString();
        tiposDocumento = catalogoService.tiposDocumento().stream()
                .map(t -> new SelectItem(t.getCodigo(), t.getNombre()))
                .toList();
    }

    /** The files of a page left without sending them are not kept. */
    @PreDestroy
    public void descartar() {
        anexados.forEach(DocumentoAnexado::descartar);
        anexados.clear();
    }

    /** The key of the page's button that sends what is attached (named in the confirmation of each document). */
    public void enviadosCon(String claveBoton) {
        claveBotonDeEnvio = claveBoton;
    }

    /** What the case already keeps, which counts against its limit too. */
    public void bytesDelCaso(long bytes) {
        bytesDelCaso = bytes;
    }

    /**
     * Faces drops the part of an empty file as if none had been chosen: read from the request, so that the user hears
     * "El archivo «…» está vacío" rather than to choose a file they did choose.
     */
    private static Optional<Part> archivoVacio() {
        try {
            HttpServletRequest peticion = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            return peticion.getParts().stream()
                    .filter(p -> p.getName().endsWith(":" + CAMPO_ARCHIVO) && p.getSize() == 0)
                    .filter(p -> p.getSubmittedFileName() != null
                            && !p.getSubmittedFileName().isBlank())
                    .findFirst();
        } catch (IOException | ServletException e) {
            return Optional.empty();
        }
    }

    /**
     * Anexar Información: the file is streamed from the upload into a temporary file (reading stops past the limit)
     * and checked now by the same rule the service applies on sending, so that a wrong document is told at once.
     */
    public void anexar() {
        if (ficheroDocumento == null) {
            ficheroDocumento = archivoVacio().orElse(null);
        }
        FicheroRecibido recibido = null;
        String nombre = ficheroDocumento == null ? null : ficheroDocumento.getSubmittedFileName();
        try {
            if (nombre != null && !nombre.isBlank()) {
                try (InputStream entrada = ficheroDocumento.getInputStream()) {
                    recibido = FicheroRecibido.recibir(entrada, limites.maxBytesDocumento());
                }
            }
            NuevoDocumento documento = new NuevoDocumento(tipoDocumento, tituloDocumento, nombre, recibido);
            ErroresDeCampo errores = new ErroresDeCampo();
            ValidacionDocumentos.validar(
                    List.of(documento),
                    catalogoService::tipoDocumento,
                    limites,
                    bytesDelCaso
                            + anexados.stream()
                                    .mapToLong(DocumentoAnexado::tamano)
                                    .sum(),
                    errores);
            errores.lanzarSiHay();
            anexados.add(new DocumentoAnexado(nombreDelTipo(tipoDocumento), documento));
            recibido = null;
            tipoDocumento = null;
            tituloDocumento = null;
            Mensajes.info("anexar.documento.anexado", documento.nombreFichero(), Mensajes.texto(claveBotonDeEnvio));
        } catch (ErrorDeNegocio error) {
            // The page reloads at its top, far from the document's fields: the top says where to look.
            Mensajes.error("nuevoCaso.documento.revise");
            Mensajes.error(error, campo -> CAMPOS_DEL_DOCUMENTO.getOrDefault(campo, campo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (recibido != null) {
                recibido.close();
            }
            if (ficheroDocumento != null) {
                borrarSubida();
            }
            ficheroDocumento = null;
        }
    }

    public void quitarDocumento(int indice) {
        if (indice >= 0 && indice < anexados.size()) {
            anexados.remove(indice).descartar();
        }
    }

    /** What the page sends; only Anexar Información attaches a file, so one chosen and not attached is dropped. */
    public List<NuevoDocumento> documentos() {
        ficheroDocumento = null;
        return anexados.stream().map(DocumentoAnexado::documento).toList();
    }

    private String nombreDelTipo(String codigo) {
        return tiposDocumento.stream()
                .filter(t -> t.getValue().equals(codigo))
                .map(SelectItem::getLabel)
                .findFirst()
                .orElse(codigo);
    }

    private void borrarSubida() {
        try {
            ficheroDocumento.delete();
        } catch (IOException e) {
            // The container deletes what is left of the upload when the request ends.
        }
    }

    public List<SelectItem> getTiposDocumento() {
        return tiposDocumento;
    }

    public int getMaxTituloDocumento() {
        return ValidacionDocumentos.MAX_TITULO;
    }

    /** The limits in MB, shown before a file is chosen. */
    public long getMaxMbDocumento() {
        return limites.maxBytesDocumento() / (1024 * 1024);
    }

    public long getMaxMbPorCaso() {
        return limites.maxBytesPorCaso() / (1024 * 1024);
    }

    /** Ayuda Documentación (manual §5.1.1): the Seguridad Social's page on the documents each trámite needs. */
    public String getUrlAyuda() {
        return urlAyuda;
    }

    public String getTipoDocumento() {
        return tipoDocumento;
    }

    public void setTipoDocumento(String tipoDocumento) {
        this.tipoDocumento = tipoDocumento;
    }

    public String getTituloDocumento() {
        return tituloDocumento;
    }

    public void setTituloDocumento(String tituloDocumento) {
        this.tituloDocumento = tituloDocumento;
    }

    public Part getFicheroDocumento() {
        return ficheroDocumento;
    }

    public void setFicheroDocumento(Part ficheroDocumento) {
        this.ficheroDocumento = ficheroDocumento;
    }

    public List<DocumentoAnexado> getAnexados() {
        return anexados;
    }
}

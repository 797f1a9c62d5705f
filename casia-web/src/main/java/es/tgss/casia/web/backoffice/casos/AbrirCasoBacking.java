package es.tgss.casia.web.backoffice.casos;

import es.tgss.casia.autorizacion.Autorizacion;
import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.caso.MensajeCaso;
import es.tgss.casia.caso.NuevoCaso;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.ValidacionNuevoCaso;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.web.Mensajes;
import es.tgss.casia.web.casos.AnexarInformacion;
import es.tgss.casia.web.casos.ClasificacionDelCaso;
import es.tgss.casia.web.casos.Opciones;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * backoffice/casos/abrir.xhtml — Abrir caso hacia un autorizado (Noticias RED, July 2021: "la TGSS podrá abrir casos
 * dirigidos al autorizado RED"): the autorización, the case's clasificación and data, the information requested and
 * documents. {@link CasoService#abrirPorTgss} checks and does everything; the page stays, showing what was done.
 */
@Named
@ViewScoped // the case opened is kept with the view: the form sent twice shows it twice and opens it once
public class AbrirCasoBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasoService casoService;

    @Inject
    private AutorizacionService autorizaciones;

    @Inject
    private ClasificacionDelCaso clasificacion;

    @Inject
    private AnexarInformacion anexos;

    private String autorizacion;
    /** The razón social of the autorización typed, once found. */
    private String razonSocial;

    private Boolean afectaPeriodoEnCurso;
    private String titulo;
    private String descripcion;
    private String solicitud;

    /** Set once per view, when the case has been opened. */
    private Abierto abierto;

    /**
     * What the confirmation says about the case opened: plain values, serialised with the view. {@code email} is null
     * when the autorización has no contact e-mail, so no notice was sent (and nothing failed).
     */
    public record Abierto(
            String numero,
            String autorizacion,
            String razonSocial,
            Subestado subestado,
            LocalDate ultimoDia,
            String email)
            implements Serializable {}

    @PostConstruct
    void iniciar() {
        anexos.enviadosCon("abrir.abrir");
    }

    /** The autorización looked up as its número is left: its razón social beside it, or that it does not exist. */
    public void buscarAutorizacion() {
        razonSocial = null;
        if (autorizacion != null && !autorizacion.isBlank()) {
            autorizaciones
                    .buscarPorNumero(autorizacion.strip())
                    .ifPresentOrElse(
                            a -> razonSocial = a.getRazonSocial(),
                            () -> Mensajes.errorEnCampo(
                                    "autorizacion", "abrir.autorizacion.noExiste", autorizacion.strip()));
        }
    }

    /**
     * Abrir caso. Synchronized, with the outcome kept in the view: a double click sends the same view twice, and the
     * second finds the case the first opened instead of opening another.
     */
    public synchronized void abrir() {
        if (abierto != null) {
            return;
        }
        NuevoCaso.Builder nuevo = NuevoCaso.de(clasificacion.getTipo())
                .clasificacion(
                        clasificacion.getMateria(), clasificacion.getCategoria(), clasificacion.getSubcategoria())
                .afectaPeriodoEnCurso(afectaPeriodoEnCurso)
                .titulo(titulo)
                .descripcion(descripcion);
        anexos.documentos().forEach(nuevo::documento);
        Caso caso;
        try {
            caso = casoService.abrirPorTgss(autorizacion, nuevo.crear(), solicitud);
        } catch (ErrorDeNegocio error) {
            if (!error.errores().isEmpty()) {
                Mensajes.error("abrir.revise");
            }
            if (error.errores().containsKey("autorizacion")) {
                // Typed over and sent without leaving the field: the razón social shown was another's.
                razonSocial = null;
            }
            // The documents' field errors go where a document is chosen.
            Mensajes.error(error, campo -> campo.startsWith("documentos") ? "tipoDocumento" : campo);
            return;
        }
        anexos.descartar();
        Autorizacion destino = caso.getAutorizacion();
        abierto = new Abierto(
                caso.getNumero(),
                destino.getNumero(),
                destino.getRazonSocial(),
                caso.getSubestado(),
                caso.getUltimoDiaInformacion().orElse(null),
                destino.getEmailContacto().orElse(null));
    }

    public Abierto getAbierto() {
        return abierto;
    }

    public List<SelectItem> getSiNo() {
        return Opciones.siNo();
    }

    public int getMaxTitulo() {
        return ValidacionNuevoCaso.MAX_TITULO;
    }

    public int getMaxDescripcion() {
        return ValidacionNuevoCaso.MAX_DESCRIPCION;
    }

    public int getMaxSolicitud() {
        return MensajeCaso.MAX_TEXTO;
    }

    public int getDiasPlazo() {
        return CicloDeVidaCaso.DIAS_PLAZO_INFORMACION;
    }

    public String getAutorizacion() {
        return autorizacion;
    }

    public void setAutorizacion(String autorizacion) {
        this.autorizacion = autorizacion;
    }

    public String getRazonSocial() {
        return razonSocial;
    }

    public Boolean getAfectaPeriodoEnCurso() {
        return afectaPeriodoEnCurso;
    }

    public void setAfectaPeriodoEnCurso(Boolean afectaPeriodoEnCurso) {
        this.afectaPeriodoEnCurso = afectaPeriodoEnCurso;
    }

    public String getTitulo() {
        return titulo;
    }

    public void setTitulo(String titulo) {
        this.titulo = titulo;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public void setDescripcion(String descripcion) {
        this.descripcion = descripcion;
    }

    public String getSolicitud() {
        return solicitud;
    }

    public void setSolicitud(String solicitud) {
        this.solicitud = solicitud;
    }

    public ClasificacionDelCaso getClasificacion() {
        return clasificacion;
    }

    public AnexarInformacion getAnexos() {
        return anexos;
    }
}

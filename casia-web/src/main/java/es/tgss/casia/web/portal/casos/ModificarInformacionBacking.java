package es.tgss.casia.web.portal.casos;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.MensajeCaso;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.TipoMensaje;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.DocumentoVisible;
import es.tgss.casia.caso.vista.MensajeVisible;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.web.Mensajes;
import es.tgss.casia.web.casos.AnexarInformacion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * portal/casos/modificar.xhtml?numero=… — Modificar Información (manual §5.2.1): information and documents added to
 * an open case, the answer to the tramitador's request when there is one. Back to the case with what happened.
 */
@Named
@ViewScoped // the version read when the page opened travels with Aceptar: a case changed since is refused
public class ModificarInformacionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private CasoService casoService;

    @Inject
    private AnexarInformacion anexos;

    private String numero;
    private String titulo;
    private TipoCaso tipo;
    private Subestado subestado;
    private int version;
    private String solicitud;
    private LocalDate ultimoDiaRespuesta;
    private String informacion;

    /** The message the case page shows once the information went through; set once per view. */
    private String hecho;

    public void cargar() {
        anexos.enviadosCon("modificar.aceptar");
        Paginas.detalle(vista, numero).ifPresent(this::leer);
    }

    private void leer(DetalleCaso detalle) {
        DetalleCaso.Cabecera caso = detalle.cabecera();
        titulo = caso.titulo();
        tipo = caso.tipo();
        subestado = caso.subestado();
        version = caso.version();
        anexos.bytesDelCaso(detalle.documentos().stream()
                .mapToLong(DocumentoVisible::tamano)
                .sum());
        if (subestado == Subestado.SOLICITADA_INFORMACION) {
            ultimoDiaRespuesta = detalle.ultimoDiaRespuesta();
            // The request being answered is the tramitador's latest.
            solicitud = vista.mensajes(numero).stream()
                    .filter(m -> m.tipo() == TipoMensaje.SOLICITUD_INFORMACION)
                    .reduce((anterior, siguiente) -> siguiente)
                    .map(MensajeVisible::texto)
                    .orElse(null);
        }
    }

    /**
     * Aceptar. Synchronized, with the outcome kept in the view: a double click sends the same view twice, and the
     * second only repeats the redirect instead of sending again (which the version check would refuse).
     */
    public synchronized void aceptar() throws IOException {
        if (hecho == null) {
            List<NuevoDocumento> documentos = anexos.documentos();
            try {
                casoService.modificarInformacion(numero, version, informacion, documentos);
            } catch (ErrorDeNegocio error) {
                if (!error.errores().isEmpty()) {
                    Mensajes.error("modificar.revise");
                }
                Mensajes.error(error);
                return;
            }
            // Only a Trámite gets a justificante for the documents added (manual §5.2.1).
            hecho = tipo == TipoCaso.TRAMITE && !documentos.isEmpty()
                    ? "modificar.hecho.justificante"
                    : "modificar.hecho";
            anexos.descartar();
        }
        Mensajes.info(hecho, numero);
        Paginas.redirigirConMensajes("caso", numero);
    }

    public boolean isEncontrado() {
        return subestado != null;
    }

    /** Only an open case takes more information. */
    public boolean isAdmitida() {
        return subestado.abierto();
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public String getTitulo() {
        return titulo;
    }

    public Subestado getSubestado() {
        return subestado;
    }

    public String getSolicitud() {
        return solicitud;
    }

    public LocalDate getUltimoDiaRespuesta() {
        return ultimoDiaRespuesta;
    }

    public String getInformacion() {
        return informacion;
    }

    public void setInformacion(String informacion) {
        this.informacion = informacion;
    }

    public int getMaxInformacion() {
        return MensajeCaso.MAX_TEXTO;
    }

    public AnexarInformacion getAnexos() {
        return anexos;
    }
}

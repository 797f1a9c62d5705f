package es.tgss.casia.web.portal.casos;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.MensajeCaso;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * portal/casos/anulacion.xhtml?numero=… — Confirmación de la Anulación (manual §5.2.2): says which of the two
 * outcomes applies to this case before the autorizado confirms, then back to the case with what happened.
 */
@Named
@ViewScoped // the version read when the page opened travels with the confirmation: a case changed since is refused
public class AnulacionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private CasoService casoService;

    private String numero;
    private String titulo;
    private Subestado subestado;
    private int version;
    private boolean admitida;
    private boolean automatica;
    private String motivo;

    /** The message the case page shows once the request went through; set once per view. */
    private String hecho;

    public void cargar() {
        Paginas.cabecera(vista, numero).ifPresent(this::leer);
    }

    private void leer(DetalleCaso.Cabecera caso) {
        titulo = caso.titulo();
        subestado = caso.subestado();
        version = caso.version();
        admitida = caso.anulacionAdmitida();
        automatica = caso.anulacionSeriaAutomatica();
    }

    /**
     * Aceptar. Synchronized, with the outcome kept in the view: a double click sends the same view twice, and the
     * second only repeats the redirect instead of asking again (which the version check would refuse).
     */
    public synchronized void aceptar() throws IOException {
        if (hecho == null) {
            try {
                boolean anulado = casoService
                        .solicitarAnulacion(numero, version, motivo)
                        .getSubestado()
                        .cerrado();
                hecho = anulado ? "anulacion.hecha.anulado" : "anulacion.hecha.pendiente";
            } catch (ErrorDeNegocio error) {
                Mensajes.error(error);
                return;
            }
        }
        Mensajes.info(hecho, numero);
        Paginas.redirigirConMensajes("caso", numero);
    }

    public boolean isEncontrado() {
        return subestado != null;
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

    public boolean isAdmitida() {
        return admitida;
    }

    public boolean isAutomatica() {
        return automatica;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }

    public int getMaxMotivo() {
        return MensajeCaso.MAX_TEXTO;
    }
}

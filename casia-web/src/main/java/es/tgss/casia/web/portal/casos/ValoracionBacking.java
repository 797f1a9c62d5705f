package es.tgss.casia.web.portal.casos;

import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * portal/casos/valoracion.xhtml?numero=… — Valoración (manual §5.2.4): the attention received, from 1 (mínima) to 5
 * (máxima), with observaciones; Aceptar leads to the confirmation, portal/casos/valorado.xhtml.
 */
@Named
@ViewScoped // the version read when the page opened travels with the valoración: a case changed since is refused
public class ValoracionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<Integer> PUNTUACIONES =
            IntStream.rangeClosed(1, 5).boxed().toList();

    @Inject
    private VistaDeCasos vista;

    @Inject
    private CasoService casoService;

    private String numero;
    private String titulo;
    private int version;
    private boolean encontrado;
    private boolean ofrecida;
    private Integer puntuacion;
    private String observaciones;
    private boolean hecha;

    public void cargar() {
        Paginas.cabecera(vista, numero).ifPresent(this::leer);
    }

    private void leer(DetalleCaso.Cabecera caso) {
        encontrado = true;
        titulo = caso.titulo();
        version = caso.version();
        ofrecida = caso.valoracionOfrecida();
    }

    /**
     * Aceptar. Synchronized, with the outcome kept in the view: a double click sends the same view twice, and the
     * second only repeats the redirect instead of rating again (which the version check would refuse).
     */
    public synchronized void aceptar() throws IOException {
        if (!hecha) {
            try {
                casoService.valorar(numero, version, puntuacion, observaciones);
                hecha = true;
            } catch (ErrorDeNegocio error) {
                Mensajes.error(error);
                return;
            }
        }
        Paginas.redirigirConMensajes("valorado", numero);
    }

    public List<Integer> getPuntuaciones() {
        return PUNTUACIONES;
    }

    public int getMaxObservaciones() {
        return Caso.MAX_OBSERVACIONES_VALORACION;
    }

    public boolean isEncontrado() {
        return encontrado;
    }

    public boolean isOfrecida() {
        return ofrecida;
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

    public Integer getPuntuacion() {
        return puntuacion;
    }

    public void setPuntuacion(Integer puntuacion) {
        this.puntuacion = puntuacion;
    }

    public String getObservaciones() {
        return observaciones;
    }

    public void setObservaciones(String observaciones) {
        this.observaciones = observaciones;
    }
}

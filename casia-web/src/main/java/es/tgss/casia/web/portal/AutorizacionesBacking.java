package es.tgss.casia.web.portal;

import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.autorizacion.MiembroAutorizacion;
import es.tgss.casia.web.Mensajes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * portal/autorizaciones.xhtml — "Selección de la autorización": the user's autorizaciones, a page at a time
 * ("Siguiente"); a user with only one goes straight on, as the manual says.
 */
@Named
@ViewScoped
public class AutorizacionesBacking implements Serializable {

    static final int TAMANO_PAGINA = 10;

    @Inject
    private AutorizacionService autorizacionService;

    @Inject
    private AutorizacionElegida autorizacionElegida;

    private int pagina;
    private long total;
    private List<MiembroAutorizacion> autorizaciones = List.of();

    public void cargar() throws IOException {
        total = autorizacionService.contarMisAutorizaciones();
        leerPagina();
        if (total == 1) {
            elegirYContinuar(autorizaciones.get(0));
        }
    }

    public void elegir(String numero) throws IOException {
        var miembro = autorizacionService.elegir(numero);
        if (miembro.isEmpty()) {
            Mensajes.error("autorizaciones.noPertenece");
            return;
        }
        elegirYContinuar(miembro.get());
    }

    public void siguiente() {
        if (isHaySiguiente()) {
            pagina++;
            leerPagina();
        }
    }

    public void anterior() {
        if (pagina > 0) {
            pagina--;
            leerPagina();
        }
    }

    private void leerPagina() {
        autorizaciones = autorizacionService.misAutorizaciones(pagina * TAMANO_PAGINA, TAMANO_PAGINA);
    }

    private void elegirYContinuar(MiembroAutorizacion miembro) throws IOException {
        autorizacionElegida.elegir(miembro);
        ExternalContext externo = FacesContext.getCurrentInstance().getExternalContext();
        externo.redirect(externo.getRequestContextPath() + "/portal/index.xhtml");
    }

    public List<MiembroAutorizacion> getAutorizaciones() {
        return autorizaciones;
    }

    public long getTotal() {
        return total;
    }

    public boolean isHaySiguiente() {
        return (long) (pagina + 1) * TAMANO_PAGINA < total;
    }

    public boolean isHayAnterior() {
        return pagina > 0;
    }
}

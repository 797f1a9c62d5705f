package es.tgss.casia.web.portal;

import es.tgss.casia.autorizacion.AutorizacionDelUsuario;
import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.comun.Pagina;
import es.tgss.casia.web.Mensajes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

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

    private Pagina<AutorizacionDelUsuario> pagina;

    public void cargar() throws IOException {
        leer(0);
        if (pagina.total() == 1) {
            elegir(pagina.elementos().get(0).numero());
        }
    }

    public void elegir(String numero) throws IOException {
        var miembro = autorizacionService.elegir(numero);
        if (miembro.isEmpty()) {
            Mensajes.error("autorizaciones.noPertenece");
            return;
        }
        autorizacionElegida.elegir(miembro.get());
        ExternalContext externo = FacesContext.getCurrentInstance().getExternalContext();
        externo.redirect(externo.getRequestContextPath() + "/portal/index.xhtml");
    }

    public void siguiente() {
        if (pagina.haySiguiente()) {
            leer(pagina.pagina() + 1);
        }
    }

    public void anterior() {
        if (pagina.hayAnterior()) {
            leer(pagina.pagina() - 1);
        }
    }

    private void leer(int numero) {
        pagina = autorizacionService.misAutorizaciones(numero, TAMANO_PAGINA);
    }

    public Pagina<AutorizacionDelUsuario> getPagina() {
        return pagina;
    }
}

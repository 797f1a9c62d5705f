package es.tgss.casia.web.backoffice;

import es.tgss.casia.tramitador.Tramitador;
import es.tgss.casia.tramitador.TramitadorService;
import es.tgss.casia.web.sesion.UsuarioActual;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unidad of the logged-in tramitador, for the back-office header. */
@Named
@RequestScoped
public class UnidadActual {

    @Inject
    private TramitadorService tramitadorService;

    @Inject
    private UsuarioActual usuarioActual;

    private String nombre;

    public String getNombre() {
        if (nombre == null) {
            nombre = tramitadorService
                    .buscarPorLogin(usuarioActual.getLogin())
                    .map(Tramitador::getUnidad)
                    .map(u -> u.getCodigo() + " · " + u.getNombre())
                    .orElse("—");
        }
        return nombre;
    }
}

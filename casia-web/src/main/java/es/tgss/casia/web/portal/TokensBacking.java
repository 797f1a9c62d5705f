package es.tgss.casia.web.portal;

import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.seguridad.token.TokenCreado;
import es.tgss.casia.seguridad.token.TokenVisible;
import es.tgss.casia.seguridad.token.TokensDeApi;
import es.tgss.casia.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * portal/tokens.xhtml — the user's personal tokens for the REST API: make one (shown once, right here), list them,
 * revoke one. A token is the user's, not the autorización's: it acts in every autorización the user belongs to, as
 * the user would.
 */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choices of validity offered; the service admits any number of days up to a year. */
    private static final List<Integer> VALIDECES = List.of(30, 90, 180, 365);

    @Inject
    private TokensDeApi tokens;

    @Inject
    private Clock reloj;

    private String nombre;
    private Integer dias = TokensDeApi.DIAS_POR_DEFECTO;
    private List<TokenVisible> mios;
    /** The token just made: on this page only, until the user leaves it. */
    private TokenCreado creado;

    public void cargar() {
        mios = tokens.mios();
    }

    public void crear() {
        try {
            creado = tokens.crear(nombre, dias);
        } catch (ErrorDeNegocio error) {
            Mensajes.error(error);
            return;
        }
        nombre = null;
        cargar();
    }

    public void revocar(long id) {
        try {
            TokenVisible revocado = tokens.revocar(id);
            Mensajes.info("tokens.revocado", revocado.nombre());
        } catch (ErrorDeNegocio error) {
            Mensajes.error(error);
        }
        if (creado != null && creado.datos().id() == id) {
            creado = null;
        }
        cargar();
    }

    public String situacion(TokenVisible token) {
        return token.situacion(reloj.instant()).name();
    }

    public List<Integer> getValideces() {
        return VALIDECES;
    }

    public List<TokenVisible> getMios() {
        return mios;
    }

    public TokenCreado getCreado() {
        return creado;
    }

    public String getNombre() {
        return nombre;
    }

    public void setNombre(String nombre) {
        this.nombre = nombre;
    }

    public Integer getDias() {
        return dias;
    }

    public void setDias(Integer dias) {
        this.dias = dias;
    }
}

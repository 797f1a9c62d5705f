package es.tgss.casia.web.backoffice.catalogo;

import es.tgss.casia.catalogo.AdministracionCatalogo;
import es.tgss.casia.catalogo.EntradaCatalogo;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.web.Mensajes;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What every Catálogo screen does with the rows of its tables (the include WEB-INF/includes/catalogo-entradas.xhtml):
 * move up and down, retire, bring back, rename. Each action sends the version the row was read at; whatever the
 * outcome, the lists are read again, so that after "someone changed it first" the supervisor sees what is there now.
 */
public abstract class PantallaDeCatalogo implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected AdministracionCatalogo administracion;

    /** The row being renamed, if any, and the name typed for it. */
    private EntradaCatalogo enEdicion;

    private String nombreNuevo;

    /** Reads the screen's lists again. */
    protected abstract void recargar();

    /** Every row the screen lists now. */
    protected abstract Stream<EntradaCatalogo> listadas();

    public void subir(EntradaCatalogo e) {
        actuar(() -> administracion.subir(e.nivel(), e.id(), e.version()), "catalogo.hecho.ordenado", e.nombre());
    }

    public void bajar(EntradaCatalogo e) {
        actuar(() -> administracion.bajar(e.nivel(), e.id(), e.version()), "catalogo.hecho.ordenado", e.nombre());
    }

    public void retirar(EntradaCatalogo e) {
        actuar(() -> administracion.retirar(e.nivel(), e.id(), e.version()), "catalogo.hecho.retirada", e.nombre());
    }

    public void reactivar(EntradaCatalogo e) {
        actuar(() -> administracion.reactivar(e.nivel(), e.id(), e.version()), "catalogo.hecho.reactivada", e.nombre());
    }

    /** Opens the rename form for that row, with its current name. */
    public void editar(EntradaCatalogo e) {
        enEdicion = e;
        nombreNuevo = e.nombre();
    }

    public void guardarNombre() {
        EntradaCatalogo e = enEdicion;
        if (e == null) {
            return;
        }
        boolean hecho = actuar(
                () -> administracion.renombrar(e.nivel(), e.id(), e.version(), nombreNuevo),
                campo -> "nombreNuevo",
                "catalogo.hecho.renombrada",
                nombreNuevo == null ? "" : nombreNuevo.strip());
        if (hecho) {
            cancelarEdicion();
        } else {
            // Someone else may have changed the row: the next try sends its current version, with the name typed.
            enEdicion = listadas()
                    .filter(x -> x.nivel() == e.nivel() && x.id() == e.id())
                    .findFirst()
                    .orElse(e);
        }
    }

    public void cancelarEdicion() {
        enEdicion = null;
        nombreNuevo = null;
    }

    /** Runs the command; its business error goes beside the field the service names, on the page otherwise. */
    protected boolean actuar(Runnable accion, String clave, Object... argumentos) {
        return actuar(accion, UnaryOperator.identity(), clave, argumentos);
    }

    protected boolean actuar(Runnable accion, UnaryOperator<String> idDelCampo, String clave, Object... argumentos) {
        try {
            accion.run();
            Mensajes.info(clave, argumentos);
            return true;
        } catch (ErrorDeNegocio e) {
            Mensajes.error(e, idDelCampo);
            return false;
        } finally {
            recargar();
        }
    }

    public EntradaCatalogo getEnEdicion() {
        return enEdicion;
    }

    public String getNombreNuevo() {
        return nombreNuevo;
    }

    public void setNombreNuevo(String nombreNuevo) {
        this.nombreNuevo = nombreNuevo;
    }
}

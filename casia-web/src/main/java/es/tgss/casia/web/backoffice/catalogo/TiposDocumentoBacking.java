package es.tgss.casia.web.backoffice.catalogo;

import es.tgss.casia.catalogo.EntradaCatalogo;
import es.tgss.casia.catalogo.VistaDelCatalogo;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Stream;

/** backoffice/catalogo/tipos-documento.xhtml — the "Tipo de documento" list of Anexar Información. */
@Named
@ViewScoped
public class TiposDocumentoBacking extends PantallaDeCatalogo {

    private static final long serialVersionUID = 1L;

    @Inject
    private VistaDelCatalogo vista;

    private List<EntradaCatalogo> tipos = List.of();
    private String nombre;
    private String codigo;

    @PostConstruct
    void iniciar() {
        recargar();
    }

    public void anadir() {
        String anadido = nombre == null ? "" : nombre.strip();
        if (actuar(
                () -> administracion.anadirTipoDocumento(nombre, codigo),
                campo -> "tipo-" + campo,
                "catalogo.hecho.anadida",
                anadido)) {
            nombre = null;
            codigo = null;
        }
    }

    @Override
    protected void recargar() {
        tipos = vista.tiposDocumento();
    }

    @Override
    protected Stream<EntradaCatalogo> listadas() {
        return tipos.stream();
    }

    public List<EntradaCatalogo> getTipos() {
        return tipos;
    }

    public String getNombre() {
        return nombre;
    }

    public void setNombre(String nombre) {
        this.nombre = nombre;
    }

    public String getCodigo() {
        return codigo;
    }

    public void setCodigo(String codigo) {
        this.codigo = codigo;
    }
}

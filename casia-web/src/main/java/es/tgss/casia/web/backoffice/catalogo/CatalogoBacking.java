package es.tgss.casia.web.backoffice.catalogo;

import es.tgss.casia.catalogo.EntradaCatalogo;
import es.tgss.casia.catalogo.LineaAuditoriaCatalogo;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.catalogo.VistaDelCatalogo;
import es.tgss.casia.comun.Pagina;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.web.Mensajes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * backoffice/catalogo/index.xhtml — the classification a tipo de caso offers, one level under the other: its
 * materias, the categorías of the materia chosen, the subcategorías of the categoría chosen and, for a Trámite, the
 * documents the categoría or subcategoría asks for; then the latest changes to the catalogue, a page at a time.
 */
@Named
@ViewScoped
public class CatalogoBacking extends PantallaDeCatalogo {

    private static final long serialVersionUID = 1L;

    static final int LINEAS_DE_AUDITORIA = 10;
    private static final DateTimeFormatter FECHA_Y_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Inject
    private VistaDelCatalogo vista;

    @Inject
    private transient Configuracion configuracion;

    private TipoCaso tipo = TipoCaso.CONSULTA;
    private TipoCaso tipoMostrado = TipoCaso.CONSULTA;
    private EntradaCatalogo materia;
    private EntradaCatalogo categoria;
    private EntradaCatalogo subcategoria;

    private List<EntradaCatalogo> materias = List.of();
    private List<EntradaCatalogo> categorias = List.of();
    private List<EntradaCatalogo> subcategorias = List.of();
    private List<EntradaCatalogo> documentacion = List.of();

    private String materiaNombre;
    private String materiaCodigo;
    private String categoriaNombre;
    private String categoriaCodigo;
    private String subcategoriaNombre;
    private String subcategoriaCodigo;
    private String documentoDescripcion;
    private boolean documentoObligatorio = true;

    private int paginaAuditoria;
    private Pagina<LineaAuditoriaCatalogo> auditoria;

    @PostConstruct
    void iniciar() {
        recargar();
    }

    /** Shows the tipo chosen in the list, from its materias. */
    public void mostrar() {
        tipoMostrado = tipo == null ? TipoCaso.CONSULTA : tipo;
        tipo = tipoMostrado;
        materia = null;
        categoria = null;
        subcategoria = null;
        cancelarEdicion();
        recargar();
    }

    public void verMateria(EntradaCatalogo e) {
        materia = e;
        categoria = null;
        subcategoria = null;
        recargar();
    }

    public void verCategoria(EntradaCatalogo e) {
        categoria = e;
        subcategoria = null;
        recargar();
    }

    public void verSubcategoria(EntradaCatalogo e) {
        subcategoria = e;
        recargar();
    }

    public void anadirMateria() {
        if (actuar(
                () -> administracion.anadirMateria(tipoMostrado, materiaNombre, materiaCodigo),
                campo -> "materia-" + campo,
                "catalogo.hecho.anadida",
                limpio(materiaNombre))) {
            materiaNombre = null;
            materiaCodigo = null;
        }
    }

    public void anadirCategoria() {
        if (materia != null
                && actuar(
                        () -> administracion.anadirCategoria(
                                tipoMostrado, materia.codigo(), categoriaNombre, categoriaCodigo),
                        campo -> "categoria-" + campo,
                        "catalogo.hecho.anadida",
                        limpio(categoriaNombre))) {
            categoriaNombre = null;
            categoriaCodigo = null;
        }
    }

    public void anadirSubcategoria() {
        if (categoria != null
                && actuar(
                        () -> administracion.anadirSubcategoria(
                                categoria.codigo(), subcategoriaNombre, subcategoriaCodigo),
                        campo -> "subcategoria-" + campo,
                        "catalogo.hecho.anadida",
                        limpio(subcategoriaNombre))) {
            subcategoriaNombre = null;
            subcategoriaCodigo = null;
        }
    }

    public void anadirDocumento() {
        if (categoria != null
                && actuar(
                        () -> administracion.anadirDocumentoTramite(
                                categoria.codigo(),
                                subcategoria == null ? null : subcategoria.codigo(),
                                documentoDescripcion,
                                documentoObligatorio),
                        campo -> "nombre".equals(campo) ? "documento-descripcion" : campo,
                        "catalogo.hecho.anadida",
                        limpio(documentoDescripcion))) {
            documentoDescripcion = null;
            documentoObligatorio = true;
        }
    }

    public void auditoriaAnterior() {
        paginaAuditoria = Math.max(0, paginaAuditoria - 1);
        auditoria = null;
    }

    public void auditoriaSiguiente() {
        paginaAuditoria++;
        auditoria = null;
    }

    @Override
    protected void recargar() {
        materias = vista.materias(tipoMostrado);
        materia = deNuevo(materia, materias);
        categorias = materia == null ? List.of() : vista.categorias(tipoMostrado, materia.codigo());
        categoria = deNuevo(categoria, categorias);
        subcategorias = categoria == null ? List.of() : vista.subcategorias(categoria.codigo());
        subcategoria = deNuevo(subcategoria, subcategorias);
        documentacion = getDocumentacionVisible()
                ? vista.documentacion(categoria.codigo(), subcategoria == null ? null : subcategoria.codigo())
                : List.of();
        auditoria = null;
    }

    @Override
    protected Stream<EntradaCatalogo> listadas() {
        return Stream.of(materias, categorias, subcategorias, documentacion).flatMap(List::stream);
    }

    /** The entry chosen, as it reads now (its version moves with every change). */
    private static EntradaCatalogo deNuevo(EntradaCatalogo elegida, List<EntradaCatalogo> lista) {
        return elegida == null
                ? null
                : lista.stream().filter(e -> e.id() == elegida.id()).findFirst().orElse(null);
    }

    private static String limpio(String texto) {
        return texto == null ? "" : texto.strip();
    }

    /**
     * The documents of a Trámite belong to its most precise level (V12): shown for a subcategoría, or for a
     * categoría without subcategorías.
     */
    public boolean getDocumentacionVisible() {
        return tipoMostrado == TipoCaso.TRAMITE
                && categoria != null
                && (subcategoria != null || subcategorias.isEmpty());
    }

    public Pagina<LineaAuditoriaCatalogo> getAuditoria() {
        if (auditoria == null) {
            auditoria = vista.auditoria(paginaAuditoria, LINEAS_DE_AUDITORIA);
        }
        return auditoria;
    }

    public String fecha(Instant instante) {
        return instante.atZone(configuracion.zonaHoraria()).format(FECHA_Y_HORA);
    }

    public List<SelectItem> getTipos() {
        return Arrays.stream(TipoCaso.values())
                .map(t -> new SelectItem(t, Mensajes.texto("caso.tipo." + t.name())))
                .toList();
    }

    public String getNombreTipoMostrado() {
        return Mensajes.texto("caso.tipo." + tipoMostrado.name());
    }

    public String getNombreDelNivelDeLaDocumentacion() {
        return Optional.ofNullable(subcategoria)
                .or(() -> Optional.ofNullable(categoria))
                .map(EntradaCatalogo::nombre)
                .orElse("");
    }

    public TipoCaso getTipo() {
        return tipo;
    }

    public void setTipo(TipoCaso tipo) {
        this.tipo = tipo;
    }

    public TipoCaso getTipoMostrado() {
        return tipoMostrado;
    }

    public EntradaCatalogo getMateria() {
        return materia;
    }

    public EntradaCatalogo getCategoria() {
        return categoria;
    }

    public EntradaCatalogo getSubcategoria() {
        return subcategoria;
    }

    public List<EntradaCatalogo> getMaterias() {
        return materias;
    }

    public List<EntradaCatalogo> getCategorias() {
        return categorias;
    }

    public List<EntradaCatalogo> getSubcategorias() {
        return subcategorias;
    }

    public List<EntradaCatalogo> getDocumentacion() {
        return documentacion;
    }

    public String getMateriaNombre() {
        return materiaNombre;
    }

    public void setMateriaNombre(String materiaNombre) {
        this.materiaNombre = materiaNombre;
    }

    public String getMateriaCodigo() {
        return materiaCodigo;
    }

    public void setMateriaCodigo(String materiaCodigo) {
        this.materiaCodigo = materiaCodigo;
    }

    public String getCategoriaNombre() {
        return categoriaNombre;
    }

    public void setCategoriaNombre(String categoriaNombre) {
        this.categoriaNombre = categoriaNombre;
    }

    public String getCategoriaCodigo() {
        return categoriaCodigo;
    }

    public void setCategoriaCodigo(String categoriaCodigo) {
        this.categoriaCodigo = categoriaCodigo;
    }

    public String getSubcategoriaNombre() {
        return subcategoriaNombre;
    }

    public void setSubcategoriaNombre(String subcategoriaNombre) {
        this.subcategoriaNombre = subcategoriaNombre;
    }

    public String getSubcategoriaCodigo() {
        return subcategoriaCodigo;
    }

    public void setSubcategoriaCodigo(String subcategoriaCodigo) {
        this.subcategoriaCodigo = subcategoriaCodigo;
    }

    public String getDocumentoDescripcion() {
        return documentoDescripcion;
    }

    public void setDocumentoDescripcion(String documentoDescripcion) {
        this.documentoDescripcion = documentoDescripcion;
    }

    public boolean isDocumentoObligatorio() {
        return documentoObligatorio;
    }

    public void setDocumentoObligatorio(boolean documentoObligatorio) {
        this.documentoObligatorio = documentoObligatorio;
    }
}

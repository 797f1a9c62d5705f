package es.tgss.casia.web.casos;

import es.tgss.casia.catalogo.CatalogoService;
import es.tgss.casia.catalogo.DocumentoDeTramite;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.web.Mensajes;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Tipo → materia → categoría → subcategoría (WEB-INF/tags/clasificacion.xhtml): each list offers what the catalogue
 * has under the choice above it, and a new choice empties the lists below. Also what the clasificación asks to attach
 * (a Trámite's documents, the technical data form of a Materia Técnica error), which the autorizado's form shows. The
 * service checks the combination again; this only narrows what is offered.
 */
@Dependent
public class ClasificacionDelCaso implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogoService catalogoService;

    private TipoCaso tipo;
    private String materia;
    private String categoria;
    private String subcategoria;

    private List<SelectItem> materias = List.of();
    private List<SelectItem> categorias = List.of();
    private List<SelectItem> subcategorias = List.of();
    private List<DocumentoDeTramite> documentacion = List.of();
    private boolean formularioTecnico;

    public void cambiarTipo() {
        materia = null;
        categoria = null;
        subcategoria = null;
        materias = tipo == null
                ? List.of()
                : catalogoService.materias(tipo).stream()
                        .map(m -> new SelectItem(m.getCodigo(), m.getNombre()))
                        .toList();
        categorias = List.of();
        subcategorias = List.of();
        leerLoQuePide();
    }

    public void cambiarMateria() {
        categoria = null;
        subcategoria = null;
        categorias = tipo == null || materia == null
                ? List.of()
                : catalogoService.categorias(tipo, materia).stream()
                        .map(c -> new SelectItem(c.getCodigo(), c.getNombre()))
                        .toList();
        subcategorias = List.of();
        leerLoQuePide();
    }

    public void cambiarCategoria() {
        subcategoria = null;
        subcategorias = categoria == null
                ? List.of()
                : catalogoService.subcategorias(categoria).stream()
                        .map(s -> new SelectItem(s.getCodigo(), s.getNombre()))
                        .toList();
        leerLoQuePide();
    }

    public void cambiarSubcategoria() {
        leerLoQuePide();
    }

    /**
     * What the chosen clasificación asks to attach, shown before Anexar Información: a Trámite's documents and, for
     * an error of Materia Técnica, the Formulario de datos técnicos that the alta refuses to go without.
     */
    private void leerLoQuePide() {
        documentacion = tipo == TipoCaso.TRAMITE && categoria != null
                ? catalogoService.documentacion(categoria, subcategoria)
                : List.of();
        formularioTecnico = tipo != null && materia != null && catalogoService.requiereFormularioTecnico(tipo, materia);
    }

    public List<SelectItem> getTipos() {
        return Arrays.stream(TipoCaso.values())
                .map(t -> new SelectItem(t, Mensajes.texto("caso.tipo." + t.name())))
                .toList();
    }

    public List<SelectItem> getMaterias() {
        return materias;
    }

    public List<SelectItem> getCategorias() {
        return categorias;
    }

    public List<SelectItem> getSubcategorias() {
        return subcategorias;
    }

    public List<DocumentoDeTramite> getDocumentacion() {
        return documentacion;
    }

    public boolean isFormularioTecnico() {
        return formularioTecnico;
    }

    public TipoCaso getTipo() {
        return tipo;
    }

    public void setTipo(TipoCaso tipo) {
        this.tipo = tipo;
    }

    public String getMateria() {
        return materia;
    }

    public void setMateria(String materia) {
        this.materia = materia;
    }

    public String getCategoria() {
        return categoria;
    }

    public void setCategoria(String categoria) {
        this.categoria = categoria;
    }

    public String getSubcategoria() {
        return subcategoria;
    }

    public void setSubcategoria(String subcategoria) {
        this.subcategoria = subcategoria;
    }
}

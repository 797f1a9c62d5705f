package es.tgss.casia.web.backoffice.catalogo;

import es.tgss.casia.catalogo.EntradaCatalogo;
import es.tgss.casia.catalogo.VistaDelCatalogo;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Stream;

/**
 * backoffice/catalogo/respuestas.xhtml — the respuestas predefinidas a tramitador starts an answer from: add one,
 * change its título and texto, order, retire. One form serves to add and to edit (the one being edited is named in
 * its legend).
 */
@Named
@ViewScoped
public class RespuestasBacking extends PantallaDeCatalogo {

    private static final long serialVersionUID = 1L;

    @Inject
    private VistaDelCatalogo vista;

    private List<EntradaCatalogo> respuestas = List.of();
    private EntradaCatalogo editada;
    private String titulo;
    private String texto;
    private String codigo;

    @PostConstruct
    void iniciar() {
        recargar();
    }

    /** Fills the form with that answer, to change it. */
    public void editarRespuesta(EntradaCatalogo e) {
        editada = e;
        titulo = e.nombre();
        texto = e.texto();
        codigo = null;
    }

    public void guardar() {
        EntradaCatalogo e = editada;
        String guardado = titulo == null ? "" : titulo.strip();
        boolean hecho = e == null
                ? actuar(
                        () -> administracion.anadirRespuesta(titulo, texto, codigo),
                        campo -> "nombre".equals(campo) ? "respuesta-titulo" : "respuesta-" + campo,
                        "catalogo.hecho.anadida",
                        guardado)
                : actuar(
                        () -> administracion.editarRespuesta(e.id(), e.version(), titulo, texto),
                        campo -> "nombre".equals(campo) ? "respuesta-titulo" : "respuesta-" + campo,
                        "catalogo.hecho.guardada",
                        guardado);
        if (hecho) {
            cancelar();
        } else if (e != null) {
            // Someone else may have changed it: the next try sends its current version, with what was typed.
            editada = respuestas.stream()
                    .filter(x -> x.id() == e.id())
                    .findFirst()
                    .orElse(e);
        }
    }

    public void cancelar() {
        editada = null;
        titulo = null;
        texto = null;
        codigo = null;
    }

    @Override
    protected void recargar() {
        respuestas = vista.respuestasPredefinidas();
    }

    @Override
    protected Stream<EntradaCatalogo> listadas() {
        return respuestas.stream();
    }

    public List<EntradaCatalogo> getRespuestas() {
        return respuestas;
    }

    public EntradaCatalogo getEditada() {
        return editada;
    }

    public String getTitulo() {
        return titulo;
    }

    public void setTitulo(String titulo) {
        this.titulo = titulo;
    }

    public String getTexto() {
        return texto;
    }

    public void setTexto(String texto) {
        this.texto = texto;
    }

    public String getCodigo() {
        return codigo;
    }

    public void setCodigo(String codigo) {
        this.codigo = codigo;
    }
}

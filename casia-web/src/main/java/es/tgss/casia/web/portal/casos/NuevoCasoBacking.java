package es.tgss.casia.web.portal.casos;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.NuevoCaso;
import es.tgss.casia.caso.ValidacionNuevoCaso;
import es.tgss.casia.caso.complementario.TipoIpf;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Mensaje;
import es.tgss.casia.web.Mensajes;
import es.tgss.casia.web.casos.AnexarInformacion;
import es.tgss.casia.web.casos.ClasificacionDelCaso;
import es.tgss.casia.web.casos.Opciones;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.primefaces.PrimeFaces;

/**
 * portal/casos/nuevo.xhtml — "Nuevo caso" (manual §5.1): the classification as cascading lists from the catalogue,
 * the case's fields, up to 5 lines of datos complementarios, Anexar Información and Finalizar Alta. The services
 * check everything; their messages go beside the field they name.
 */
@Named
@ViewScoped
public class NuevoCasoBacking implements Serializable {

    private static final Pattern CAMPO_DE_LINEA = Pattern.compile("datos\\[(\\d+)]\\.(\\w+)");
    /** The fields of a line checked together as one of them is left (see {@link #comprobarDato}). */
    private static final Map<String, List<String>> CAMPOS_QUE_VAN_JUNTOS = Map.of(
            "ipf", List.of("tipoIpf", "ipf"),
            "periodoDesde", List.of("periodoDesde", "periodoHasta"),
            "periodoHasta", List.of("periodoDesde", "periodoHasta"));

    @Inject
    private CasoService casoService;

    @Inject
    private ClasificacionDelCaso clasificacion;

    @Inject
    private AnexarInformacion anexos;

    /** One per view of the form: sending it twice (double click, a resent POST) files one case. */
    private String tokenAlta;

    private Boolean afectaPeriodoEnCurso;
    private String titulo;
    private String descripcion;
    private final List<LineaEditable> lineas = new ArrayList<>();

    @PostConstruct
    void iniciar() {
        tokenAlta = UUID.randomUUID().toString();
        anexos.enviadosCon("nuevoCaso.finalizarAlta");
    }

    /**
     * The lines are drawn again, the button with them: the focus goes to the new line's first field, so that a
     * keyboard user (and a screen reader) goes on from there instead of from the top of the page.
     */
    public void anadirLinea() {
        if (lineas.size() < ValidacionNuevoCaso.MAX_LINEAS) {
            lineas.add(new LineaEditable());
            PrimeFaces.current().focus(":nuevo:" + idDeLinea(lineas.size() - 1, "ccc"));
        }
    }

    /**
     * A field of a line checked as the user leaves it, by the rules Finalizar Alta applies: its message appears
     * beside it at once. Only that field is told (a line half typed is not wrong yet), but for the IPF and a period
     * the field that goes with it too: the Tipo de IPF the IPF needs, the other end of the period.
     */
    public void comprobarDato(int indice, String campo) {
        if (indice < 0 || indice >= lineas.size()) {
            return;
        }
        Map<String, Mensaje> errores =
                ValidacionNuevoCaso.erroresDeLinea(lineas.get(indice).linea());
        Map<String, Mensaje> mostrar = new LinkedHashMap<>();
        CAMPOS_QUE_VAN_JUNTOS.getOrDefault(campo, List.of(campo)).stream()
                .filter(errores::containsKey)
                .forEach(c -> mostrar.put(c, errores.get(c)));
        if (!mostrar.isEmpty()) {
            Mensajes.error(ErrorDeNegocio.enCampos(mostrar), c -> idDeLinea(indice, c));
        }
    }

    /** The focus goes to the button that adds a line (there is room for one again): not lost to the top of the page. */
    public void quitarLinea(int indice) {
        if (indice >= 0 && indice < lineas.size()) {
            lineas.remove(indice);
            PrimeFaces.current().focus(":nuevo:anadirLinea");
        }
    }

    /** Finalizar Alta: on success, the confirmation by post-redirect-get, so that a refresh files nothing again. */
    public void finalizarAlta() throws IOException {
        NuevoCaso.Builder nuevo = NuevoCaso.de(clasificacion.getTipo())
                .clasificacion(
                        clasificacion.getMateria(), clasificacion.getCategoria(), clasificacion.getSubcategoria())
                .afectaPeriodoEnCurso(afectaPeriodoEnCurso)
                .titulo(titulo)
                .descripcion(descripcion)
                .tokenAlta(tokenAlta);
        // The service numbers the lines it received that are not empty; the screen's own numbering keeps empty ones.
        List<Integer> enPantalla = IntStream.range(0, lineas.size())
                .filter(i -> !lineas.get(i).linea().vacia())
                .boxed()
                .toList();
        enPantalla.forEach(i -> nuevo.dato(lineas.get(i).linea()));
        anexos.documentos().forEach(nuevo::documento);
        String numero;
        try {
            numero = casoService.finalizarAlta(nuevo.crear()).getNumero();
        } catch (ErrorDeNegocio error) {
            if (!error.errores().isEmpty()) {
                Mensajes.error("nuevoCaso.revise");
            }
            Mensajes.error(error, campo -> idDelCampo(campo, enPantalla));
            return;
        }
        anexos.descartar();
        ExternalContext externo = FacesContext.getCurrentInstance().getExternalContext();
        externo.redirect(externo.getRequestContextPath() + "/portal/casos/alta.xhtml?numero="
                + URLEncoder.encode(numero, StandardCharsets.UTF_8));
    }

    /** The id of the input beside which the service's message for that field goes. */
    static String idDelCampo(String campo, List<Integer> lineasEnPantalla) {
        Matcher linea = CAMPO_DE_LINEA.matcher(campo);
        if (linea.matches()) {
            int i = Integer.parseInt(linea.group(1));
            return idDeLinea(i < lineasEnPantalla.size() ? lineasEnPantalla.get(i) : i, linea.group(2));
        }
        // The technical data form is a tipo de documento to attach: its message goes where that is chosen.
        return campo.equals("documentos") ? "tipoDocumento" : campo;
    }

    /** The id of a field of the line at that place on the screen, e.g. "dato0-ccc". */
    static String idDeLinea(int linea, String campo) {
        return "dato" + linea + "-" + campo;
    }

    public List<SelectItem> getSiNo() {
        return Opciones.siNo();
    }

    public List<SelectItem> getTiposIpf() {
        return Arrays.stream(TipoIpf.values())
                .map(t -> new SelectItem(t.codigo(), t.descripcion()))
                .toList();
    }

    public int getMaxTitulo() {
        return ValidacionNuevoCaso.MAX_TITULO;
    }

    public int getMaxDescripcion() {
        return ValidacionNuevoCaso.MAX_DESCRIPCION;
    }

    public int getMaxLineas() {
        return ValidacionNuevoCaso.MAX_LINEAS;
    }

    public Boolean getAfectaPeriodoEnCurso() {
        return afectaPeriodoEnCurso;
    }

    public void setAfectaPeriodoEnCurso(Boolean afectaPeriodoEnCurso) {
        this.afectaPeriodoEnCurso = afectaPeriodoEnCurso;
    }

    public String getTitulo() {
        return titulo;
    }

    public void setTitulo(String titulo) {
        this.titulo = titulo;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public void setDescripcion(String descripcion) {
        this.descripcion = descripcion;
    }

    public List<LineaEditable> getLineas() {
        return lineas;
    }

    public ClasificacionDelCaso getClasificacion() {
        return clasificacion;
    }

    public AnexarInformacion getAnexos() {
        return anexos;
    }
}

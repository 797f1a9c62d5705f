package es.tgss.casia.web.portal.casos;

import es.tgss.casia.caso.CriteriosBusqueda;
import es.tgss.casia.caso.EstadoBuscado;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.vista.FilaCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.catalogo.CatalogoService;
import es.tgss.casia.catalogo.Materia;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.comun.Pagina;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.web.Mensajes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * portal/casos/index.xhtml — "Gestión de Casos" (manual §5.2): Opción 1, the número de caso, goes straight to the
 * case; Opción 2, Estado and Fecha de Alta Desde/Hasta (the current month to begin with) plus the optional filters,
 * lists the matching cases a page at a time. The rules (one calendar month, what the autorizado may see) are the
 * service's.
 */
@Named
@ViewScoped
public class GestionCasosBacking implements Serializable {

    static final int TAMANO_PAGINA = 20;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private CatalogoService catalogo;

    @Inject
    private Fechas fechas;

    private String numero;
    private EstadoBuscado estado = EstadoBuscado.TODOS;
    private LocalDate desde;
    private LocalDate hasta;
    private Subestado subestado;
    private TipoCaso tipo;
    private String materia;
    private String usuarioAlta;
    /** Every materia of any tipo, once each: the list while no Tipo de Caso is chosen. */
    private List<SelectItem> todasLasMaterias;

    private List<SelectItem> materias;

    /** The criteria of the table shown, kept so that Siguiente and Anterior page what was searched. */
    private CriteriosBusqueda criterios;

    private Pagina<FilaCaso> resultados;

    @PostConstruct
    void iniciar() {
        YearMonth mes = fechas.mesEnCurso();
        desde = mes.atDay(1);
        hasta = mes.atEndOfMonth();
        Map<String, SelectItem> unicas = new LinkedHashMap<>();
        for (TipoCaso t : TipoCaso.values()) {
            for (Materia m : catalogo.materias(t)) {
                unicas.putIfAbsent(m.getCodigo(), new SelectItem(m.getCodigo(), m.getNombre()));
            }
        }
        todasLasMaterias = List.copyOf(unicas.values());
        materias = todasLasMaterias;
    }

    /**
     * Tipo de Caso chosen (Ajax): the Materia list offers only that tipo's materias, as Nuevo Caso does. A materia
     * already chosen stays if the tipo offers it; otherwise it is cleared, so that the search never asks for a
     * combination no case can have.
     */
    public void cambiarTipo() {
        materias = tipo == null
                ? todasLasMaterias
                : catalogo.materias(tipo).stream()
                        .map(m -> new SelectItem(m.getCodigo(), m.getNombre()))
                        .toList();
        if (materias.stream().noneMatch(m -> m.getValue().equals(materia))) {
            materia = null;
        }
    }

    /**
     * Opción 1. The case is read before leaving, so that a número that is unknown or not the autorización's is told
     * beside the field, with what was typed kept, and the same way for both (nobody learns that a case exists).
     */
    public String buscarPorNumero() {
        try {
            String encontrado = vista.detalle(numero).numero();
            return "/portal/casos/caso?faces-redirect=true&numero="
                    + URLEncoder.encode(encontrado, StandardCharsets.UTF_8);
        } catch (ErrorDeNegocio error) {
            Mensajes.error(
                    ErrorDeNegocio.enCampos(Map.of("numero", error.mensaje().orElseThrow())));
            return null;
        }
    }

    /** Opción 2, from its first page (both dates are required by the form). */
    public void buscar() {
        leer(CriteriosBusqueda.delMes(YearMonth.from(desde))
                .entre(desde, hasta)
                .conEstado(estado, subestado)
                .conTipoYMateria(tipo, materia)
                .deUsuario(usuarioAlta)
                .pagina(0, TAMANO_PAGINA));
    }

    public void siguiente() {
        if (resultados != null && resultados.haySiguiente()) {
            leer(criterios.pagina(resultados.pagina() + 1, TAMANO_PAGINA));
        }
    }

    public void anterior() {
        if (resultados != null && resultados.hayAnterior()) {
            leer(criterios.pagina(resultados.pagina() - 1, TAMANO_PAGINA));
        }
    }

    private void leer(CriteriosBusqueda nuevos) {
        try {
            resultados = vista.buscar(nuevos);
            criterios = nuevos;
        } catch (ErrorDeNegocio error) {
            resultados = null;
            Mensajes.error(error);
        }
    }

    public List<EstadoBuscado> getEstados() {
        return Arrays.asList(EstadoBuscado.values());
    }

    public List<Subestado> getSubestados() {
        return Arrays.asList(Subestado.values());
    }

    public List<TipoCaso> getTipos() {
        return Arrays.asList(TipoCaso.values());
    }

    public List<SelectItem> getMaterias() {
        return materias;
    }

    public Pagina<FilaCaso> getResultados() {
        return resultados;
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public EstadoBuscado getEstado() {
        return estado;
    }

    public void setEstado(EstadoBuscado estado) {
        this.estado = estado;
    }

    public LocalDate getDesde() {
        return desde;
    }

    public void setDesde(LocalDate desde) {
        this.desde = desde;
    }

    public LocalDate getHasta() {
        return hasta;
    }

    public void setHasta(LocalDate hasta) {
        this.hasta = hasta;
    }

    public Subestado getSubestado() {
        return subestado;
    }

    public void setSubestado(Subestado subestado) {
        this.subestado = subestado;
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

    public String getUsuarioAlta() {
        return usuarioAlta;
    }

    public void setUsuarioAlta(String usuarioAlta) {
        this.usuarioAlta = usuarioAlta;
    }
}

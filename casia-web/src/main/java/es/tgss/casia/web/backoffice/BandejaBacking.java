package es.tgss.casia.web.backoffice;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.EstadoBuscado;
import es.tgss.casia.caso.Origen;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.vista.CriteriosBandeja;
import es.tgss.casia.caso.vista.FilaBandeja;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.catalogo.CatalogoService;
import es.tgss.casia.catalogo.Materia;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.comun.Pagina;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.tramitador.TramitadorService;
import es.tgss.casia.tramitador.UnidadVisible;
import es.tgss.casia.web.Mensajes;
import es.tgss.casia.web.backoffice.casos.PaginaDelCaso;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * backoffice/index.xhtml — the Bandeja de trabajo: the cases of the tramitador's unidad and those nobody has taken
 * yet (a supervisor: every unidad, or one), with the filters a tramitador works by, oldest first, a page at a time;
 * "Tomar" takes a case and opens it. What each may see is the query's rule, not this bean's.
 */
@Named
@ViewScoped
public class BandejaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int TAMANO_PAGINA = 20;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private CasoService casoService;

    @Inject
    private CatalogoService catalogo;

    @Inject
    private TramitadorService tramitadores;

    private EstadoBuscado estado = EstadoBuscado.ABIERTO;
    private Subestado subestado;
    private TipoCaso tipo;
    private String materia;
    private String categoria;
    private Origen origen;
    private String autorizacion;
    private String nifUsuarioAlta;
    private LocalDate desde;
    private LocalDate hasta;
    private boolean anulacionPendiente;
    private boolean vencePronto;
    private boolean mios;
    private String unidad;
    private boolean recientesPrimero;

    private List<SelectItem> materias;
    private List<SelectItem> categorias = List.of();
    private List<UnidadVisible> unidades;

    /** The criteria of the table shown, so that Siguiente and Anterior page what was searched. */
    private CriteriosBandeja criterios;

    private Pagina<FilaBandeja> resultados;

    /** The case this view has taken: a second click goes to it instead of taking it again. */
    private String tomado;

    @PostConstruct
    void iniciar() {
        materias = todasLasMaterias();
        unidades = tramitadores.unidades();
        leer(CriteriosBandeja.abiertos());
    }

    /** Every materia of any tipo once, or a tipo's only; a materia the new tipo lacks is cleared with its categoría. */
    public void cambiarTipo() {
        materias = tipo == null
                ? todasLasMaterias()
                : catalogo.materias(tipo).stream()
                        .map(m -> new SelectItem(m.getCodigo(), m.getNombre()))
                        .toList();
        if (materias.stream().noneMatch(m -> m.getValue().equals(materia))) {
            materia = null;
        }
        cambiarMateria();
    }

    /** The categorías exist per tipo and materia: offered once both are chosen. */
    public void cambiarMateria() {
        categorias = tipo == null || materia == null || materia.isBlank()
                ? List.of()
                : catalogo.categorias(tipo, materia).stream()
                        .map(c -> new SelectItem(c.getCodigo(), c.getNombre()))
                        .toList();
        if (categorias.stream().noneMatch(c -> c.getValue().equals(categoria))) {
            categoria = null;
        }
    }

    public void buscar() {
        leer(new CriteriosBandeja(
                estado,
                subestado,
                tipo,
                materia,
                categoria,
                origen,
                autorizacion,
                nifUsuarioAlta,
                desde,
                hasta,
                anulacionPendiente,
                vencePronto,
                mios,
                unidad,
                recientesPrimero,
                0,
                TAMANO_PAGINA));
    }

    public void siguiente() {
        if (resultados != null && resultados.haySiguiente()) {
            leer(criterios.enPagina(resultados.pagina() + 1));
        }
    }

    public void anterior() {
        if (resultados != null && resultados.hayAnterior()) {
            leer(criterios.enPagina(resultados.pagina() - 1));
        }
    }

    /**
     * Tomar: the case is the caller's and opens to be worked. Taken a moment ago by a colleague: told so, and the
     * bandeja shows it as it now stands.
     */
    public synchronized void tomar(FilaBandeja fila) throws IOException {
        // A double click sends the same view twice: the second only repeats the way to the case taken.
        if (!fila.numero().equals(tomado)) {
            try {
                casoService.asignar(fila.numero(), fila.version(), null);
                tomado = fila.numero();
            } catch (ErrorDeNegocio error) {
                if (error.codigo() == CodigoError.CASO_MODIFICADO
                        || error.codigo() == CodigoError.TRANSICION_NO_PERMITIDA) {
                    Mensajes.error("bandeja.tomar.yaNo", fila.numero());
                } else {
                    Mensajes.error(error);
                }
                leer(criterios.enPagina(resultados.pagina()));
                return;
            }
        }
        Mensajes.info("tramitacion.hecho.ASIGNAR", fila.numero());
        PaginaDelCaso.redirigirConMensajes(fila.numero());
    }

    private void leer(CriteriosBandeja nuevos) {
        try {
            resultados = vista.bandeja(nuevos);
            criterios = nuevos;
        } catch (ErrorDeNegocio error) {
            Mensajes.error(error);
        }
    }

    private List<SelectItem> todasLasMaterias() {
        Map<String, SelectItem> unicas = new LinkedHashMap<>();
        for (TipoCaso t : TipoCaso.values()) {
            for (Materia m : catalogo.materias(t)) {
                unicas.putIfAbsent(m.getCodigo(), new SelectItem(m.getCodigo(), m.getNombre()));
            }
        }
        return List.copyOf(unicas.values());
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

    public List<Origen> getOrigenes() {
        return Arrays.asList(Origen.values());
    }

    public List<SelectItem> getMaterias() {
        return materias;
    }

    public List<SelectItem> getCategorias() {
        return categorias;
    }

    public List<UnidadVisible> getUnidades() {
        return unidades;
    }

    public Pagina<FilaBandeja> getResultados() {
        return resultados;
    }

    public int getDiasVencePronto() {
        return VistaDeCasos.DIAS_VENCE_PRONTO;
    }

    public EstadoBuscado getEstado() {
        return estado;
    }

    public void setEstado(EstadoBuscado estado) {
        this.estado = estado;
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

    public String getCategoria() {
        return categoria;
    }

    public void setCategoria(String categoria) {
        this.categoria = categoria;
    }

    public Origen getOrigen() {
        return origen;
    }

    public void setOrigen(Origen origen) {
        this.origen = origen;
    }

    public String getAutorizacion() {
        return autorizacion;
    }

    public void setAutorizacion(String autorizacion) {
        this.autorizacion = autorizacion;
    }

    public String getNifUsuarioAlta() {
        return nifUsuarioAlta;
    }

    public void setNifUsuarioAlta(String nifUsuarioAlta) {
        this.nifUsuarioAlta = nifUsuarioAlta;
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

    public boolean isAnulacionPendiente() {
        return anulacionPendiente;
    }

    public void setAnulacionPendiente(boolean anulacionPendiente) {
        this.anulacionPendiente = anulacionPendiente;
    }

    public boolean isVencePronto() {
        return vencePronto;
    }

    public void setVencePronto(boolean vencePronto) {
        this.vencePronto = vencePronto;
    }

    public boolean isMios() {
        return mios;
    }

    public void setMios(boolean mios) {
        this.mios = mios;
    }

    public String getUnidad() {
        return unidad;
    }

    public void setUnidad(String unidad) {
        this.unidad = unidad;
    }

    public boolean isRecientesPrimero() {
        return recientesPrimero;
    }

    public void setRecientesPrimero(boolean recientesPrimero) {
        this.recientesPrimero = recientesPrimero;
    }
}

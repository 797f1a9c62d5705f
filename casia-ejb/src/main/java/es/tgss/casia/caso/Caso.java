package es.tgss.casia.caso;

import es.tgss.casia.autorizacion.Autorizacion;
import es.tgss.casia.catalogo.Categoria;
import es.tgss.casia.catalogo.Clasificacion;
import es.tgss.casia.catalogo.Materia;
import es.tgss.casia.catalogo.Subcategoria;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.seguridad.Usuario;
import es.tgss.casia.tramitador.Unidad;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A case: a Consulta, Error/Incidencia or Trámite of an autorización RED. Its estado/subestado change only
 * through {@link #aplicar}, which asks {@link CicloDeVidaCaso} whether the action is allowed.
 */
@Entity
@Table(name = "caso")
@NamedQuery(name = Caso.POR_NUMERO, query = "select c from Caso c where c.numero = :numero")
@NamedQuery(
        name = Caso.POR_TOKEN,
        query = "select c from Caso c where c.autorizacion = :autorizacion and c.tokenAlta = :token")
public class Caso {

    /** The Valoración's observaciones: the column's length, checked by the service and counted by the form. */
    public static final int MAX_OBSERVACIONES_VALORACION = 1000;

    static final String POR_NUMERO = "Caso.porNumero";
    static final String POR_TOKEN = "Caso.porToken";

    @Id
    @SequenceGenerator(name = "caso_seq", sequenceName = "caso_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caso_seq")
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String numero;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "autorizacion_id", nullable = false, updatable = false)
    private Autorizacion autorizacion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Origen origen;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "usuario_alta_id", nullable = false, updatable = false)
    private Usuario usuarioAlta;

    @Column(name = "token_alta", length = ValidacionNuevoCaso.MAX_TOKEN_ALTA, updatable = false)
    private String tokenAlta;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TipoCaso tipo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "materia_id", nullable = false)
    private Materia materia;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "categoria_id", nullable = false)
    private Categoria categoria;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subcategoria_id")
    private Subcategoria subcategoria;

    @Column(name = "afecta_periodo_en_curso", nullable = false, updatable = false)
    private boolean afectaPeriodoEnCurso;

    @Column(nullable = false, length = ValidacionNuevoCaso.MAX_TITULO, updatable = false)
    private String titulo;

    @Column(nullable = false, length = ValidacionNuevoCaso.MAX_DESCRIPCION, updatable = false)
    private String descripcion;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "dato_complementario", joinColumns = @JoinColumn(name = "caso_id"))
    @OrderColumn(name = "linea")
    private List<DatoComplementario> datosComplementarios = new ArrayList<>();

    @Column(name = "fecha_alta", nullable = false, updatable = false)
    private OffsetDateTime fechaAlta;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private Subestado subestado;

    @Column(name = "anulacion_pendiente", nullable = false)
    private boolean anulacionPendiente;

    @Column(name = "fecha_ultima_solicitud")
    private OffsetDateTime fechaUltimaSolicitud;

    @Column(name = "ultimo_dia_informacion")
    private LocalDate ultimoDiaInformacion;

    @Column(name = "anulacion_automatica", nullable = false)
    private boolean anulacionAutomatica;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unidad_id")
    private Unidad unidad;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tramitador_id")
    private Usuario tramitador;

    @Column(length = MensajeCaso.MAX_TEXTO)
    private String respuesta;

    private Integer valoracion;

    @Column(name = "observaciones_valoracion", length = MAX_OBSERVACIONES_VALORACION)
    private String observacionesValoracion;

    @Column(name = "fecha_cierre")
    private OffsetDateTime fechaCierre;

    @Version
    private int version;

    protected Caso() {
        // for JPA
    }

    /** A case as a {@link CicloDeVidaCaso#crear creation} left it. */
    /**
     * @param nuevo the form, already checked (ValidacionNuevoCaso, the catalogue)
     * @param datos its datos complementarios as checked and normalised
     */
    Caso(
            Apertura apertura,
            NuevoCaso nuevo,
            Clasificacion clasificacion,
            List<DatoComplementario> datos,
            Instant ahora,
            Transicion creacion) {
        this.numero = apertura.numero();
        this.autorizacion = apertura.autorizacion();
        this.origen = apertura.origen();
        this.usuarioAlta = apertura.usuarioAlta();
        this.tokenAlta = apertura.tokenAlta();
        this.tipo = nuevo.tipo();
        clasificar(clasificacion);
        this.afectaPeriodoEnCurso = nuevo.afectaPeriodoEnCurso();
        this.titulo = nuevo.titulo().strip();
        this.descripcion = nuevo.descripcion().strip();
        this.datosComplementarios.addAll(datos);
        this.fechaAlta = ahora.atOffset(ZoneOffset.UTC);
        guardar(creacion.nuevo(), ahora);
    }

    /** The current state as the life-cycle rule sees it. */
    public EstadoCaso estadoCaso() {
        return new EstadoCaso(
                subestado,
                anulacionPendiente,
                fechaUltimaSolicitud == null ? null : fechaUltimaSolicitud.toInstant(),
                ultimoDiaInformacion,
                valoracion != null,
                anulacionAutomatica);
    }

    /**
     * The only way the state changes: the rule decides, the case stores the result.
     *
     * @throws es.tgss.casia.error.ErrorDeNegocio {@code TRANSICION_NO_PERMITIDA} when the action is not allowed now,
     *     its key saying why ({@link MotivoRechazo})
     */
    Transicion aplicar(Accion accion, TipoActor actor, Contexto contexto) {
        Transicion t = CicloDeVidaCaso.aplicar(estadoCaso(), accion, actor, contexto);
        guardar(t.nuevo(), contexto.ahora());
        return t;
    }

    private void guardar(EstadoCaso nuevo, Instant ahora) {
        subestado = nuevo.subestado();
        anulacionPendiente = nuevo.anulacionPendiente();
        anulacionAutomatica = nuevo.anulacionAutomatica();
        fechaUltimaSolicitud = nuevo.fechaUltimaSolicitudInformacion() == null
                ? null
                : nuevo.fechaUltimaSolicitudInformacion().atOffset(ZoneOffset.UTC);
        ultimoDiaInformacion = nuevo.ultimoDiaParaResponder();
        if (subestado.cerrado() && fechaCierre == null) {
            fechaCierre = ahora.atOffset(ZoneOffset.UTC);
        }
    }

    void clasificar(Clasificacion clasificacion) {
        materia = clasificacion.materia();
        categoria = clasificacion.categoria();
        subcategoria = clasificacion.subcategoria().orElse(null);
    }

    void asignarA(Usuario tramitador, Unidad unidad) {
        this.tramitador = tramitador;
        this.unidad = unidad;
    }

    void responder(String respuesta) {
        this.respuesta = respuesta;
    }

    void valorar(int puntuacion, String observaciones) {
        this.valoracion = puntuacion;
        this.observacionesValoracion = observaciones;
    }

    public Long getId() {
        return id;
    }

    public String getNumero() {
        return numero;
    }

    public Autorizacion getAutorizacion() {
        return autorizacion;
    }

    public Origen getOrigen() {
        return origen;
    }

    public Usuario getUsuarioAlta() {
        return usuarioAlta;
    }

    public TipoCaso getTipo() {
        return tipo;
    }

    public Materia getMateria() {
        return materia;
    }

    public Categoria getCategoria() {
        return categoria;
    }

    public Optional<Subcategoria> getSubcategoria() {
        return Optional.ofNullable(subcategoria);
    }

    public boolean isAfectaPeriodoEnCurso() {
        return afectaPeriodoEnCurso;
    }

    public String getTitulo() {
        return titulo;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public List<DatoComplementario> getDatosComplementarios() {
        return List.copyOf(datosComplementarios);
    }

    public OffsetDateTime getFechaAlta() {
        return fechaAlta;
    }

    public Estado getEstado() {
        return subestado.estado();
    }

    public Subestado getSubestado() {
        return subestado;
    }

    public boolean isAnulacionPendiente() {
        return anulacionPendiente;
    }

    public boolean isAnulacionAutomatica() {
        return anulacionAutomatica;
    }

    public Optional<OffsetDateTime> getFechaUltimaSolicitud() {
        return Optional.ofNullable(fechaUltimaSolicitud);
    }

    /** While in Solicitada Información, the last day (Madrid, inclusive) to provide what was requested. */
    public Optional<LocalDate> getUltimoDiaInformacion() {
        return Optional.ofNullable(ultimoDiaInformacion);
    }

    public Optional<Unidad> getUnidad() {
        return Optional.ofNullable(unidad);
    }

    public Optional<Usuario> getTramitador() {
        return Optional.ofNullable(tramitador);
    }

    public Optional<String> getRespuesta() {
        return Optional.ofNullable(respuesta);
    }

    public Optional<Integer> getValoracion() {
        return Optional.ofNullable(valoracion);
    }

    public Optional<String> getObservacionesValoracion() {
        return Optional.ofNullable(observacionesValoracion);
    }

    public Optional<OffsetDateTime> getFechaCierre() {
        return Optional.ofNullable(fechaCierre);
    }

    public int getVersion() {
        return version;
    }
}

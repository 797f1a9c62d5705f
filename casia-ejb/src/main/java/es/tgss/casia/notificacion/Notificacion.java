package es.tgss.casia.notificacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One e-mail notice in the outbox: its plain-text and HTML bodies, rendered when it was queued, and where its sending
 * stands.
 */
@Entity
@Table(name = "notificacion")
@NamedQuery(
        name = Notificacion.POR_ESTADO,
        query = "select n from Notificacion n where n.estado = :estado order by n.creada desc, n.id desc")
public class Notificacion {

    static final String POR_ESTADO = "Notificacion.porEstado";
    static final int MAX_ASUNTO = 200;
    static final int MAX_CUERPO = 8000;
    static final int MAX_ERROR = 500;
    /**
     * After this many refused attempts a notice is no longer retried and ops must look at it (FALLIDA). With the
     * backoff below that is about an hour of retries.
     */
    static final int MAX_INTENTOS = 8;
    /** The wait after the first refused attempt; it doubles after each further one. */
    static final Duration PRIMERA_ESPERA = Duration.ofSeconds(30);

    @Id
    @SequenceGenerator(name = "notificacion_seq", sequenceName = "notificacion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notificacion_seq")
    private Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String destinatario;

    @Column(nullable = false, length = MAX_ASUNTO, updatable = false)
    private String asunto;

    @Column(nullable = false, length = MAX_CUERPO, updatable = false)
    private String cuerpo;

    @Column(name = "cuerpo_html", updatable = false)
    private String cuerpoHtml;

    @Column(nullable = false, length = 32, updatable = false)
    private String clave;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime creada;

    @Column(name = "proximo_intento", nullable = false)
    private OffsetDateTime proximoIntento;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EstadoNotificacion estado;

    @Column(nullable = false)
    private int intentos;

    @Column(name = "ultimo_error", length = MAX_ERROR)
    private String ultimoError;

    private OffsetDateTime enviada;

    @Version
    private int version;

    protected Notificacion() {
        // for JPA
    }

    Notificacion(String destinatario, String asunto, String cuerpo, String cuerpoHtml, OffsetDateTime creada) {
        this.destinatario = destinatario;
        this.asunto = asunto;
        this.cuerpo = cuerpo;
        this.cuerpoHtml = cuerpoHtml;
        this.clave = UUID.randomUUID().toString().replace("-", "");
        this.creada = creada;
        this.proximoIntento = creada;
        this.estado = EstadoNotificacion.PENDIENTE;
    }

    void marcarEnviada(OffsetDateTime cuando) {
        estado = EstadoNotificacion.ENVIADA;
        enviada = cuando;
        intentos++;
        ultimoError = null;
    }

    /** The server refused this message (or lost the connection while taking it): wait longer each time, then give up. */
    void anotarFallo(String error, OffsetDateTime cuando) {
        intentos++;
        ultimoError = recortarError(error);
        if (intentos >= MAX_INTENTOS) {
            estado = EstadoNotificacion.FALLIDA;
        } else {
            proximoIntento = cuando.plus(espera(intentos));
        }
    }

    /**
     * The server could not be reached: not this message's fault, so no attempt is counted and it goes out as soon as
     * the server answers again; the error is kept for ops.
     */
    void anotarSinServidor(String error) {
        ultimoError = recortarError(error);
    }

    /** Ops send a failed notice again: a fresh series of attempts, due now. */
    void reintentar(OffsetDateTime cuando) {
        estado = EstadoNotificacion.PENDIENTE;
        intentos = 0;
        proximoIntento = cuando;
    }

    /** The wait before the next attempt once {@code intentos} attempts were refused: 30 s, 1 min, 2 min, 4 min… */
    static Duration espera(int intentos) {
        return PRIMERA_ESPERA.multipliedBy(1L << Math.min(Math.max(intentos - 1, 0), 20));
    }

    private static String recortarError(String error) {
        String texto = error == null ? "" : error;
        return texto.length() > MAX_ERROR ? texto.substring(0, MAX_ERROR) : texto;
    }

    public Long getId() {
        return id;
    }

    public String getDestinatario() {
        return destinatario;
    }

    public String getAsunto() {
        return asunto;
    }

    public String getCuerpo() {
        return cuerpo;
    }

    public Optional<String> getCuerpoHtml() {
        return Optional.ofNullable(cuerpoHtml);
    }

    /** The random part of the Message-ID, fixed when queued. */
    public String getClave() {
        return clave;
    }

    public OffsetDateTime getProximoIntento() {
        return proximoIntento;
    }

    public OffsetDateTime getCreada() {
        return creada;
    }

    public EstadoNotificacion getEstado() {
        return estado;
    }

    public int getIntentos() {
        return intentos;
    }

    public Optional<String> getUltimoError() {
        return Optional.ofNullable(ultimoError);
    }

    public Optional<OffsetDateTime> getEnviada() {
        return Optional.ofNullable(enviada);
    }
}

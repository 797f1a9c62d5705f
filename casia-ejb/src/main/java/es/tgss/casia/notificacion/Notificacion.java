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
import java.time.OffsetDateTime;
import java.util.Optional;

/** One e-mail notice in the outbox. */
@Entity
@Table(name = "notificacion")
@NamedQuery(
        name = Notificacion.PENDIENTES,
        query = "select n from Notificacion n where n.estado = :estado order by n.creada, n.id")
public class Notificacion {

    static final String PENDIENTES = "Notificacion.pendientes";
    static final int MAX_ASUNTO = 200;
    static final int MAX_CUERPO = 8000;
    static final int MAX_ERROR = 500;
    /** After this many failed attempts a notice is no longer retried and ops must look at it. */
    static final int MAX_INTENTOS = 5;

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

    @Column(nullable = false, updatable = false)
    private OffsetDateTime creada;

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

    Notificacion(String destinatario, String asunto, String cuerpo, OffsetDateTime creada) {
        this.destinatario = destinatario;
        this.asunto = asunto;
        this.cuerpo = cuerpo;
        this.creada = creada;
        this.estado = EstadoNotificacion.PENDIENTE;
    }

    void marcarEnviada(OffsetDateTime cuando) {
        estado = EstadoNotificacion.ENVIADA;
        enviada = cuando;
        intentos++;
        ultimoError = null;
    }

    void anotarFallo(String error) {
        intentos++;
        ultimoError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (intentos >= MAX_INTENTOS) {
            estado = EstadoNotificacion.FALLIDA;
        }
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

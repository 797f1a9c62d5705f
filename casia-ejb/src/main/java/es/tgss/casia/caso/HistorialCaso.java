package es.tgss.casia.caso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * "Consulta de Histórico" and the audit of the case: one row per action (who, when, what, from which address), written
 * with it. Never changed afterwards (the database refuses it).
 */
@Entity
@Table(name = "historial_caso")
public class HistorialCaso {

    @Id
    @SequenceGenerator(name = "historial_caso_seq", sequenceName = "historial_caso_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "historial_caso_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "caso_id", nullable = false, updatable = false)
    private Caso caso;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Accion accion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25, updatable = false)
    private Subestado subestado;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime fecha;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(length = 4000, updatable = false)
    private String observacion;

    /** The address the action came from (audit); null for the nightly jobs. */
    @Column(length = 45, updatable = false)
    private String direccion;

    protected HistorialCaso() {
        // for JPA
    }

    public HistorialCaso(
            Caso caso,
            Accion accion,
            Subestado subestado,
            OffsetDateTime fecha,
            String actor,
            String observacion,
            String direccion) {
        this.caso = caso;
        this.accion = accion;
        this.subestado = subestado;
        this.fecha = fecha;
        this.actor = actor;
        this.observacion = observacion;
        this.direccion = direccion;
    }

    public Accion getAccion() {
        return accion;
    }

    public Subestado getSubestado() {
        return subestado;
    }

    public Estado getEstado() {
        return subestado.estado();
    }

    public OffsetDateTime getFecha() {
        return fecha;
    }

    public String getActor() {
        return actor;
    }

    public String getDireccion() {
        return direccion;
    }

    public String getObservacion() {
        return observacion;
    }
}

package es.tgss.casia.caso;

import es.tgss.casia.autorizacion.Autorizacion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The Resolución de Desistimiento a cierre de oficio of a Trámite leaves to issue, as the closure records it: a row
 * of resolucion_desistimiento (V16) with what the resolución will state. An entity so that it is written with the
 * closure's other rows in one flush, batched with them; what issuing, the Sede and the comparecencia add to the row
 * later ({@link es.tgss.casia.caso.resolucion.EmisionDeResoluciones}) is theirs, written by their own statements,
 * and not mapped here. A second one for the case is refused by the database (uq_resolucion_caso).
 */
@Entity
@Table(name = "resolucion_desistimiento")
class ResolucionPendiente {

    @Id
    // The sequence of V16 goes one by one.
    @SequenceGenerator(
            name = "resolucion_desistimiento_seq",
            sequenceName = "resolucion_desistimiento_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resolucion_desistimiento_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "caso_id", nullable = false, updatable = false)
    private Caso caso;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "autorizacion_id", nullable = false, updatable = false)
    private Autorizacion autorizacion;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime solicitada;

    @Column(name = "ultimo_dia", nullable = false, updatable = false)
    private LocalDate ultimoDia;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime cerrado;

    protected ResolucionPendiente() {
        // for JPA
    }

    ResolucionPendiente(Caso caso, OffsetDateTime solicitada, LocalDate ultimoDia, OffsetDateTime cerrado) {
        this.caso = caso;
        this.autorizacion = caso.getAutorizacion();
        this.solicitada = solicitada;
        this.ultimoDia = ultimoDia;
        this.cerrado = cerrado;
    }
}

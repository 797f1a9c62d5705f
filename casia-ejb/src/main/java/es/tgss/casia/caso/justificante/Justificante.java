package es.tgss.casia.caso.justificante;

import es.tgss.casia.caso.Caso;
import es.tgss.casia.emision.Cea;
import es.tgss.casia.emision.ClaseDeJustificante;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A justificante as issued: its case, its kind, its CEA and the sealed PDF with its SHA-256 and size, the same
 * bytes on every download. Written once by {@link Justificantes}; never changed
 * (insert-only columns here, a trigger in the database); read in JPQL into read models, so it has no getters.
 */
@Entity
@Table(name = "justificante")
public class Justificante {

    @Id
    @SequenceGenerator(name = "justificante_seq", sequenceName = "justificante_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "justificante_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "caso_id", nullable = false, updatable = false)
    private Caso caso;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private ClaseDeJustificante clase;

    @Column(name = "cea_id", nullable = false, length = 12, updatable = false)
    private String ceaId;

    @Column(name = "cea_fecha", nullable = false, updatable = false)
    private LocalDate ceaFecha;

    @Column(name = "cea_codigo", nullable = false, length = 30, updatable = false)
    private String ceaCodigo;

    @Column(name = "huella_sha256", nullable = false, length = 64, updatable = false)
    private String huellaSha256;

    @Column(nullable = false, updatable = false)
    private long tamano;

    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime emitido;

    protected Justificante() {
        // for JPA
    }

    public Justificante(
            Caso caso, ClaseDeJustificante clase, Cea cea, byte[] pdf, String huellaSha256, OffsetDateTime emitido) {
        this.caso = caso;
        this.clase = clase;
        this.ceaId = cea.id();
        this.ceaFecha = cea.fecha();
        this.ceaCodigo = cea.codigo();
        this.pdf = pdf;
        this.huellaSha256 = huellaSha256;
        this.tamano = pdf.length;
        this.emitido = emitido;
    }

    public Long getId() {
        return id;
    }
}

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

/** A request for information, an autorizado's contribution, an answer or an internal note. */
@Entity
@Table(name = "mensaje_caso")
public class MensajeCaso {

    public static final int MAX_TEXTO = 4000;

    @Id
    @SequenceGenerator(name = "mensaje_caso_seq", sequenceName = "mensaje_caso_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mensaje_caso_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "caso_id", nullable = false, updatable = false)
    private Caso caso;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private TipoMensaje tipo;

    @Column(nullable = false, length = MAX_TEXTO, updatable = false)
    private String texto;

    @Column(nullable = false, length = 64, updatable = false)
    private String autor;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime fecha;

    @Column(nullable = false, updatable = false)
    private boolean interno;

    protected MensajeCaso() {
        // for JPA
    }

    MensajeCaso(Caso caso, TipoMensaje tipo, String texto, String autor, OffsetDateTime fecha) {
        this.caso = caso;
        this.tipo = tipo;
        this.texto = texto;
        this.autor = autor;
        this.fecha = fecha;
        this.interno = tipo == TipoMensaje.NOTA_INTERNA;
    }

    public TipoMensaje getTipo() {
        return tipo;
    }

    public String getTexto() {
        return texto;
    }

    public String getAutor() {
        return autor;
    }

    public OffsetDateTime getFecha() {
        return fecha;
    }

    public boolean isInterno() {
        return interno;
    }
}

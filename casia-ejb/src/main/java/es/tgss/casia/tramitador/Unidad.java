package es.tgss.casia.tramitador;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A TGSS unit whose tramitadores work cases: a Dirección Provincial or a central unit. */
@Entity
@Table(name = "unidad")
public class Unidad {

    @Id
    @SequenceGenerator(name = "unidad_seq", sequenceName = "unidad_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unidad_seq")
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String codigo;

    @Column(nullable = false, length = 150)
    private String nombre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TipoUnidad tipo;

    @Version
    private int version;

    protected Unidad() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getCodigo() {
        return codigo;
    }

    public String getNombre() {
        return nombre;
    }

    public TipoUnidad getTipo() {
        return tipo;
    }
}

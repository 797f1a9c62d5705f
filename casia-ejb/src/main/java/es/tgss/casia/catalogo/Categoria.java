package es.tgss.casia.catalogo;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Second level: a categoría belongs to one materia for one tipo de caso. Read-only here. */
@Entity
@Cacheable
@Table(name = "categoria")
public class Categoria {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "materia_id", nullable = false, updatable = false, insertable = false)
    private Materia materia;

    @Enumerated(EnumType.STRING)
    @Column(name = "tipo_caso", nullable = false, updatable = false, insertable = false)
    private TipoCaso tipo;

    @Column(nullable = false, updatable = false)
    private String codigo;

    @Column(nullable = false, updatable = false)
    private String nombre;

    @Column(nullable = false, updatable = false)
    private boolean activa;

    @Column(nullable = false, updatable = false)
    private int orden;

    protected Categoria() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public Materia getMateria() {
        return materia;
    }

    public TipoCaso getTipo() {
        return tipo;
    }

    public String getCodigo() {
        return codigo;
    }

    public String getNombre() {
        return nombre;
    }

    public boolean isActiva() {
        return activa;
    }
}

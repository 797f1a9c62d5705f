package es.tgss.casia.catalogo;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Third, optional level of the classification. Read-only here. */
@Entity
@Cacheable
@Table(name = "subcategoria")
public class Subcategoria {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "categoria_id", nullable = false, updatable = false, insertable = false)
    private Categoria categoria;

    @Column(nullable = false, updatable = false)
    private String codigo;

    @Column(nullable = false, updatable = false)
    private String nombre;

    @Column(nullable = false, updatable = false)
    private boolean activa;

    @Column(nullable = false, updatable = false)
    private int orden;

    protected Subcategoria() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public Categoria getCategoria() {
        return categoria;
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

package es.tgss.casia.catalogo;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** First level of the classification; which tipos offer it is in materia_tipo_caso. Read-only here. */
@Entity
@Cacheable
@Table(name = "materia")
public class Materia {

    @Id
    private Long id;

    @Column(nullable = false, updatable = false)
    private String codigo;

    @Column(nullable = false, updatable = false)
    private String nombre;

    @Column(nullable = false, updatable = false)
    private boolean activa;

    @Column(nullable = false, updatable = false)
    private int orden;

    protected Materia() {
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

    public boolean isActiva() {
        return activa;
    }

    public int getOrden() {
        return orden;
    }
}

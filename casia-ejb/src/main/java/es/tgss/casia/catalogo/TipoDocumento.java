package es.tgss.casia.catalogo;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the "Tipo de documento" list of Anexar Información. Read-only here. */
@Entity
@Cacheable
@Table(name = "tipo_documento")
public class TipoDocumento {

    /** The one the manual requires for an error/incidencia of Materia Técnica. */
    public static final String FORMULARIO_DATOS_TECNICOS = "FORMULARIO_DATOS_TECNICOS";

    @Id
    private Long id;

    @Column(nullable = false, updatable = false)
    private String codigo;

    @Column(nullable = false, updatable = false)
    private String nombre;

    @Column(nullable = false, updatable = false)
    private boolean activo;

    @Column(nullable = false, updatable = false)
    private int orden;

    protected TipoDocumento() {
        // for JPA
    }

    /** For checks outside the database (unit tests of the validation). */
    public TipoDocumento(String codigo, String nombre) {
        this.codigo = codigo;
        this.nombre = nombre;
        this.activo = true;
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

    public boolean isActivo() {
        return activo;
    }

    public int getOrden() {
        return orden;
    }
}

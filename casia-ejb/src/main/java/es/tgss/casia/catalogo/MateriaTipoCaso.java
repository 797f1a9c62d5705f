package es.tgss.casia.catalogo;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which materias each tipo de caso offers, in which order, and whether they need the technical data form. */
@Entity
@Cacheable
@Table(name = "materia_tipo_caso")
public class MateriaTipoCaso {

    @Id
    private Long id;

    @Column(name = "materia_id", nullable = false, updatable = false)
    private Long materiaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "tipo_caso", nullable = false, updatable = false)
    private TipoCaso tipo;

    @Column(name = "requiere_formulario_tecnico", nullable = false, updatable = false)
    private boolean requiereFormularioTecnico;

    @Column(nullable = false, updatable = false)
    private boolean activa;

    @Column(nullable = false, updatable = false)
    private int orden;

    protected MateriaTipoCaso() {
        // for JPA
    }
}

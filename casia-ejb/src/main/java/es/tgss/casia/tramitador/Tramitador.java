package es.tgss.casia.tramitador;

import es.tgss.casia.seguridad.Usuario;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A TGSS user who works cases (tramitador or supervisor) and the unidad they belong to. */
@Entity
@Table(name = "tramitador")
@NamedQuery(name = Tramitador.POR_LOGIN, query = """
        select t from Tramitador t join fetch t.usuario u join fetch t.unidad where u.login = :login""")
public class Tramitador {

    static final String POR_LOGIN = "Tramitador.porLogin";

    @Id
    private Long usuarioId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "usuario_id")
    private Usuario usuario;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unidad_id", nullable = false)
    private Unidad unidad;

    protected Tramitador() {
        // for JPA
    }

    public Usuario getUsuario() {
        return usuario;
    }

    public Unidad getUnidad() {
        return unidad;
    }
}

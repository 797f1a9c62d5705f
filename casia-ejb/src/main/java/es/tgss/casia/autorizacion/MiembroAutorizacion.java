package es.tgss.casia.autorizacion;

import es.tgss.casia.seguridad.Usuario;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A user's membership of an autorización RED, as usuario principal or secundario. */
@Entity
@Table(name = "miembro_autorizacion")
@NamedQuery(name = MiembroAutorizacion.DE_USUARIO_Y_NUMERO, query = """
        select m from MiembroAutorizacion m join fetch m.autorizacion a join fetch m.usuario u
        where u.login = :login and a.numero = :numero""")
@NamedQuery(name = MiembroAutorizacion.PERTENENCIA, query = """
        select count(m) from MiembroAutorizacion m
        where m.usuario.login = :login and m.autorizacion.numero = :numero""")
public class MiembroAutorizacion {

    static final String DE_USUARIO_Y_NUMERO = "MiembroAutorizacion.deUsuarioYNumero";
    static final String PERTENENCIA = "MiembroAutorizacion.pertenencia";

    @EmbeddedId
    private Clave clave;

    @MapsId("autorizacionId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "autorizacion_id")
    private Autorizacion autorizacion;

    @MapsId("usuarioId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "usuario_id")
    private Usuario usuario;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TipoMiembro tipo;

    protected MiembroAutorizacion() {
        // for JPA
    }

    public Autorizacion getAutorizacion() {
        return autorizacion;
    }

    public Usuario getUsuario() {
        return usuario;
    }

    public TipoMiembro getTipo() {
        return tipo;
    }

    public boolean isPrincipal() {
        return tipo == TipoMiembro.PRINCIPAL;
    }

    /** Composite key: one row per autorización and user. */
    @Embeddable
    public static class Clave implements Serializable {
        @Column(name = "autorizacion_id")
        private Long autorizacionId;

        @Column(name = "usuario_id")
        private Long usuarioId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Clave c
                    && Objects.equals(autorizacionId, c.autorizacionId)
                    && Objects.equals(usuarioId, c.usuarioId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(autorizacionId, usuarioId);
        }
    }
}

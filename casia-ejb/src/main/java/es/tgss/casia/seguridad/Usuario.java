package es.tgss.casia.seguridad;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who logs in to CASIA: an autorizado RED user, a tramitador, a supervisor or ops. The password hash
 * is read only by the identity store (SQL), never through this entity.
 */
@Entity
@Table(name = "usuario")
@NamedQuery(name = Usuario.POR_LOGIN, query = "select u from Usuario u where u.login = :login")
public class Usuario {

    static final String POR_LOGIN = "Usuario.porLogin";

    @Id
    @SequenceGenerator(name = "usuario_seq", sequenceName = "usuario_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usuario_seq")
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String login;

    @Column(nullable = false, length = 9)
    private String nif;

    @Column(nullable = false, length = 80)
    private String nombre;

    @Column(nullable = false, length = 120)
    private String apellidos;

    @Column(nullable = false)
    private boolean activo;

    @ElementCollection
    @CollectionTable(name = "usuario_rol", joinColumns = @JoinColumn(name = "usuario_id"))
    @Column(name = "rol", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Rol> roles = new HashSet<>();

    @Version
    private int version;

    protected Usuario() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getNif() {
        return nif;
    }

    public String getNombre() {
        return nombre;
    }

    public String getApellidos() {
        return apellidos;
    }

    /** "Nombre y apellidos", as the manual's header shows it. */
    public String getNombreYApellidos() {
        return nombre + " " + apellidos;
    }

    public boolean isActivo() {
        return activo;
    }

    public Set<Rol> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(roles);
    }
}

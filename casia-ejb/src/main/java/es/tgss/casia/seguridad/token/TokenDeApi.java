package es.tgss.casia.seguridad.token;

import es.tgss.casia.seguridad.Usuario;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One personal token of a user: its name, its expiry and, once revoked, when. The token itself is never stored. */
@Entity
@Table(name = "token_api")
public class TokenDeApi {

    @Id
    @SequenceGenerator(name = "token_api_seq", sequenceName = "token_api_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "token_api_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "usuario_id", nullable = false, updatable = false)
    private Usuario usuario;

    @Column(nullable = false, length = 80)
    private String nombre;

    @Column(nullable = false, length = 16, updatable = false)
    private String prefijo;

    @Column(nullable = false, updatable = false)
    private byte[] huella;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime creado;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime caduca;

    private OffsetDateTime revocado;

    @Column(name = "ultimo_uso")
    private LocalDate ultimoUso;

    @Version
    private int version;

    protected TokenDeApi() {}

    TokenDeApi(Usuario usuario, String nombre, String prefijo, byte[] huella, Instant creado, Instant caduca) {
        this.usuario = usuario;
        this.nombre = nombre;
        this.prefijo = prefijo;
        this.huella = huella.clone();
        this.creado = creado.atOffset(ZoneOffset.UTC);
        this.caduca = caduca.atOffset(ZoneOffset.UTC);
    }

    /** Revoking twice keeps the first time. */
    void revocar(Instant ahora) {
        if (revocado == null) {
            revocado = ahora.atOffset(ZoneOffset.UTC);
        }
    }

    Long id() {
        return id;
    }

    Usuario usuario() {
        return usuario;
    }

    TokenVisible visible() {
        return new TokenVisible(id, nombre, prefijo, creado, caduca, revocado, ultimoUso);
    }
}

package es.tgss.casia.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.arranque.Arranque;
import es.tgss.casia.demo.DatosDemo;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database identity store CASIA declares, asked through the container's own handler. */
@ExtendWith(ArquillianExtension.class)
class IdentidadIT {

    @Inject
    private IdentityStoreHandler identidades;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Resource(lookup = Arranque.DATASOURCE)
    private DataSource dataSource;

    @Test
    void unAutorizadoConSuContrasenaEntraConElRolAutorizado() {
        CredentialValidationResult r = validar("12345678Z", DatosDemo.CONTRASENA);
        assertThat(r.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(r.getCallerGroups()).containsExactly(Rol.Nombre.AUTORIZADO);
    }

    @Test
    void elSupervisorEsTambienTramitadorYOpsSoloOps() {
        assertThat(validar("sup.madrid", DatosDemo.CONTRASENA).getCallerGroups())
                .containsExactlyInAnyOrder(Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR);
        assertThat(validar("ops1", DatosDemo.CONTRASENA).getCallerGroups()).containsExactly(Rol.Nombre.OPS);
    }

    @Test
    void unaContrasenaEquivocadaOUnUsuarioQueNoExisteNoEntran() {
        assertThat(validar("12345678Z", "otra").getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(validar("nadie", DatosDemo.CONTRASENA).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void elPrincipalDelSistemaNoPuedeSerUnLogin() throws SQLException {
        // glassfish-web.xml gives the principal "sistema" the role SISTEMA: a user with that login would get it.
        String contrasena = Contrasenas.configurar(hash).generate(DatosDemo.CONTRASENA.toCharArray());
        try (Connection c = dataSource.getConnection()) {
            ejecutar(
                    c,
                    "insert into usuario (id, login, nif, nombre, apellidos, password_hash, activo, version)"
                            + " values (nextval('usuario_seq'), ?, '00000000T', 'Prueba', 'Sistema', ?, true, 0)",
                    Rol.PRINCIPAL_SISTEMA,
                    contrasena);
            try {
                assertThat(validar(Rol.PRINCIPAL_SISTEMA, DatosDemo.CONTRASENA).getStatus())
                        .isEqualTo(CredentialValidationResult.Status.INVALID);
                // The same row under another login enters: it is the login that is refused.
                ejecutar(c, "update usuario set login = 'sistema-prueba' where login = ?", Rol.PRINCIPAL_SISTEMA);
                assertThat(validar("sistema-prueba", DatosDemo.CONTRASENA).getStatus())
                        .isEqualTo(CredentialValidationResult.Status.VALID);
            } finally {
                ejecutar(c, "delete from usuario where login in (?, 'sistema-prueba')", Rol.PRINCIPAL_SISTEMA);
            }
        }
    }

    private static void ejecutar(Connection c, String sql, String... parametros) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametros.length; i++) {
                ps.setString(i + 1, parametros[i]);
            }
            ps.executeUpdate();
        }
    }

    private CredentialValidationResult validar(String login, String contrasena) {
        return identidades.validate(new UsernamePasswordCredential(login, contrasena));
    }
}

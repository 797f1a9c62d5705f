package es.tgss.casia.web.acceso;

import es.tgss.casia.arranque.Arranque;
import es.tgss.casia.seguridad.Contrasenas;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The users in the database, passwords hashed as {@link Contrasenas} defines. It replaces the container's
 * {@code @DatabaseIdentityStoreDefinition}, which answered an unknown user at once (about 10 ms) and a wrong
 * password after hashing it (about 185 ms): the time alone told which NIFs have an account. Here a user that does
 * not exist, or is not active, has the password checked against a hash made at start-up with the same parameters,
 * so every wrong login costs one PBKDF2.
 */
@ApplicationScoped
public class UsuariosDeLaBaseDeDatos implements IdentityStore {

    /** The system identity's principal is never a login: glassfish-web.xml gives that principal the role SISTEMA. */
    private static final String CONTRASENA = "select password_hash from usuario where login = ? and activo = true"
            + " and login <> '" + Rol.PRINCIPAL_SISTEMA + "'";

    private static final String GRUPOS =
            "select r.rol from usuario_rol r join usuario u on u.id = r.usuario_id where u.login = ?";

    @Resource(lookup = Arranque.DATASOURCE)
    private DataSource datos;

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Stands for the hash of a user that does not exist. */
    private String hashFicticio;

    @PostConstruct
    void preparar() {
        Contrasenas.configurar(hash);
        char[] aleatoria = new char[32];
        SecureRandom azar = new SecureRandom();
        for (int i = 0; i < aleatoria.length; i++) {
            aleatoria[i] = (char) ('a' + azar.nextInt(26));
        }
        hashFicticio = hash.generate(aleatoria);
    }

    @Override
    public CredentialValidationResult validate(Credential credencial) {
        if (!(credencial instanceof UsernamePasswordCredential usuario)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String login = usuario.getCaller();
        Optional<String> guardado = consultar(CONTRASENA, login).stream().findFirst();
        boolean correcta = hash.verify(usuario.getPassword().getValue(), guardado.orElse(hashFicticio));
        if (guardado.isEmpty() || !correcta) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(login, consultar(GRUPOS, login));
    }

    @Override
    public int priority() {
        return 70; // as the container's database store: after AccesoYaValidado (10)
    }

    private Set<String> consultar(String sql, String login) {
        try (Connection c = datos.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, login);
            try (ResultSet filas = s.executeQuery()) {
                Set<String> valores = new HashSet<>();
                while (filas.next()) {
                    valores.add(filas.getString(1));
                }
                return valores;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se han podido leer los datos de acceso de la base de datos", e);
        }
    }
}

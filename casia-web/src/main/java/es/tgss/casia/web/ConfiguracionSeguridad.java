package es.tgss.casia.web;

import es.tgss.casia.arranque.Arranque;
import es.tgss.casia.seguridad.Contrasenas;
import es.tgss.casia.seguridad.Rol;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * How people log in: a form (login.xhtml) checked against the users in the database, passwords hashed with
 * PBKDF2 as {@link Contrasenas} defines. The groups of a user are their roles. The system identity's principal is
 * never a login: glassfish-web.xml gives that principal the role SISTEMA.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = ""))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = Arranque.DATASOURCE,
        callerQuery = "select password_hash from usuario where login = ? and activo = true and login <> '"
                + Rol.PRINCIPAL_SISTEMA + "'",
        groupsQuery = "select r.rol from usuario_rol r join usuario u on u.id = r.usuario_id where u.login = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            Contrasenas.ALGORITMO, Contrasenas.ITERACIONES, Contrasenas.BYTES_SAL, Contrasenas.BYTES_CLAVE
        })
@ApplicationScoped
public class ConfiguracionSeguridad {
}

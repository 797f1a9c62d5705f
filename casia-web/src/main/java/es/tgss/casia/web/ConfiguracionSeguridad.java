package es.tgss.casia.web;

import es.tgss.casia.web.acceso.UsuariosDeLaBaseDeDatos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How people log in: a form (login.xhtml) checked against the users in the database
 * ({@link UsuariosDeLaBaseDeDatos}). The groups of a user are their roles. The system identity's principal is never
 * a login: glassfish-web.xml gives that principal the role SISTEMA.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = ""))
@ApplicationScoped
public class ConfiguracionSeguridad {}

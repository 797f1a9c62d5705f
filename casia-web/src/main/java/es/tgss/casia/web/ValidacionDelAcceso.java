package es.tgss.casia.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The credential the login form has just validated, for this request only. The form checks the password first
 * (so that a wrong one gets a message on the form, not the container's 401 page) and then asks the container to
 * log the user in, which validates again: {@link AccesoYaValidado} answers that second validation from here, so a
 * login costs one PBKDF2 (210,000 iterations), not two.
 */
@RequestScoped
public class ValidacionDelAcceso {

    private String login;
    private byte[] contrasena;
    private CredentialValidationResult resultado;
    private int reutilizada;

    /** Only a VALID result is kept. */
    void recordar(UsernamePasswordCredential credencial, CredentialValidationResult valida) {
        if (valida.getStatus() == CredentialValidationResult.Status.VALID) {
            login = credencial.getCaller();
            contrasena = credencial.getPasswordAsString().getBytes(StandardCharsets.UTF_8);
            resultado = valida;
        }
    }

    /** The kept result, for exactly the same user and password (compared in constant time). */
    Optional<CredentialValidationResult> para(UsernamePasswordCredential credencial) {
        if (resultado == null
                || !login.equals(credencial.getCaller())
                || !MessageDigest.isEqual(
                        contrasena, credencial.getPasswordAsString().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        reutilizada++;
        return Optional.of(resultado);
    }

    /** How many validations were answered from here in this request (for the tests). */
    int reutilizada() {
        return reutilizada;
    }
}

package es.tgss.casia.seguridad;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The one definition of how CASIA hashes passwords, shared by the identity store (which checks them) and by
 * whatever sets them. PBKDF2 with HMAC-SHA-512 at 210,000 iterations follows OWASP's current advice.
 */
public final class Contrasenas {

    public static final String ALGORITMO = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERACIONES = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String BYTES_SAL = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String BYTES_CLAVE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    private Contrasenas() {}

    /** Prepares a {@link Pbkdf2PasswordHash} with CASIA's parameters. */
    public static Pbkdf2PasswordHash configurar(Pbkdf2PasswordHash hash) {
        hash.initialize(Map.of(
                clave(ALGORITMO), valor(ALGORITMO),
                clave(ITERACIONES), valor(ITERACIONES),
                clave(BYTES_SAL), valor(BYTES_SAL),
                clave(BYTES_CLAVE), valor(BYTES_CLAVE)));
        return hash;
    }

    private static String clave(String parametro) {
        return parametro.substring(0, parametro.indexOf('='));
    }

    private static String valor(String parametro) {
        return parametro.substring(parametro.indexOf('=') + 1);
    }
}

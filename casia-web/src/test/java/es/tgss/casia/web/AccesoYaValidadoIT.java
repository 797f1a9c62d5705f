package es.tgss.casia.web;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.demo.DatosDemo;
import es.tgss.casia.seguridad.Rol;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A login hashes the password once: the container's second validation reuses the form's, and nothing else does. */
@ExtendWith(ArquillianExtension.class)
class AccesoYaValidadoIT {

    @Inject
    private IdentityStoreHandler identidades;

    @Inject
    private ValidacionDelAcceso validacion;

    private static UsernamePasswordCredential credencial(String login, String contrasena) {
        return new UsernamePasswordCredential(login, contrasena);
    }

    @Test
    void laSegundaValidacionDelMismoAccesoNoVuelveACalcularLaContrasena() {
        CredentialValidationResult primera = identidades.validate(credencial("12345678Z", DatosDemo.CONTRASENA));
        assertThat(primera.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        validacion.recordar(credencial("12345678Z", DatosDemo.CONTRASENA), primera);

        CredentialValidationResult segunda = identidades.validate(credencial("12345678Z", DatosDemo.CONTRASENA));

        assertThat(segunda.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(segunda.getCallerPrincipal().getName()).isEqualTo("12345678Z");
        assertThat(segunda.getCallerGroups()).containsExactly(Rol.Nombre.AUTORIZADO);
        assertThat(validacion.reutilizada()).isEqualTo(1);
    }

    @Test
    void otraContrasenaOtroUsuarioOUnResultadoInvalidoNoSeReutilizan() {
        CredentialValidationResult valida = identidades.validate(credencial("12345678Z", DatosDemo.CONTRASENA));
        validacion.recordar(credencial("12345678Z", DatosDemo.CONTRASENA), valida);

        assertThat(identidades.validate(credencial("12345678Z", "otra")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(identidades
                        .validate(credencial("87654321X", DatosDemo.CONTRASENA))
                        .getCallerPrincipal()
                        .getName())
                .isEqualTo("87654321X");
        assertThat(validacion.reutilizada()).isZero();

        validacion.recordar(credencial("nadie", "x"), identidades.validate(credencial("nadie", "x")));
        assertThat(identidades.validate(credencial("nadie", "x")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(validacion.reutilizada()).isZero();
    }
}

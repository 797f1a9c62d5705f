package es.tgss.casia.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.demo.DatosDemo;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database identity store CASIA declares, asked through the container's own handler. */
@ExtendWith(ArquillianExtension.class)
class IdentidadIT {

    @Inject
    private IdentityStoreHandler identidades;

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

    private CredentialValidationResult validar(String login, String contrasena) {
        return identidades.validate(new UsernamePasswordCredential(login, contrasena));
    }
}

package es.tgss.casia.autorizacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The choice of autorización, on PostgreSQL with the demo data. */
@ExtendWith(ArquillianExtension.class)
class AutorizacionServiceIT {

    private static final String LUCIA = "12345678Z";
    private static final String JAVIER = "87654321X";

    @Inject
    private AutorizacionService servicio;

    @Test
    void listaLasAutorizacionesDelUsuarioPaginadasYOrdenadasPorNumero() {
        assertThat(servicio.contarAutorizacionesDe(LUCIA)).isEqualTo(2);
        assertThat(servicio.autorizacionesDe(LUCIA, 0, 10))
                .extracting(m -> m.getAutorizacion().getNumero(), MiembroAutorizacion::getTipo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1000001", TipoMiembro.PRINCIPAL),
                        org.assertj.core.groups.Tuple.tuple("1000002", TipoMiembro.PRINCIPAL));
        assertThat(servicio.autorizacionesDe(LUCIA, 1, 1))
                .extracting(m -> m.getAutorizacion().getNumero())
                .containsExactly("1000002");
        assertThat(servicio.autorizacionesDe(LUCIA, 2, 10)).isEmpty();
    }

    @Test
    void unUsuarioSoloPuedeElegirLasAutorizacionesALasQuePertenece() {
        assertThat(servicio.elegir(JAVIER, "1000001"))
                .hasValueSatisfying(m -> assertThat(m.isPrincipal()).isFalse());
        assertThat(servicio.elegir(JAVIER, "1000002")).isEmpty();
        assertThat(servicio.elegir(JAVIER, "9999999")).isEmpty();
    }

    @Test
    void laAutorizacionSinCorreoDeContactoNoTieneCorreo() {
        assertThat(servicio.elegir("11111111H", "1000003"))
                .hasValueSatisfying(m -> assertThat(m.getAutorizacion().getEmailContacto()).isEmpty());
        assertThat(servicio.elegir(LUCIA, "1000001"))
                .hasValueSatisfying(m -> assertThat(m.getAutorizacion().getEmailContacto())
                        .contains("avisos@gestoria-martin-ortega.example"));
    }

    @Test
    void soloElUsuarioPrincipalCambiaElCorreoDeContacto() {
        assertThatThrownBy(() -> servicio.cambiarEmailContacto(JAVIER, "1000001", "otro@gestoria.example"))
                .isInstanceOf(DatosContactoException.class)
                .hasMessage("Solo el usuario principal de la autorización puede modificar los datos de contacto.");
        assertThatThrownBy(() -> servicio.cambiarEmailContacto(LUCIA, "1000001", "no es un correo"))
                .isInstanceOf(DatosContactoException.class)
                .hasMessage("La dirección de correo electrónico no es válida.");
        assertThatThrownBy(() -> servicio.cambiarEmailContacto("22222222J", "1000001", "x@y.example"))
                .isInstanceOf(DatosContactoException.class)
                .hasMessage("No está de alta en la autorización 1000001.");

        servicio.cambiarEmailContacto(LUCIA, "1000001", " nuevo@gestoria-martin-ortega.example ");
        assertThat(servicio.buscarPorNumero("1000001").orElseThrow().getEmailContacto())
                .contains("nuevo@gestoria-martin-ortega.example");
        servicio.cambiarEmailContacto(LUCIA, "1000001", "avisos@gestoria-martin-ortega.example");
    }
}

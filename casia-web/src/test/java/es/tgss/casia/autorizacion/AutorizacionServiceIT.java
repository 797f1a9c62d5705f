package es.tgss.casia.autorizacion;

import static es.tgss.casia.error.CodigoError.ACCESO_NO_PERMITIDO;
import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Actores.JAVIER_1;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.PEDRO_EN_1;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Fallos.codigo;
import static es.tgss.casia.prueba.Fallos.erroresDeCampo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

import es.tgss.casia.comun.Pagina;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.prueba.Actores;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The choice of autorización, on PostgreSQL with the demo data, for the user logged in. */
@ExtendWith(ArquillianExtension.class)
class AutorizacionServiceIT {

    @Inject
    private AutorizacionService servicio;

    @Inject
    private Actores actores;

    @Test
    void listaLasAutorizacionesDelUsuarioPaginadasYOrdenadasPorNumero() {
        actores.entrar(LUCIA_1);
        Pagina<AutorizacionDelUsuario> todas = servicio.misAutorizaciones(0, 10);
        assertThat(todas.total()).isEqualTo(2);
        assertThat(todas.elementos())
                .containsExactly(
                        new AutorizacionDelUsuario("1000001", "Gestoría Martín Ortega, S.L.", TipoMiembro.PRINCIPAL),
                        new AutorizacionDelUsuario("1000002", "Asesoría Laboral Levante, S.L.", TipoMiembro.PRINCIPAL));
        Pagina<AutorizacionDelUsuario> segunda = servicio.misAutorizaciones(1, 1);
        assertThat(segunda.elementos())
                .extracting(AutorizacionDelUsuario::numero)
                .containsExactly("1000002");
        assertThat(segunda.total()).isEqualTo(2);
        assertThat(segunda.hayAnterior()).isTrue();
        assertThat(segunda.haySiguiente()).isFalse();
        assertThat(servicio.misAutorizaciones(2, 10).elementos()).isEmpty();

        actores.entrar(JAVIER_1);
        assertThat(servicio.misAutorizaciones(0, 10).elementos())
                .extracting(AutorizacionDelUsuario::numero)
                .containsExactly("1000001");
    }

    @Test
    void unUsuarioSoloPuedeElegirLasAutorizacionesALasQuePertenece() {
        actores.entrar(JAVIER_1);
        assertThat(servicio.elegir("1000001"))
                .hasValueSatisfying(m -> assertThat(m.isPrincipal()).isFalse());
        assertThat(servicio.elegir("1000002")).isEmpty();
        assertThat(servicio.elegir("9999999")).isEmpty();
        actores.entrar(PEDRO_EN_1);
        assertThat(servicio.elegir("1000001")).isEmpty();
    }

    @Test
    void laAutorizacionSinCorreoDeContactoNoTieneCorreo() {
        actores.entrar(ANA_3);
        assertThat(servicio.elegir("1000003"))
                .hasValueSatisfying(
                        m -> assertThat(m.getAutorizacion().getEmailContacto()).isEmpty());
        actores.entrar(LUCIA_1);
        assertThat(servicio.elegir("1000001"))
                .hasValueSatisfying(m -> assertThat(m.getAutorizacion().getEmailContacto())
                        .contains("avisos@gestoria-martin-ortega.example"));
    }

    @Test
    void soloElUsuarioPrincipalCambiaElCorreoDeContacto() {
        actores.entrar(JAVIER_1);
        assertThatThrownBy(() -> servicio.cambiarEmailContacto("1000001", "otro@gestoria.example"))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(ACCESO_NO_PERMITIDO))
                .hasMessage("Solo el usuario principal de la autorización puede modificar los datos de contacto.");
        actores.entrar(LUCIA_1);
        assertThat(erroresDeCampo(catchThrowable(() -> servicio.cambiarEmailContacto("1000001", "no es un correo"))))
                .containsExactly(entry("email", "La dirección de correo electrónico no es válida."));
        actores.entrar(PEDRO_EN_1);
        assertThatThrownBy(() -> servicio.cambiarEmailContacto("1000001", "x@y.example"))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(ACCESO_NO_PERMITIDO))
                .hasMessage("No está de alta en la autorización 1000001.");

        actores.entrar(LUCIA_1);
        servicio.cambiarEmailContacto("1000001", " nuevo@gestoria-martin-ortega.example ");
        assertThat(servicio.elegir("1000001").orElseThrow().getAutorizacion().getEmailContacto())
                .contains("nuevo@gestoria-martin-ortega.example");
        servicio.cambiarEmailContacto("1000001", "avisos@gestoria-martin-ortega.example");
    }

    @Test
    void laTgssBuscaCualquierAutorizacionYUnAutorizadoNo() {
        actores.entrar(TRAMITADOR);
        assertThat(servicio.buscarPorNumero("1000002"))
                .hasValueSatisfying(a -> assertThat(a.getNumero()).isEqualTo("1000002"));
        assertThatThrownBy(() -> servicio.misAutorizaciones(0, 10)).isInstanceOf(EJBAccessException.class);
        actores.entrar(LUCIA_1);
        assertThatThrownBy(() -> servicio.buscarPorNumero("1000003")).isInstanceOf(EJBAccessException.class);
    }
}

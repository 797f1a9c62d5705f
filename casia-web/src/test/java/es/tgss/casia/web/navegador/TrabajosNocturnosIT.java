package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** Operations launch tonight's cierre de oficio from their page and follow it to the end. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrabajosNocturnosIT {

    @ArquillianResource
    private URL base;

    @Test
    void opsLanzaElCierreDeOficioDeHoyUnaSolaVezYLoVeTerminar() {
        try (Navegador navegador = new Navegador()) {
            WebDriver driver = navegador.driver();
            navegador.acceder(Local.raiz(base), "ops1");
            assertThat(driver.getCurrentUrl()).endsWith("/ops/index.xhtml");

            PaginaDeOperacion operacion = new PaginaDeOperacion(navegador);
            List<String> fila = operacion.lanzarElCierreDeHoyYEsperarQueTermine();
            assertThat(fila.get(4)).matches("CERRADOS=\\d+ SIN_CERRAR=\\d+");

            operacion.lanzarElCierreDeHoy();
            assertThat(operacion.mensaje()).isEqualTo("El cierre de oficio de hoy ya se había lanzado.");
        }
    }
}

package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Operations launch tonight's cierre de oficio from their page and follow it to the end, each step with its counts;
 * and run a missed night, the date refused beside its field (and kept) when it is not one they may run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrabajosNocturnosIT {

    /** The exit status of a step: its counts, "KEY=n KEY=n …". */
    private static final String CONTADORES = "[A-Z_]+=\\d+( [A-Z_]+=\\d+)*";

    @ArquillianResource
    private URL base;

    @Test
    void opsLanzaElCierreDeOficioDeHoyUnaSolaVezYLoVeTerminar() {
        try (Navegador navegador = new Navegador()) {
            WebDriver driver = navegador.driver();
            navegador.acceder(Local.raiz(base), "ops1");
            assertThat(driver.getCurrentUrl()).endsWith("/ops/index.xhtml");

            PaginaDeOperacion operacion = new PaginaDeOperacion(navegador);
            PaginaDeOperacion.Fila fila = operacion.lanzarElCierreDeHoyYEsperarQueTermine();
            // However many steps the job has, each is shown finished with its counts and its duration.
            assertThat(fila.pasos())
                    .isNotEmpty()
                    .allSatisfy(paso ->
                            assertThat(paso).matches("[a-z-]+: terminado · " + CONTADORES + " · \\d+:\\d\\d:\\d\\d"));
            assertThat(fila.errores()).isEmpty();
            assertThat(fila.duracion()).matches("\\d+:\\d\\d:\\d\\d");
            assertThat(fila.acciones()).as("nada que detener ni reanudar").isEmpty();

            operacion.lanzarElCierreDeHoy();
            assertThat(operacion.mensaje()).isEqualTo("El cierre de oficio de hoy ya se había lanzado.");
            navegador.captura("ops-trabajos-nocturnos");
        }
    }

    @Test
    void opsEjecutaUnaNocheNoProcesadaDelUltimoMesYNoOtra() {
        try (Navegador navegador = new Navegador()) {
            navegador.acceder(Local.raiz(base), "ops1");
            PaginaDeOperacion operacion = new PaginaDeOperacion(navegador);
            LocalDate hoy = LocalDate.now(ZoneId.of("Europe/Madrid"));

            LocalDate manana = hoy.plusDays(1);
            operacion.ejecutarLaNoche(manana);
            assertThat(operacion.mensajeDeLaFecha())
                    .isEqualTo("La noche no puede ser posterior a hoy (" + hoy.format(PaginaDeOperacion.DIA) + ").");
            assertThat(operacion.fechaEscrita())
                    .as("la fecha escrita se conserva")
                    .isEqualTo(manana.toString());

            LocalDate antigua = hoy.minusDays(40);
            operacion.ejecutarLaNoche(antigua);
            assertThat(operacion.mensajeDeLaFecha())
                    .startsWith("Solo se puede ejecutar una noche de los últimos 31 días");
            assertThat(operacion.fechaEscrita()).isEqualTo(antigua.toString());

            operacion.ejecutarLaNoche(null);
            assertThat(operacion.mensajeDeLaFecha()).isEqualTo("Indique la fecha de la noche que se ejecuta.");
            navegador.captura("ops-noche-sin-fecha");

            LocalDate ayer = hoy.minusDays(1);
            operacion.ejecutarLaNoche(ayer);
            assertThat(operacion.mensajeDeLaFecha()).isEmpty();
            assertThat(operacion.mensaje())
                    .matches("Cierre de oficio de la noche del " + ayer.format(PaginaDeOperacion.DIA)
                            + " lanzado \\(ejecución \\d+\\)\\.");
            long id = operacion.ejecucionDelMensaje();
            PaginaDeOperacion.Fila fila = operacion.esperarEstado(id, "Terminada", Duration.ofSeconds(60));
            assertThat(fila.dia()).isEqualTo(ayer.format(PaginaDeOperacion.DIA));

            operacion.ejecutarLaNoche(ayer);
            assertThat(operacion.mensajeDeLaFecha())
                    .startsWith("El cierre de oficio de la noche del " + ayer.format(PaginaDeOperacion.DIA)
                            + " ya se había lanzado");
        }
    }
}

package es.tgss.casia.web.navegador;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Operations watch the outbox from their page (counts by state, the failed notices with their attempts and last
 * error) and send a failed notice again; every page passes axe-core (WCAG 2.1 AA).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BuzonIT {

    @ArquillianResource
    private URL base;

    /**
     * A notice in the state the sender leaves one after its last refused attempt, written straight to the test
     * database (this test drives the browser from outside the server).
     */
    private static long fallida(String destinatario) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv("CASIA_DB_URL"), "postgres", "");
                PreparedStatement s = c.prepareStatement("""
                        insert into notificacion (id, destinatario, asunto, cuerpo, cuerpo_html, clave, creada,
                            proximo_intento, estado, intentos, ultimo_error, version)
                        values (nextval('notificacion_seq'), ?, 'Prueba del buzón', 'Texto', '<p>Texto</p>',
                            md5(random()::text), now(), now(), 'FALLIDA', 8, '550 buzón desconocido', 0)
                        returning id""")) {
            s.setString(1, destinatario);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void opsVeLosAvisosFallidosYReintentaUno() throws SQLException {
        long id = fallida("buzon-" + System.nanoTime() + "@gestoria.example");
        try (Navegador navegador = new Navegador()) {
            WebDriver driver = navegador.driver();
            navegador.acceder(Local.raiz(base), "ops1");
            navegador.pulsarYEsperarPagina(By.id("enlace-buzon"));
            assertThat(driver.getCurrentUrl()).contains("/ops/buzon.xhtml");

            assertThat(driver.findElement(By.id("buzon:recuento")).getText())
                    .contains("Pendientes", "Enviados", "Fallidos");
            assertThat(Long.parseLong(driver.findElement(By.cssSelector(".cuantas-FALLIDA"))
                            .getText()))
                    .isPositive();
            WebElement fila = filaDe(driver, id);
            assertThat(fila.getText()).contains("Prueba del buzón", "8", "550 buzón desconocido");

            String boton = fila.findElement(By.tagName("button")).getAttribute("id");
            navegador.pulsarYEsperarPagina(By.id(boton));
            assertThat(driver.findElement(By.id("buzon:mensajes")).getText())
                    .isEqualTo("El aviso " + id + " se enviará de nuevo.");
            assertThat(driver.findElements(By.cssSelector("[id='buzon:fallidas_data'] tr")).stream()
                            .map(WebElement::getText))
                    .noneMatch(t -> t.startsWith(id + " "));

            navegador.pulsarYEsperarPagina(By.id("buzon:reintentarFallidas"));
            assertThat(driver.findElement(By.id("buzon:mensajes")).getText())
                    .matches("Se enviarán de nuevo \\d+ avisos fallidos\\.");
        }
    }

    private static WebElement filaDe(WebDriver driver, long id) {
        return driver.findElements(By.cssSelector("[id='buzon:fallidas_data'] tr")).stream()
                .filter(f -> f.getText().startsWith(id + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("El aviso " + id + " no está entre los fallidos"));
    }
}

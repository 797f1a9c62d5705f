package es.tgss.casia.configuracion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfiguracionTest {

    private static Configuracion leer(Map<String, String> valores) {
        return Configuracion.leer(valores::get);
    }

    @Test
    void sinNadaConfiguradoArrancaIntegradaConDatosDemoYSinCorreo() {
        Configuracion c = leer(Map.of());
        assertThat(c.baseDeDatosIntegrada()).isTrue();
        assertThat(c.datosDemo()).isTrue();
        assertThat(c.smtp()).isEmpty();
        assertThat(c.zonaHoraria()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(c.urlPublica()).hasToString("http://localhost:8080/");
        assertThat(c.maxBytesDocumento()).isEqualTo(10L * 1024 * 1024);
        assertThat(c.maxBytesPorCaso()).isEqualTo(50L * 1024 * 1024);
        assertThat(c.trabajosNocturnos()).isTrue();
        assertThat(c.horaTrabajosNocturnos()).isEqualTo(java.time.LocalTime.of(3, 30));
        assertThat(c.latidoCaducado()).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(c.diasDeAvisoPrevio()).isEqualTo(5);
        assertThat(c.direccionHttp()).isEqualTo("127.0.0.1");
    }

    @ParameterizedTest
    @CsvSource({"0.0.0.0", "10.1.2.3", "::", "::1", "fe80::1"})
    void laDireccionHttpEsUnaIpLiteral(String direccion) {
        assertThat(leer(Map.of("CASIA_BIND", direccion)).direccionHttp()).isEqualTo(direccion);
    }

    @Test
    void conPostgresqlLosDatosDemoSoloSiSePiden() {
        Map<String, String> v = new HashMap<>(Map.of(
                "CASIA_DB_URL", "jdbc:postgresql://db:5432/casia",
                "CASIA_DB_USER", "casia",
                "CASIA_DB_PASSWORD", "secreto"));
        assertThat(leer(v).datosDemo()).isFalse();
        assertThat(leer(v).baseDeDatosIntegrada()).isFalse();
        v.put("CASIA_DEMO_DATA", "true");
        assertThat(leer(v).datosDemo()).isTrue();
    }

    @Test
    void elSmtpCompletoSeLeeYSuContrasenaNoSaleEnLosLogs() {
        Configuracion c = leer(Map.of(
                "CASIA_SMTP_HOST",
                "smtp.example",
                "CASIA_SMTP_PORT",
                "587",
                "CASIA_SMTP_USER",
                "u",
                "CASIA_SMTP_PASSWORD",
                "clave-secreta",
                "CASIA_SMTP_TLS",
                "starttls",
                "CASIA_MAIL_FROM",
                "casia@tgss.example"));
        Configuracion.Smtp smtp = c.smtp().orElseThrow();
        assertThat(smtp.puerto()).isEqualTo(587);
        assertThat(smtp.seguridad()).isEqualTo(Configuracion.SeguridadSmtp.STARTTLS);
        assertThat(smtp.remitente()).isEqualTo("casia@tgss.example");
        assertThat(smtp.toString()).doesNotContain("clave-secreta");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CASIA_DB_URL      | postgres://db/casia | CASIA_DB_URL debe ser una URL JDBC de PostgreSQL
            CASIA_SMTP_TLS    | quizas              | CASIA_SMTP_TLS debe ser uno de [NINGUNA, STARTTLS, SSL]
            CASIA_SMTP_PORT   | 70000               | CASIA_SMTP_PORT debe estar entre 1 y 65535, es 70000
            CASIA_SMTP_PORT   | veinticinco         | CASIA_SMTP_PORT debe ser un número entero
            CASIA_PUBLIC_URL  | ftp://casia         | CASIA_PUBLIC_URL debe ser una URL http(s) absoluta
            CASIA_DOC_MAX_MB  | 0                   | CASIA_DOC_MAX_MB debe estar entre 1 y 1024
            CASIA_TIME_ZONE   | Marte/Olimpo        | CASIA_TIME_ZONE no es una zona horaria conocida
            CASIA_DEMO_DATA   | tal vez             | CASIA_DEMO_DATA debe ser true o false
            CASIA_NIGHTLY_JOBS| a veces             | CASIA_NIGHTLY_JOBS debe ser true o false
            CASIA_NIGHTLY_JOBS_TIME | 3:30        | CASIA_NIGHTLY_JOBS_TIME debe ser una hora HH:MM
            CASIA_NIGHTLY_JOBS_TIME | 25:00       | CASIA_NIGHTLY_JOBS_TIME debe ser una hora HH:MM
            CASIA_NIGHTLY_JOBS_TIME | 02:30       | CASIA_NIGHTLY_JOBS_TIME no puede estar entre 02:00 y 02:59
            CASIA_NIGHTLY_JOBS_HEARTBEAT_TIMEOUT | 5 | CASIA_NIGHTLY_JOBS_HEARTBEAT_TIMEOUT debe estar entre 20 y 86400
            CASIA_AVISO_DIAS  | 20                  | CASIA_AVISO_DIAS debe estar entre 0 y 19, es 20
            CASIA_AVISO_DIAS  | cinco               | CASIA_AVISO_DIAS debe ser un número entero
            CASIA_BIND        | casia.example       | CASIA_BIND debe ser una dirección IP de este equipo
            CASIA_BIND        | 300.1.1.1           | CASIA_BIND debe ser una dirección IP de este equipo
            """)
    void unValorMaloSeNombraEnElMensaje(String ajuste, String valor, String mensaje) {
        Map<String, String> v = new HashMap<>(Map.of("CASIA_SMTP_HOST", "smtp.example"));
        if (ajuste.equals("CASIA_DB_URL")) {
            v.put("CASIA_DB_USER", "casia");
            v.put("CASIA_DB_PASSWORD", "x");
        }
        v.put(ajuste, valor);
        assertThatThrownBy(() -> leer(v))
                .isInstanceOf(ConfiguracionInvalidaException.class)
                .hasMessageContaining(mensaje);
    }

    @Test
    void todosLosErroresSeDicenALaVez() {
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ConfiguracionInvalidaException.class,
                () -> leer(Map.of("CASIA_DB_URL", "jdbc:postgresql://db/casia", "CASIA_TIME_ZONE", "nada")));
        assertThat(e.errores())
                .hasSize(3)
                .anySatisfy(m -> assertThat(m).startsWith("CASIA_DB_USER es obligatorio"))
                .anySatisfy(m -> assertThat(m).startsWith("CASIA_DB_PASSWORD es obligatorio"))
                .anySatisfy(m -> assertThat(m).startsWith("CASIA_TIME_ZONE"));
    }

    @Test
    void elLimitePorCasoNoPuedeSerMenorQueElDeUnDocumento() {
        assertThatThrownBy(() -> leer(Map.of("CASIA_DOC_MAX_MB", "20", "CASIA_DOC_MAX_TOTAL_MB", "10")))
                .hasMessageContaining("CASIA_DOC_MAX_TOTAL_MB no puede ser menor que CASIA_DOC_MAX_MB");
    }

    @Test
    void losValoresSeRecortanYLosVaciosCuentanComoNoPuestos() {
        Configuracion c = leer(Map.of("CASIA_DB_URL", "  ", "CASIA_TIME_ZONE", " Atlantic/Canary "));
        assertThat(c.baseDeDatosIntegrada()).isTrue();
        assertThat(c.zonaHoraria()).isEqualTo(ZoneId.of("Atlantic/Canary"));
    }

    @Test
    void sinSelloConfiguradoSeUsaElDePruebasEnLaCarpetaDeDatos() {
        Configuracion c = leer(Map.of("CASIA_DATA_DIR", "/srv/casia"));
        assertThat(c.sello()).isEmpty();
        assertThat(c.carpetaDeDatos()).isEqualTo(Path.of("/srv/casia"));
        assertThat(leer(Map.of()).carpetaDeDatos()).isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void elSelloConfiguradoHaDeLeerseYLlevarContrasenaQueNoSaleEnLosLogs(@TempDir Path carpeta) throws Exception {
        Path p12 = Files.write(carpeta.resolve("sello.p12"), new byte[] {1});
        Configuracion c = leer(Map.of("CASIA_SELLO_P12", p12.toString(), "CASIA_SELLO_CONTRASENA", "secreta"));
        assertThat(c.sello()).hasValueSatisfying(s -> {
            assertThat(s.p12()).isEqualTo(p12);
            assertThat(s.contrasena()).isEqualTo("secreta");
            assertThat(s.toString()).doesNotContain("secreta");
        });

        assertThatThrownBy(() -> leer(Map.of(
                        "CASIA_SELLO_P12", carpeta.resolve("no-existe.p12").toString(), "CASIA_SELLO_CONTRASENA", "x")))
                .hasMessageContaining("CASIA_SELLO_P12 debe ser un fichero PKCS#12 legible");
        assertThatThrownBy(() -> leer(Map.of("CASIA_SELLO_P12", p12.toString())))
                .hasMessageContaining("CASIA_SELLO_CONTRASENA es obligatorio cuando se indica CASIA_SELLO_P12");
    }
}

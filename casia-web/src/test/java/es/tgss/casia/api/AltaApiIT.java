package es.tgss.casia.api;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alta of a case through the API, as payroll software does it: JSON alone or multipart with real documents, every
 * refusal a problem (400 per field, 404 for another's autorización, 403 for a TGSS profile, 413, 415), and
 * Idempotency-Key so that a retry never makes a second case.
 */
@ExtendWith(ArquillianExtension.class)
class AltaApiIT {

    private static final String CASOS = "autorizaciones/1000001/casos";

    @ArquillianResource
    private URL base;

    @Inject
    private Idempotencia idempotencia;

    @Resource(lookup = "jdbc/casia")
    private DataSource baseDeDatos;

    private ClienteApi anonimo() {
        return ClienteApi.anonimo(Local.raiz(base));
    }

    private ClienteApi como(String usuario) {
        return anonimo().conToken(TokensApiIT.token(usuario));
    }

    /** A Consulta that passes every check, with that título. */
    static String consulta(String titulo) {
        return """
                {"tipo":"CONSULTA","materia":"COTIZACION","categoria":"CON_COT_SLD","afectaPeriodoEnCurso":false,
                 "titulo":"%s","descripcion":"¿Cómo se calcula el recargo?","datos":[{"ccc":"28 1234567 42"}]}""".formatted(titulo);
    }

    private static String conDocumento(String titulo) {
        return """
                {"tipo":"CONSULTA","materia":"COTIZACION","categoria":"CON_COT_SLD","afectaPeriodoEnCurso":true,
                 "titulo":"%s","descripcion":"Adjunto el documento.",
                 "documentos":[{"tipoDocumento":"OTROS","titulo":"Justificante de pago","parte":"pago"}]}""".formatted(titulo);
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument documento = new PDDocument();
                ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            documento.addPage(new PDPage());
            documento.save(salida);
            return salida.toByteArray();
        }
    }

    @Test
    void unaConsultaEnJsonSeDaDeAltaCon201SuUbicacionYSuEtag() {
        ClienteApi lucia = como("12345678Z");
        ClienteApi.Respuesta r = lucia.post(CASOS, consulta("Alta por la API"));
        assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
        JsonObject cabecera = r.json().getJsonObject("cabecera");
        String numero = cabecera.getString("numero");
        assertThat(cabecera.getString("titulo")).isEqualTo("Alta por la API");
        assertThat(cabecera.getString("subestado")).isEqualTo("PRESENTADO");
        assertThat(r.json().getJsonArray("datos").toString()).contains("281234567");
        assertThat(r.cabecera("Location")).endsWith("/api/v1/" + CASOS + "/" + numero);
        assertThat(r.cabecera("ETag")).isEqualTo("\"" + cabecera.getInt("version") + "\"");

        ClienteApi.Respuesta leido = lucia.get(CASOS + "/" + numero);
        assertThat(leido.estado()).isEqualTo(200);
        assertThat(leido.cabecera("ETag")).isEqualTo(r.cabecera("ETag"));
        // The alta answers with the case in hand, not read back: it must be what a read says.
        assertThat(leido.json()).isEqualTo(r.json());
    }

    @Test
    void unTramiteConSubcategoriaDatosYJustificanteSeRespondeComoSeLeeDespues() {
        ClienteApi lucia = como("12345678Z");
        ClienteApi.Respuesta r = lucia.post(CASOS, """
                {"tipo":"TRAMITE","materia":"INSCRIPCION_EMPRESAS","categoria":"TRA_INS_MODIFICACION_DATOS",
                 "subcategoria":"TRA_INS_MOD_CNAE","afectaPeriodoEnCurso":true,"titulo":"Cambio de CNAE por la API",
                 "descripcion":"Solicito el cambio de CNAE.",
                 "datos":[{"ccc":"28 1234567 42","tipoIpf":"1","ipf":"12345678Z","periodoDesde":"01/2026",
                           "periodoHasta":"03/2026"}]}""");
        assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
        assertThat(r.json().getJsonObject("cabecera").getString("subcategoria")).isNotBlank();
        assertThat(r.json().getJsonArray("datos")).hasSize(1);
        assertThat(r.json().getJsonArray("justificantes")).hasSize(1);

        ClienteApi.Respuesta leido =
                lucia.get(CASOS + "/" + r.json().getJsonObject("cabecera").getString("numero"));
        assertThat(leido.json()).isEqualTo(r.json());
    }

    @Test
    void conDocumentosEnMultipartElPdfSeGuardaReconocidoPorSuContenido() throws IOException {
        ClienteApi lucia = como("12345678Z");
        ClienteApi.Respuesta r = lucia.enviar(
                CASOS,
                new Multipart()
                        .json("caso", conDocumento("Con un PDF"))
                        .fichero("pago", "pago.pdf", pdf())
                        .post());
        assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
        JsonObject documento = r.json().getJsonArray("documentos").getJsonObject(0);
        assertThat(documento.getString("nombreFichero")).isEqualTo("pago.pdf");
        assertThat(documento.getString("formato")).isEqualTo("PDF");
        assertThat(documento.getString("titulo")).isEqualTo("Justificante de pago");
        assertThat(lucia.get(r.cabecera("Location")
                                .substring(r.cabecera("Location").indexOf(CASOS)))
                        .json())
                .isEqualTo(r.json());
    }

    @Test
    void unFormatoNoAdmitidoEsUn415YUnFicheroDemasiadoGrandeUn413ConElErrorDelDocumento() {
        ClienteApi lucia = como("12345678Z");
        byte[] pagina = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        ClienteApi.Respuesta formato = lucia.enviar(
                CASOS,
                new Multipart()
                        .json("caso", conDocumento("Formato"))
                        .fichero("pago", "pago.html", pagina)
                        .post());
        assertThat(formato.estado()).as(formato.cuerpo()).isEqualTo(415);
        assertThat(formato.json().getString("type")).isEqualTo("/api/v1/problemas/tipo-de-contenido");
        assertThat(formato.json().getJsonArray("errores").toString())
                .contains("documentos[0].fichero")
                .contains("no tiene un formato admitido");

        byte[] grande = new byte[10 * 1024 * 1024 + 1];
        byte[] cabecera = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(cabecera, 0, grande, 0, cabecera.length);
        ClienteApi.Respuesta tamano = lucia.enviar(
                CASOS,
                new Multipart()
                        .json("caso", conDocumento("Grande"))
                        .fichero("pago", "grande.pdf", grande)
                        .post());
        assertThat(tamano.estado()).as(tamano.cuerpo()).isEqualTo(413);
        assertThat(tamano.json().getString("codigo")).isEqualTo("demasiado-grande");
        assertThat(tamano.json().getJsonArray("errores").toString())
                .contains("documentos[0].fichero")
                .contains("más de 10 MB");
    }

    @Test
    void losDatosNoValidosSonUn400ConUnErrorPorCampoYUnaParteSinDocumentoTambien() throws IOException {
        ClienteApi lucia = como("12345678Z");
        ClienteApi.Respuesta r = lucia.post(CASOS, """
                {"tipo":"CONSULTA","materia":"NO_EXISTE","titulo":"","descripcion":"x",
                 "datos":[{"ccc":"123"}]}""");
        assertThat(r.estado()).as(r.cuerpo()).isEqualTo(400);
        assertThat(r.json().getString("type")).isEqualTo("/api/v1/problemas/campo-invalido");
        assertThat(r.json().getJsonArray("errores").toString())
                .contains("\"campo\":\"titulo\"")
                .contains("\"campo\":\"afectaPeriodoEnCurso\"")
                .contains("\"campo\":\"materia\"")
                .contains("\"campo\":\"datos[0].ccc\"");

        ClienteApi.Respuesta tipo = lucia.post(CASOS, "{\"tipo\":\"QUEJA\"}");
        assertThat(tipo.estado()).isEqualTo(400);
        assertThat(tipo.json().getJsonArray("errores").toString())
                .contains("\"campo\":\"tipo\"")
                .contains("QUEJA");

        ClienteApi.Respuesta sobrante = lucia.enviar(
                CASOS,
                new Multipart()
                        .json("caso", consulta("Parte sobrante"))
                        .fichero("otro", "otro.pdf", pdf())
                        .post());
        assertThat(sobrante.estado()).as(sobrante.cuerpo()).isEqualTo(400);
        assertThat(sobrante.json().getJsonArray("errores").toString()).contains("\"campo\":\"otro\"");

        ClienteApi.Respuesta sinCaso = lucia.enviar(
                CASOS, new Multipart().fichero("pago", "pago.pdf", pdf()).post());
        assertThat(sinCaso.estado()).isEqualTo(400);
        assertThat(sinCaso.json().getJsonArray("errores").toString()).contains("\"campo\":\"caso\"");
    }

    @Test
    void conLaMismaClaveYElMismoCuerpoLaRespuestaSeRepiteSinOtroCaso() {
        ClienteApi lucia = como("12345678Z");
        long antes = lucia.get(CASOS + "?size=1").json().getJsonNumber("total").longValue();
        ClienteApi conClave = lucia.con("Idempotency-Key", UUID.randomUUID().toString());

        ClienteApi.Respuesta primera = conClave.post(CASOS, consulta("Reintento"));
        ClienteApi.Respuesta segunda = conClave.post(CASOS, consulta("Reintento"));
        assertThat(primera.estado()).as(primera.cuerpo()).isEqualTo(201);
        assertThat(segunda.estado()).isEqualTo(201);
        assertThat(segunda.cuerpo()).isEqualTo(primera.cuerpo());
        assertThat(segunda.cabecera("Location")).isEqualTo(primera.cabecera("Location"));
        assertThat(segunda.cabecera("ETag")).isEqualTo(primera.cabecera("ETag"));
        assertThat(segunda.cabecera("Idempotent-Replayed")).isEqualTo("true");
        assertThat(lucia.get(CASOS + "?size=1").json().getJsonNumber("total").longValue())
                .isEqualTo(antes + 1);

        ClienteApi.Respuesta otra = conClave.post(CASOS, consulta("Otro cuerpo"));
        assertThat(otra.estado()).as(otra.cuerpo()).isEqualTo(422);
        assertThat(otra.json().getString("codigo")).isEqualTo("clave-de-idempotencia-reutilizada");

        ClienteApi.Respuesta larga =
                lucia.con("Idempotency-Key", "k".repeat(256)).post(CASOS, consulta("Larga"));
        assertThat(larga.estado()).isEqualTo(400);
        assertThat(larga.json().getString("detail")).contains("255");
    }

    /**
     * A key lives 24 hours: once its row is older (here aged by hand), the same key creates again, and the hourly
     * purge deletes expired keys of every user and leaves the live ones.
     */
    @Test
    void unaClaveDeMasDe24HorasVuelveASerNuevaYLaPurgaSoloBorraLasCaducadas() throws SQLException {
        String clave = UUID.randomUUID().toString();
        ClienteApi lucia = como("12345678Z").con("Idempotency-Key", clave);
        ClienteApi.Respuesta primera = lucia.post(CASOS, consulta("Clave caducada"));
        assertThat(primera.estado()).as(primera.cuerpo()).isEqualTo(201);
        envejecer(clave, Duration.ofHours(25));

        ClienteApi.Respuesta otraVez = lucia.post(CASOS, consulta("Clave caducada"));
        assertThat(otraVez.estado()).as(otraVez.cuerpo()).isEqualTo(201);
        assertThat(otraVez.cabecera("Location")).isNotEqualTo(primera.cabecera("Location"));
        assertThat(otraVez.cabecera("Idempotent-Replayed")).isNull();

        String viva = UUID.randomUUID().toString();
        assertThat(como("87654321X")
                        .con("Idempotency-Key", viva)
                        .post(CASOS, consulta("Clave viva"))
                        .estado())
                .isEqualTo(201);
        envejecer(clave, Duration.ofHours(25));
        assertThat(idempotencia.purgarCaducadas()).isGreaterThanOrEqualTo(1);
        assertThat(claves(clave)).isZero();
        assertThat(claves(viva)).isOne();
    }

    private void envejecer(String clave, Duration cuanto) throws SQLException {
        try (Connection c = baseDeDatos.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update peticion_idempotente set creada = creada - ?::interval where clave = ?")) {
            s.setString(1, cuanto.toHours() + " hours");
            s.setString(2, clave);
            assertThat(s.executeUpdate()).isOne();
        }
    }

    private int claves(String clave) throws SQLException {
        try (Connection c = baseDeDatos.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from peticion_idempotente where clave = ?")) {
            s.setString(1, clave);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void variasCopiasALaVezDeUnaPeticionConClaveCreanUnSoloCaso() {
        ClienteApi javier =
                como("87654321X").con("Idempotency-Key", UUID.randomUUID().toString());
        List<ClienteApi.Respuesta> respuestas = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> javier.post(CASOS, consulta("A la vez"))))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();
        assertThat(respuestas)
                .allSatisfy(r -> assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201));
        assertThat(respuestas.stream().map(r -> r.cabecera("Location")).distinct())
                .hasSize(1);
    }

    @Test
    void unMultipartRepetidoConOtraFronteraEsLaMismaPeticion() throws IOException {
        ClienteApi lucia =
                como("12345678Z").con("Idempotency-Key", UUID.randomUUID().toString());
        byte[] pdf = pdf();
        ClienteApi.Respuesta primera = lucia.enviar(
                CASOS,
                new Multipart()
                        .json("caso", conDocumento("Multipart repetido"))
                        .fichero("pago", "pago.pdf", pdf)
                        .post());
        ClienteApi.Respuesta segunda = lucia.enviar(
                CASOS,
                new Multipart()
                        .json("caso", conDocumento("Multipart repetido"))
                        .fichero("pago", "pago.pdf", pdf)
                        .post());
        assertThat(primera.estado()).as(primera.cuerpo()).isEqualTo(201);
        assertThat(segunda.estado()).as(segunda.cuerpo()).isEqualTo(201);
        assertThat(segunda.cabecera("Location")).isEqualTo(primera.cabecera("Location"));
    }

    @Test
    void laAutorizacionDeOtroEsUn404YUnTramitadorRecibe403() {
        ClienteApi.Respuesta ajena = como("22222222J").post(CASOS, consulta("Ajena"));
        assertThat(ajena.estado()).as(ajena.cuerpo()).isEqualTo(404);
        assertThat(ajena.tipo()).startsWith("application/problem+json");

        ClienteApi.Respuesta tramitador = como("tram.madrid1").post(CASOS, consulta("TGSS"));
        assertThat(tramitador.estado()).as(tramitador.cuerpo()).isEqualTo(403);
        assertThat(tramitador.json().getString("codigo")).isEqualTo("sin-permiso");

        assertThat(anonimo().post(CASOS, consulta("Anónimo")).estado()).isEqualTo(401);
    }
}

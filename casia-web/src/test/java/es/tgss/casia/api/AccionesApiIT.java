package es.tgss.casia.api;

import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Casos.consulta;
import static es.tgss.casia.prueba.Casos.tramite;
import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.resolucion.EmisionDeResoluciones;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Local;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The autorizado's actions on a case over HTTP, as a payroll program drives them with its token: messages, Modificar
 * Información in JSON and in multipart, Solicitar Anulación, Valoración, downloads of documents and justificantes, the
 * Sede notifications and the contact e-mail. Cases are set up through the services (faster than HTTP); everything
 * asserted is what the API answers.
 */
@ExtendWith(ArquillianExtension.class)
class AccionesApiIT {

    static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    /** The start of a Windows executable, named as a PDF. */
    static final byte[] EJECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @ArquillianResource
    private URL base;

    @Inject
    private CasoService casos;

    @Inject
    private EmisionDeResoluciones emision;

    @Inject
    private Actores actores;

    @Resource(lookup = "jdbc/casia")
    private DataSource baseDeDatos;

    private ClienteApi anonimo() {
        return ClienteApi.anonimo(Local.raiz(base));
    }

    private ClienteApi como(String login) {
        return anonimo().conToken(TokensApiIT.token(login));
    }

    static String caso(String autorizacion, String numero) {
        return "autorizaciones/" + autorizacion + "/casos/" + numero;
    }

    /** A multipart/form-data body: text parts, then one file part. */
    static HttpRequest.Builder multipart(
            HttpRequest.Builder peticion,
            String etag,
            List<String[]> textos,
            String parteFichero,
            String nombre,
            byte[] bytes) {
        String frontera = "----casia" + System.nanoTime();
        StringBuilder cabeza = new StringBuilder();
        for (String[] texto : textos) {
            cabeza.append("--")
                    .append(frontera)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(texto[0])
                    .append("\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
                    .append(texto[1])
                    .append("\r\n");
        }
        cabeza.append("--")
                .append(frontera)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(parteFichero)
                .append("\"; filename=\"")
                .append(nombre)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        List<byte[]> partes = new ArrayList<>();
        partes.add(cabeza.toString().getBytes(StandardCharsets.UTF_8));
        partes.add(bytes);
        partes.add(("\r\n--" + frontera + "--\r\n").getBytes(StandardCharsets.UTF_8));
        if (etag != null) {
            peticion.header("If-Match", etag);
        }
        return peticion.header("Content-Type", "multipart/form-data; boundary=" + frontera)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(partes));
    }

    static String documentoEnJson(String titulo, String nombre, byte[] bytes) {
        return "{\"tipoDocumento\":\"DOCUMENTACION_ACREDITATIVA\",\"titulo\":\"" + titulo + "\",\"nombreFichero\":\""
                + nombre + "\",\"fichero\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
    }

    /** Lucía's Consulta in 1000001, taken by a tramitador who asks for information. */
    private String casoEsperandoInformacion(String titulo) {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta(titulo).crear());
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        casos.solicitarInformacion(caso.getNumero(), caso.getVersion(), "Aporte el certificado de la empresa.");
        return caso.getNumero();
    }

    /** Lucía's Consulta in 1000001, answered and closed by a tramitador. */
    private String casoResuelto(String titulo) {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta(titulo).crear());
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        casos.resolver(caso.getNumero(), caso.getVersion(), "Resuelto: la cotización es correcta.");
        return caso.getNumero();
    }

    @Test
    void losMensajesSeLeenYModificarInformacionExigeLaEtagYDevuelveLaNueva() {
        String numero = casoEsperandoInformacion("Información por la API");
        ClienteApi lucia = como("12345678Z");

        ClienteApi.Respuesta mensajes = lucia.get(caso("1000001", numero) + "/mensajes");
        assertThat(mensajes.estado()).as(mensajes.cuerpo()).isEqualTo(200);
        assertThat(mensajes.cuerpo()).contains("Aporte el certificado de la empresa.");

        ClienteApi.Respuesta detalle = lucia.get(caso("1000001", numero));
        assertThat(detalle.estado()).as(detalle.cuerpo()).isEqualTo(200);
        String etag = detalle.cabecera("ETag");
        assertThat(etag).isNotNull();

        String cuerpo = "{\"informacion\":\"Adjunto el certificado.\",\"documentos\":["
                + documentoEnJson("Certificado", "certificado.pdf", PDF) + "]}";
        ClienteApi.Respuesta sinEtag = lucia.post(caso("1000001", numero) + "/informacion", cuerpo);
        assertThat(sinEtag.estado()).isEqualTo(428);
        assertThat(sinEtag.tipo()).startsWith("application/problem+json");
        assertThat(sinEtag.json().getString("codigo")).isEqualTo("precondicion-requerida");

        ClienteApi.Respuesta hecha = lucia.con("If-Match", etag).post(caso("1000001", numero) + "/informacion", cuerpo);
        assertThat(hecha.estado()).as(hecha.cuerpo()).isEqualTo(200);
        String nueva = hecha.cabecera("ETag");
        assertThat(nueva).isNotNull().isNotEqualTo(etag);
        JsonObject caso = hecha.json();
        assertThat(caso.getJsonObject("cabecera").getString("subestado")).isEqualTo("ASIGNADO");
        assertThat(caso.getJsonArray("documentos").toString())
                .contains("Certificado")
                .contains("certificado.pdf");
        assertThat(lucia.get(caso("1000001", numero) + "/mensajes").cuerpo()).contains("Adjunto el certificado.");

        // The ETag read before the change is stale now: 409 with the version to use.
        ClienteApi.Respuesta vieja = lucia.con("If-Match", etag)
                .post(caso("1000001", numero) + "/informacion", "{\"informacion\":\"Otra vez.\"}");
        assertThat(vieja.estado()).isEqualTo(409);
        assertThat(vieja.json().getString("codigo")).isEqualTo("caso-modificado");
        assertThat("\"" + vieja.json().getInt("version") + "\"").isEqualTo(nueva);

        ClienteApi.Respuesta malFormada = lucia.con("If-Match", "\"tres\"")
                .post(caso("1000001", numero) + "/informacion", "{\"informacion\":\"Otra vez.\"}");
        assertThat(malFormada.estado()).isEqualTo(412);
    }

    @Test
    void enMultipartSeAnexaUnFicheroYUnFormatoRechazadoEsUn415ConSuCampo() {
        String numero = casoEsperandoInformacion("Ficheros en multipart");
        ClienteApi lucia = como("12345678Z");
        String etag = lucia.get(caso("1000001", numero)).cabecera("ETag");
        List<String[]> textos = List.of(
                new String[] {"informacion", "Adjunto la nómina de enero, con acentos: cotización."},
                new String[] {"documentos[0].tipoDocumento", "DOCUMENTACION_ACREDITATIVA"},
                new String[] {"documentos[0].titulo", "Nómina de enero"});

        ClienteApi.Respuesta rechazado = lucia.enviar(
                caso("1000001", numero) + "/informacion",
                p -> multipart(p, etag, textos, "documentos[0].fichero", "nomina.pdf", EJECUTABLE));
        assertThat(rechazado.estado()).as(rechazado.cuerpo()).isEqualTo(415);
        JsonObject problema = rechazado.json();
        assertThat(problema.getString("type")).isEqualTo("/api/v1/problemas/tipo-de-contenido");
        assertThat(problema.getJsonArray("errores").getJsonObject(0).getString("campo"))
                .isEqualTo("documentos[0].fichero");
        assertThat(lucia.get(caso("1000001", numero)).cabecera("ETag"))
                .as("nothing stored")
                .isEqualTo(etag);

        ClienteApi.Respuesta anexado = lucia.enviar(
                caso("1000001", numero) + "/informacion",
                p -> multipart(p, etag, textos, "documentos[0].fichero", "nomina.pdf", PDF));
        assertThat(anexado.estado()).as(anexado.cuerpo()).isEqualTo(200);
        assertThat(anexado.cabecera("ETag")).isNotEqualTo(etag);
        JsonObject documento = anexado.json().getJsonArray("documentos").getJsonObject(0);
        assertThat(documento.getString("titulo")).isEqualTo("Nómina de enero");
        assertThat(lucia.get(caso("1000001", numero) + "/mensajes").cuerpo()).contains("con acentos: cotización.");

        ClienteApi.Respuesta descarga = lucia.con("Accept", "*/*")
                .get(caso("1000001", numero) + "/documentos/"
                        + documento.getJsonNumber("id").longValue());
        assertThat(descarga.estado()).isEqualTo(200);
        assertThat(descarga.tipo()).isEqualTo("application/pdf");
        assertThat(descarga.cabecera("Content-Disposition"))
                .startsWith("attachment;")
                .contains("nomina.pdf");
        assertThat(descarga.cabecera("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(descarga.cabecera("Cache-Control")).contains("no-store");
        assertThat(descarga.cabecera("Content-Length")).isEqualTo(Integer.toString(PDF.length));
        assertThat(descarga.cuerpo().getBytes(StandardCharsets.US_ASCII)).isEqualTo(PDF);

        ClienteApi.Respuesta parteAjena = lucia.enviar(
                caso("1000001", numero) + "/informacion",
                p -> multipart(p, "\"0\"", List.of(), "adjunto", "x.pdf", PDF));
        assertThat(parteAjena.estado()).isEqualTo(400);
        assertThat(parteAjena.cuerpo()).contains("\"campo\":\"adjunto\"");

        ClienteApi.Respuesta base64 = lucia.con("If-Match", etag)
                .post(
                        caso("1000001", numero) + "/informacion",
                        "{\"documentos\":[{\"tipoDocumento\":\"OTROS\",\"titulo\":\"x\",\"fichero\":\"no es base64!\"}]}");
        assertThat(base64.estado()).isEqualTo(400);
        assertThat(base64.cuerpo()).contains("\"campo\":\"documentos[0].fichero\"");
    }

    @Test
    void unFicheroPorEncimaDelLimiteEsUn413ConSuCampoYNoSeGuardaNada() {
        String numero = casoEsperandoInformacion("Fichero demasiado grande");
        ClienteApi lucia = como("12345678Z");
        String etag = lucia.get(caso("1000001", numero)).cabecera("ETag");
        // One byte past the default limit of a document (CASIA_DOC_MAX_MB = 10).
        byte[] grande = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, grande, 0, PDF.length);

        ClienteApi.Respuesta r = lucia.enviar(
                caso("1000001", numero) + "/informacion",
                p -> multipart(
                        p,
                        etag,
                        List.of(
                                new String[] {"documentos[0].tipoDocumento", "DOCUMENTACION_ACREDITATIVA"},
                                new String[] {"documentos[0].titulo", "Escritura completa"}),
                        "documentos[0].fichero",
                        "escritura.pdf",
                        grande));
        assertThat(r.estado()).as(r.cuerpo()).isEqualTo(413);
        assertThat(r.json().getString("type")).isEqualTo("/api/v1/problemas/demasiado-grande");
        assertThat(r.json().getJsonArray("errores").getJsonObject(0).getString("campo"))
                .isEqualTo("documentos[0].fichero");
        assertThat(lucia.get(caso("1000001", numero)).cabecera("ETag")).isEqualTo(etag);
    }

    @Test
    void elJustificanteDeUnTramiteSeDescarga() {
        actores.entrar(LUCIA_1);
        String numero =
                casos.finalizarAlta(tramite("Justificante por la API").crear()).getNumero();
        ClienteApi lucia = como("12345678Z");
        JsonObject justificante = lucia.get(caso("1000001", numero))
                .json()
                .getJsonArray("justificantes")
                .getJsonObject(0);

        ClienteApi.Respuesta pdf = lucia.con("Accept", "application/pdf")
                .get(caso("1000001", numero) + "/justificantes/"
                        + justificante.getJsonNumber("id").longValue());
        assertThat(pdf.estado()).isEqualTo(200);
        assertThat(pdf.tipo()).isEqualTo("application/pdf");
        assertThat(pdf.cuerpo()).startsWith("%PDF");
        assertThat(pdf.cabecera("Content-Disposition")).contains("justificante-" + numero.replace('/', '-'));
    }

    @Test
    void laAnulacionDeUnCasoPresentadoLoAnulaYValorarUnoAbiertoEsUn409ConLaVersion() {
        actores.entrar(LUCIA_1);
        String numero =
                casos.finalizarAlta(consulta("Anulación por la API").crear()).getNumero();
        ClienteApi lucia = como("12345678Z");
        String etag = lucia.get(caso("1000001", numero)).cabecera("ETag");

        ClienteApi.Respuesta valorarAbierto =
                lucia.con("If-Match", etag).post(caso("1000001", numero) + "/valoracion", "{\"puntuacion\":5}");
        assertThat(valorarAbierto.estado()).isEqualTo(409);
        assertThat(valorarAbierto.json().getString("codigo")).isEqualTo("transicion-no-permitida");
        assertThat("\"" + valorarAbierto.json().getInt("version") + "\"").isEqualTo(etag);

        assertThat(lucia.post(caso("1000001", numero) + "/anulacion", "{}").estado())
                .isEqualTo(428);
        ClienteApi.Respuesta anulado = lucia.con("If-Match", etag)
                .post(caso("1000001", numero) + "/anulacion", "{\"motivo\":\"Ya no es necesario.\"}");
        assertThat(anulado.estado()).as(anulado.cuerpo()).isEqualTo(200);
        assertThat(anulado.json().getJsonObject("cabecera").getString("subestado"))
                .isEqualTo("ANULADO");
        assertThat(anulado.cabecera("ETag")).isNotEqualTo(etag);

        ClienteApi.Respuesta otraVez =
                lucia.con("If-Match", anulado.cabecera("ETag")).post(caso("1000001", numero) + "/anulacion", "{}");
        assertThat(otraVez.estado()).isEqualTo(409);
        assertThat(otraVez.json().getString("codigo")).isEqualTo("transicion-no-permitida");
    }

    @Test
    void unCasoResueltoSeValoraUnaVezConUnaPuntuacionDeUnoACinco() {
        String numero = casoResuelto("Valoración por la API");
        ClienteApi lucia = como("12345678Z").con("Accept-Language", "es");
        String etag = lucia.get(caso("1000001", numero)).cabecera("ETag");

        ClienteApi.Respuesta fuera =
                lucia.con("If-Match", etag).post(caso("1000001", numero) + "/valoracion", "{\"puntuacion\":7}");
        assertThat(fuera.estado()).isEqualTo(400);
        assertThat(fuera.json().getJsonArray("errores").getJsonObject(0).getString("campo"))
                .isEqualTo("puntuacion");

        ClienteApi.Respuesta valorado = lucia.con("If-Match", etag)
                .post(caso("1000001", numero) + "/valoracion", "{\"puntuacion\":4,\"observaciones\":\"Rápido.\"}");
        assertThat(valorado.estado()).as(valorado.cuerpo()).isEqualTo(200);
        assertThat(valorado.json().getJsonObject("cabecera").getInt("valoracion"))
                .isEqualTo(4);

        ClienteApi.Respuesta segunda = lucia.con("If-Match", valorado.cabecera("ETag"))
                .post(caso("1000001", numero) + "/valoracion", "{\"puntuacion\":5}");
        assertThat(segunda.estado()).isEqualTo(409);
    }

    @Test
    void abrirUnaNotificacionDevuelveElPdfYRegistraLaComparecencia() throws Exception {
        Puesta puesta = new Preparacion(casos, emision, actores, baseDeDatos)
                .resolucionPuestaADisposicion("Notificación por la API");
        ClienteApi javier = como("87654321X");

        ClienteApi.Respuesta bandeja = javier.get("autorizaciones/1000001/notificaciones");
        assertThat(bandeja.estado()).as(bandeja.cuerpo()).isEqualTo(200);
        JsonObject notificacion = bandeja.lista().stream()
                .map(JsonObject.class::cast)
                .filter(n -> n.getJsonNumber("id").longValue() == puesta.id())
                .findFirst()
                .orElseThrow();
        assertThat(notificacion.getString("estado")).isEqualTo("PENDIENTE");
        assertThat(notificacion.getString("numeroCaso")).isEqualTo(puesta.numero());

        ClienteApi.Respuesta pdf = javier.con("Accept", "application/pdf")
                .get(notificacion.getString("contenido").substring("/api/v1/".length()));
        assertThat(pdf.estado()).isEqualTo(200);
        assertThat(pdf.tipo()).isEqualTo("application/pdf");
        assertThat(pdf.cuerpo()).startsWith("%PDF");
        assertThat(pdf.cabecera("Content-Disposition")).startsWith("attachment;");

        assertThat(javier.get("autorizaciones/1000001/notificaciones").cuerpo())
                .contains("\"comparecenciaPor\":\"87654321X\"")
                .contains("PRACTICADA");
    }

    @Test
    void elContactoLoLeeCualquierUsuarioYSoloLoCambiaElPrincipal() {
        ClienteApi lucia = como("12345678Z");
        ClienteApi.Respuesta actual = lucia.get("autorizaciones/1000001/contacto");
        assertThat(actual.estado()).as(actual.cuerpo()).isEqualTo(200);
        assertThat(actual.json().getBoolean("modificable")).isTrue();
        String email = actual.json().getString("email");

        ClienteApi javier = como("87654321X");
        ClienteApi.Respuesta leido = javier.get("autorizaciones/1000001/contacto");
        assertThat(leido.json().getString("email")).isEqualTo(email);
        assertThat(leido.json().getBoolean("modificable")).isFalse();
        ClienteApi.Respuesta prohibido =
                javier.metodo("PUT", "autorizaciones/1000001/contacto", "{\"email\":\"javier@ejemplo.es\"}");
        assertThat(prohibido.estado()).isEqualTo(403);
        assertThat(prohibido.json().getString("detail")).contains("usuario principal");

        ClienteApi.Respuesta invalido =
                lucia.metodo("PUT", "autorizaciones/1000001/contacto", "{\"email\":\"no-es-un-correo\"}");
        assertThat(invalido.estado()).isEqualTo(400);
        assertThat(invalido.json().getJsonArray("errores").getJsonObject(0).getString("campo"))
                .isEqualTo("email");

        try {
            ClienteApi.Respuesta cambiado =
                    lucia.metodo("PUT", "autorizaciones/1000001/contacto", "{\"email\":\"nominas@ejemplo.es\"}");
            assertThat(cambiado.estado()).as(cambiado.cuerpo()).isEqualTo(200);
            assertThat(lucia.get("autorizaciones/1000001/contacto").json().getString("email"))
                    .isEqualTo("nominas@ejemplo.es");
        } finally {
            lucia.metodo("PUT", "autorizaciones/1000001/contacto", "{\"email\":\"" + email + "\"}");
        }
    }

    /** A Resolución de Desistimiento put at the disposal of 1000001: its case and its id. */
    record Puesta(String numero, long id) {}

    /** What the nightly job does to a Trámite waiting for information, without waiting 20 days. */
    record Preparacion(CasoService casos, EmisionDeResoluciones emision, Actores actores, DataSource baseDeDatos) {

        /**
         * Lucía files a Trámite in 1000001, a tramitador asks for information, the deadline passes (moved back by
         * SQL), and the system closes it de oficio and puts its Resolución at disposal, as the nightly job does.
         */
        Puesta resolucionPuestaADisposicion(String titulo) throws Exception {
            actores.entrar(LUCIA_1);
            Caso caso = casos.finalizarAlta(tramite(titulo).crear());
            String numero = caso.getNumero();
            actores.entrar(TRAMITADOR);
            caso = casos.asignar(numero, caso.getVersion(), null);
            casos.solicitarInformacion(numero, caso.getVersion(), "Aporte la escritura de modificación.");
            try (Connection c = baseDeDatos.getConnection();
                    PreparedStatement s = c.prepareStatement("""
                            update caso set fecha_ultima_solicitud = now() - interval '40 days',
                                            ultimo_dia_informacion = current_date - 19
                            where numero = ?""")) {
                s.setString(1, numero);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            Instant ahora = Instant.now();
            actores.comoSistema(() -> casos.cerrarDeOficio(numero, ahora));
            long id = idResolucion(numero);
            actores.comoSistema(() -> {
                emision.ponerADisposicion(emision.generar(id, ahora).orElseThrow());
                return null;
            });
            return new Puesta(numero, id);
        }

        private long idResolucion(String numero) throws SQLException {
            try (Connection c = baseDeDatos.getConnection();
                    PreparedStatement s = c.prepareStatement("select r.id from resolucion_desistimiento r"
                            + " join caso c on c.id = r.caso_id where c.numero = ?")) {
                s.setString(1, numero);
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).isTrue();
                    return r.getLong(1);
                }
            }
        }
    }
}

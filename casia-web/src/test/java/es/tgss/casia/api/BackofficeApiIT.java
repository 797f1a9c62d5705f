package es.tgss.casia.api;

import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Casos.consulta;
import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Local;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The back-office over HTTP, as a TGSS system calls it: the bandeja, the detail with its ETag and admitted actions,
 * each action with If-Match and its answer (the case as it is now, with its new ETag), the refusals as problems
 * (403 to an autorizado, 409 with the current version, 428 without If-Match) and opening a case towards an
 * autorización. The cases the tests work on are filed by Lucía through {@link CasoService} (the arrangement; the
 * autorizado's side of the API is tested on its own).
 */
@ExtendWith(ArquillianExtension.class)
class BackofficeApiIT {

    /** One token per demo user for the whole class: each costs a password check. */
    private static final Map<String, String> TOKENS = new HashMap<>();

    @ArquillianResource
    private URL base;

    @Inject
    private CasoService casos;

    @Inject
    private Actores actores;

    private ClienteApi como(String usuario) {
        ClienteApi anonimo = anonimo();
        return anonimo.conToken(TOKENS.computeIfAbsent(usuario, u -> TokensApiIT.token(u)));
    }

    private ClienteApi anonimo() {
        return ClienteApi.anonimo(Local.raiz(base));
    }

    /** A new Consulta of Lucía's in 1000001, Presentado. */
    private String presentado(String titulo) {
        actores.entrar(LUCIA_1);
        return casos.finalizarAlta(consulta(titulo).crear()).getNumero();
    }

    private static JsonObject cabecera(ClienteApi.Respuesta r) {
        assertThat(r.estado()).as(r.cuerpo()).isBetween(200, 201);
        return r.json().getJsonObject("cabecera");
    }

    private static List<String> acciones(ClienteApi.Respuesta r) {
        return r.json().getJsonArray("acciones").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** POSTs the action with the ETag of the previous answer and expects it done. */
    private static ClienteApi.Respuesta hacer(
            ClienteApi cliente, ClienteApi.Respuesta anterior, String ruta, String cuerpo) {
        ClienteApi.Respuesta r =
                cliente.con("If-Match", anterior.cabecera("ETag")).post(ruta, cuerpo);
        assertThat(r.estado()).as(ruta + ": " + r.cuerpo()).isEqualTo(200);
        assertThat(r.cabecera("ETag")).isNotEqualTo(anterior.cabecera("ETag"));
        return r;
    }

    @Test
    void laBandejaFiltraPaginaConElTotalYRechazaParametrosMalos() {
        String numero = presentado("Bandeja por la API");
        ClienteApi tramitador = como("tram.madrid1");

        ClienteApi.Respuesta pagina = tramitador.get(
                "backoffice/bandeja?autorizacion=1000001&subestado=PRESENTADO&recientesPrimero=true&size=1");
        assertThat(pagina.estado()).as(pagina.cuerpo()).isEqualTo(200);
        JsonObject json = pagina.json();
        assertThat(json.getJsonArray("elementos")).hasSize(1);
        assertThat(json.getJsonArray("elementos").getJsonObject(0).getString("numero"))
                .isEqualTo(numero);
        assertThat(json.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(json.getInt("tamano")).isEqualTo(1);

        ClienteApi.Respuesta subestado = tramitador.get("backoffice/bandeja?subestado=NINGUNO");
        assertThat(subestado.estado()).isEqualTo(400);
        assertThat(subestado.tipo()).startsWith("application/problem+json");
        assertThat(subestado.json().getJsonArray("errores").toString()).contains("\"campo\":\"subestado\"");
        ClienteApi.Respuesta tamano = tramitador.get("backoffice/bandeja?size=101");
        assertThat(tamano.estado()).isEqualTo(400);
        assertThat(tamano.json().getJsonArray("errores").toString()).contains("\"campo\":\"size\"");
    }

    @Test
    void cadaAccionDelTramitadorCambiaElCasoYDevuelveSuNuevaEtag() {
        String numero = presentado("Acciones por la API");
        ClienteApi tramitador = como("tram.madrid1");
        String caso = "backoffice/casos/" + numero;

        ClienteApi.Respuesta r = tramitador.get(caso);
        assertThat(cabecera(r).getString("subestado")).isEqualTo("PRESENTADO");
        assertThat(r.cabecera("ETag")).isEqualTo("\"" + cabecera(r).getInt("version") + "\"");
        assertThat(acciones(r)).contains("ASIGNAR").doesNotContain("RESOLVER", "REASIGNAR");

        r = hacer(tramitador, r, caso + "/tomar", "");
        assertThat(cabecera(r).getString("subestado")).isEqualTo("ASIGNADO");
        assertThat(cabecera(r).getString("tramitador")).isEqualTo("tram.madrid1");
        assertThat(cabecera(r).getString("unidad")).isEqualTo("DP-28");
        assertThat(acciones(r)).contains("RESOLVER", "ESCALAR", "TRANSFERIR").doesNotContain("ASIGNAR");

        r = hacer(tramitador, r, caso + "/escalado", "{\"motivo\":\"Lo ve el jefe de sección\"}");
        assertThat(cabecera(r).getString("subestado")).isEqualTo("ESCALADO");
        assertThat(r.json().getJsonArray("mensajes").toString()).contains("NOTA_INTERNA", "Lo ve el jefe de sección");

        r = hacer(tramitador, r, caso + "/tomar", "");
        r = hacer(tramitador, r, caso + "/transferencia", "{\"unidad\":\"UC-COT\",\"motivo\":\"Es de cotización\"}");
        assertThat(cabecera(r).getString("subestado")).isEqualTo("TRANSFERIDO");
        assertThat(cabecera(r).getString("unidad")).isEqualTo("UC-COT");

        r = hacer(
                tramitador,
                r,
                caso + "/reclasificacion",
                "{\"materia\":\"RECAUDACION\",\"categoria\":\"CON_REC_DEUDAS\"}");
        assertThat(cabecera(r).getString("subestado")).isEqualTo("TRANSFERIDO");
        assertThat(cabecera(r).getString("categoria")).containsIgnoringCase("deuda");

        ClienteApi central = como("tram.central1");
        r = hacer(central, r, caso + "/tomar", "");
        assertThat(cabecera(r).getString("tramitador")).isEqualTo("tram.central1");
        r = hacer(central, r, caso + "/solicitud-informacion", "{\"solicitud\":\"Indique el CCC.\"}");
        assertThat(cabecera(r).getString("subestado")).isEqualTo("SOLICITADA_INFORMACION");
        assertThat(r.json().getString("ultimoDiaRespuesta")).isNotBlank();

        r = hacer(central, r, caso + "/resolucion", "{\"respuesta\":\"Resuelto de oficio por la TGSS.\"}");
        assertThat(cabecera(r).getString("subestado")).isEqualTo("RESUELTO");
        assertThat(cabecera(r).getString("respuesta")).isEqualTo("Resuelto de oficio por la TGSS.");
        assertThat(acciones(r)).containsExactly("NOTA_INTERNA");

        ClienteApi.Respuesta historial = tramitador.get(caso + "/historial");
        assertThat(historial.estado()).isEqualTo(200);
        assertThat(historial.lista().getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getString("accion"))
                        .toList())
                .containsExactly(
                        "FINALIZAR_ALTA",
                        "ASIGNAR",
                        "ESCALAR",
                        "ASIGNAR",
                        "TRANSFERIR",
                        "RECLASIFICAR",
                        "ASIGNAR",
                        "SOLICITAR_INFORMACION",
                        "RESOLVER");
        assertThat(historial.lista().getJsonObject(1).getString("actor")).isEqualTo("tram.madrid1");
    }

    @Test
    void laSupervisoraAsignaYReasignaYUnTramitadorNo() {
        String numero = presentado("Asignación por la API");
        String caso = "backoffice/casos/" + numero;
        ClienteApi supervisora = como("sup.madrid");

        ClienteApi.Respuesta r = supervisora.get(caso);
        ClienteApi.Respuesta tramitador = como("tram.madrid1")
                .con("If-Match", r.cabecera("ETag"))
                .post(caso + "/asignacion", "{\"tramitador\":\"tram.madrid2\"}");
        assertThat(tramitador.estado()).isEqualTo(403);
        assertThat(tramitador.json().getString("codigo")).isEqualTo("sin-permiso");

        ClienteApi.Respuesta desconocido = supervisora
                .con("If-Match", r.cabecera("ETag"))
                .post(caso + "/asignacion", "{\"tramitador\":\"nadie\"}");
        assertThat(desconocido.estado()).isEqualTo(400);
        assertThat(desconocido.json().getJsonArray("errores").toString()).contains("\"campo\":\"tramitador\"");

        r = hacer(supervisora, r, caso + "/asignacion", "{\"tramitador\":\"tram.madrid2\"}");
        assertThat(cabecera(r).getString("subestado")).isEqualTo("ASIGNADO");
        assertThat(cabecera(r).getString("tramitador")).isEqualTo("tram.madrid2");
        assertThat(acciones(r)).contains("REASIGNAR");

        r = hacer(supervisora, r, caso + "/asignacion", "{\"tramitador\":\"tram.madrid1\"}");
        assertThat(cabecera(r).getString("subestado")).isEqualTo("ASIGNADO");
        assertThat(cabecera(r).getString("tramitador")).isEqualTo("tram.madrid1");
        assertThat(supervisora.get(caso + "/historial").cuerpo()).contains("REASIGNAR");
    }

    @Test
    void laAnulacionPendienteSeRechazaConMotivosOSeAprueba() {
        ClienteApi tramitador = como("tram.madrid1");
        String aRechazar = presentado("Anulación rechazada");
        String aAprobar = presentado("Anulación aprobada");
        for (String numero : List.of(aRechazar, aAprobar)) {
            String caso = "backoffice/casos/" + numero;
            ClienteApi.Respuesta tomado = hacer(tramitador, tramitador.get(caso), caso + "/tomar", "");
            // The autorizado asks for it (arrangement: the autorizado's side of the API is another resource).
            actores.entrar(LUCIA_1);
            casos.solicitarAnulacion(numero, cabecera(tomado).getInt("version"), "Ya no");
        }
        String rechazada = "backoffice/casos/" + aRechazar;
        String aprobada = "backoffice/casos/" + aAprobar;

        ClienteApi.Respuesta r = tramitador.get(rechazada);
        assertThat(cabecera(r).getBoolean("anulacionPendiente")).isTrue();
        assertThat(acciones(r))
                .contains("APROBAR_ANULACION", "RECHAZAR_ANULACION")
                .doesNotContain("RESOLVER");
        ClienteApi.Respuesta sinMotivos =
                tramitador.con("If-Match", r.cabecera("ETag")).post(rechazada + "/anulacion/rechazo", "{}");
        assertThat(sinMotivos.estado()).isEqualTo(400);
        assertThat(sinMotivos.json().getJsonArray("errores").toString()).contains("\"campo\":\"motivos\"");
        r = hacer(tramitador, r, rechazada + "/anulacion/rechazo", "{\"motivos\":\"Ya está casi resuelto.\"}");
        assertThat(cabecera(r).getBoolean("anulacionPendiente")).isFalse();
        assertThat(cabecera(r).getString("subestado")).isEqualTo("ASIGNADO");

        r = hacer(tramitador, tramitador.get(aprobada), aprobada + "/anulacion/aprobacion", "");
        assertThat(cabecera(r).getString("subestado")).isEqualTo("ANULADO");
    }

    @Test
    void unaNotaInternaNoPideIfMatchNiCambiaLaVersion() {
        String caso = "backoffice/casos/" + presentado("Nota interna por la API");
        ClienteApi tramitador = como("tram.madrid1");
        ClienteApi.Respuesta antes = tramitador.get(caso);

        ClienteApi.Respuesta r = tramitador.post(caso + "/notas", "{\"nota\":\"Llamar a la gestoría.\"}");
        assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
        assertThat(r.cabecera("ETag")).isEqualTo(antes.cabecera("ETag"));
        assertThat(r.json().getJsonArray("mensajes").toString()).contains("NOTA_INTERNA", "Llamar a la gestoría.");

        ClienteApi.Respuesta vacia = tramitador.post(caso + "/notas", "{\"nota\":\" \"}");
        assertThat(vacia.estado()).isEqualTo(400);
        assertThat(vacia.json().getJsonArray("errores").toString()).contains("\"campo\":\"nota\"");
    }

    @Test
    void seAbreUnCasoHaciaUnaAutorizacionEnSolicitadaInformacion() {
        ClienteApi tramitador = como("tram.madrid1");
        String cuerpo = """
                {"tipo":"CONSULTA","materia":"COTIZACION","categoria":"CON_COT_SLD","afectaPeriodoEnCurso":false,
                 "titulo":"Revisión de bases","descripcion":"La TGSS revisa sus bases de cotización.",
                 "solicitud":"Aporte las nóminas de enero."}""";
        String clave = "apertura-" + System.nanoTime();
        ClienteApi.Respuesta r =
                tramitador.con("Idempotency-Key", clave).post("backoffice/autorizaciones/1000001/casos", cuerpo);
        assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
        // A retry (the answer was lost on the way) opens nothing more: the same case, the same answer.
        ClienteApi.Respuesta otraVez =
                tramitador.con("Idempotency-Key", clave).post("backoffice/autorizaciones/1000001/casos", cuerpo);
        assertThat(otraVez.estado()).isEqualTo(201);
        assertThat(otraVez.cabecera("Location")).isEqualTo(r.cabecera("Location"));
        assertThat(otraVez.cabecera("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otraVez.cuerpo()).isEqualTo(r.cuerpo());
        JsonObject cabecera = cabecera(r);
        assertThat(cabecera.getString("subestado")).isEqualTo("SOLICITADA_INFORMACION");
        assertThat(cabecera.getString("origen")).isEqualTo("TGSS");
        assertThat(cabecera.getString("autorizacion")).isEqualTo("1000001");
        assertThat(r.cabecera("ETag")).isEqualTo("\"" + cabecera.getInt("version") + "\"");
        assertThat(r.cabecera("Location")).endsWith("/api/v1/backoffice/casos/" + cabecera.getString("numero"));
        assertThat(r.json().getJsonArray("mensajes").toString()).contains("Aporte las nóminas de enero.");

        ClienteApi.Respuesta malo =
                tramitador.post("backoffice/autorizaciones/9999999/casos", "{\"tipo\":\"CONSULTA\",\"titulo\":\"x\"}");
        assertThat(malo.estado()).isEqualTo(400);
        assertThat(malo.json().getJsonArray("errores").toString())
                .contains("\"campo\":\"autorizacion\"")
                .contains("\"campo\":\"solicitud\"");
    }

    @Test
    void lasRespuestasPredefinidasSonUnaLista() {
        ClienteApi.Respuesta r = como("tram.madrid1").get("backoffice/respuestas-predefinidas");
        assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
        assertThat(r.lista()).isNotNull();
    }

    @Test
    void elDocumentoOpenApiDescribeElBackoffice() throws Exception {
        var r = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(Local.raiz(base).resolve("openapi"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("/api/v1/backoffice/bandeja", "/api/v1/backoffice/autorizaciones/{numeroAutorizacion}/casos")
                .contains("Tomar el caso", "Rechazar la anulación", "Añadir una nota interna");
    }

    @Test
    void unAutorizadoRecibe403YSinTokenEs401() {
        String numero = presentado("Del autorizado");
        ClienteApi lucia = como("12345678Z");
        for (ClienteApi.Respuesta r : List.of(
                lucia.get("backoffice/bandeja"),
                lucia.get("backoffice/casos/" + numero),
                lucia.get("backoffice/casos/" + numero + "/historial"),
                lucia.get("backoffice/respuestas-predefinidas"),
                lucia.con("If-Match", "\"0\"").post("backoffice/casos/" + numero + "/tomar", ""),
                lucia.post("backoffice/casos/" + numero + "/notas", "{\"nota\":\"x\"}"),
                lucia.post("backoffice/autorizaciones/1000001/casos", "{}"))) {
            assertThat(r.estado()).as(r.cuerpo()).isEqualTo(403);
            assertThat(r.json().getString("codigo")).isEqualTo("sin-permiso");
        }
        ClienteApi.Respuesta anonima = anonimo().get("backoffice/bandeja");
        assertThat(anonima.estado()).isEqualTo(401);
        assertThat(anonima.cabecera("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void sinIfMatch428ConUnaVersionViejaOUnaTransicionRechazada409ConLaVersionActual() {
        String numero = presentado("Conflictos por la API");
        String caso = "backoffice/casos/" + numero;
        ClienteApi tramitador = como("tram.madrid1");
        ClienteApi.Respuesta leido = tramitador.get(caso);
        int version = cabecera(leido).getInt("version");

        ClienteApi.Respuesta sin = tramitador.post(caso + "/tomar", "");
        assertThat(sin.estado()).isEqualTo(428);
        assertThat(sin.tipo()).startsWith("application/problem+json");
        assertThat(tramitador
                        .con("If-Match", "\"abc\"")
                        .post(caso + "/tomar", "")
                        .estado())
                .isEqualTo(412);

        ClienteApi.Respuesta rechazada = tramitador
                .con("If-Match", leido.cabecera("ETag"))
                .post(caso + "/resolucion", "{\"respuesta\":\"Aún nadie lo ha tomado.\"}");
        assertThat(rechazada.estado()).isEqualTo(409);
        assertThat(rechazada.json().getString("codigo")).isEqualTo("transicion-no-permitida");
        assertThat(rechazada.json().getInt("version")).isEqualTo(version);

        hacer(tramitador, leido, caso + "/tomar", "");
        ClienteApi.Respuesta vieja =
                tramitador.con("If-Match", leido.cabecera("ETag")).post(caso + "/escalado", "{\"motivo\":\"x\"}");
        assertThat(vieja.estado()).isEqualTo(409);
        assertThat(vieja.json().getString("codigo")).isEqualTo("caso-modificado");
        assertThat(vieja.json().getInt("version")).isGreaterThan(version);

        ClienteApi.Respuesta noExiste =
                tramitador.con("If-Match", "\"0\"").post("backoffice/casos/1999/99999999/tomar", "");
        assertThat(noExiste.estado()).isEqualTo(404);
        assertThat(noExiste.json().getString("codigo")).isEqualTo("caso-no-encontrado");
        assertThat(tramitador.get("backoffice/casos/1999/99999999").estado()).isEqualTo(404);
        assertThat(tramitador.get("backoffice/casos/NO-EXISTE").estado()).isEqualTo(404);
    }
}

package es.tgss.casia.api;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.notificacion.BuzonDeSalida;
import es.tgss.casia.notificacion.Notificacion;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Local;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations API over HTTP, as an operations script would use it: launch a missed night with its fechaReferencia
 * and follow it in the list, be refused (409) what cannot be stopped or restarted, and watch and retry the outbox.
 * Nobody but operations: a tramitador gets 403, a caller without a token 401.
 */
@ExtendWith(ArquillianExtension.class)
class OpsApiIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @ArquillianResource
    private URL base;

    @Inject
    private BuzonDeSalida buzon;

    @Inject
    private Actores actores;

    @Resource
    private UserTransaction transaccion;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    private ClienteApi anonimo() {
        return ClienteApi.anonimo(Local.raiz(base));
    }

    private ClienteApi ops() {
        return anonimo().conToken(TokensApiIT.token("ops1"));
    }

    /** The execution as the API shows it once it has ended. */
    private static JsonObject terminada(ClienteApi ops, long id) throws InterruptedException {
        Instant limite = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(limite)) {
            ClienteApi.Respuesta r = ops.get("ops/trabajos/ejecuciones/" + id);
            assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
            String situacion = r.json().getString("situacion", "STARTING");
            if (!situacion.startsWith("START")) {
                return r.json();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("La ejecución " + id + " no ha terminado en 60 s");
    }

    private static void problema(ClienteApi.Respuesta r, int estado, String codigo) {
        assertThat(r.estado()).as(r.cuerpo()).isEqualTo(estado);
        assertThat(r.tipo()).startsWith(Problema.TIPO_DE_CONTENIDO);
        assertThat(r.json().getString("codigo")).isEqualTo(codigo);
    }

    @Test
    void unaNocheSeLanzaConSuFechaUnaSolaVezYSeVeEnLaLista() throws Exception {
        ClienteApi ops = ops();
        LocalDate noche = LocalDate.now(MADRID).minusDays(3);

        ClienteApi.Respuesta lanzada =
                ops.post("ops/trabajos/cierre-de-oficio/ejecuciones", "{\"fechaReferencia\":\"" + noche + "\"}");

        assertThat(lanzada.estado()).as(lanzada.cuerpo()).isEqualTo(201);
        long id = lanzada.json().getJsonNumber("idEjecucion").longValue();
        assertThat(lanzada.cabecera("Location")).endsWith("/api/v1/ops/trabajos/ejecuciones/" + id);
        assertThat(lanzada.json().getString("trabajo")).isEqualTo("cierre-de-oficio");
        assertThat(lanzada.json().getString("dia")).isEqualTo(noche.toString());

        JsonObject fin = terminada(ops, id);
        assertThat(fin.getString("situacion")).isEqualTo("COMPLETED");
        assertThat(fin.getString("duracion")).startsWith("PT");
        assertThat(fin.getJsonArray("errores")).isEmpty();
        assertThat(fin.getBoolean("reanudable")).isFalse();
        assertThat(fin.getBoolean("detenible")).isFalse();
        assertThat(fin.getJsonArray("pasos")).isNotEmpty().allSatisfy(p -> {
            JsonObject paso = p.asJsonObject();
            assertThat(paso.getString("estado")).isEqualTo("COMPLETED");
            assertThat(paso.getJsonObject("contadores")).isNotEmpty();
        });

        ClienteApi.Respuesta lista = ops.get("ops/trabajos/ejecuciones");
        assertThat(lista.estado()).isEqualTo(200);
        assertThat(lista.json().getJsonArray("elementos"))
                .map(JsonValue::asJsonObject)
                .filteredOn(e -> e.getJsonNumber("idEjecucion").longValue() == id)
                .singleElement()
                .satisfies(e -> assertThat(e.getString("dia")).isEqualTo(noche.toString()));

        ClienteApi.Respuesta otraVez =
                ops.post("ops/trabajos/cierre-de-oficio/ejecuciones", "{\"fechaReferencia\":\"" + noche + "\"}");
        problema(otraVez, 409, "ejecucion-no-permitida");
        assertThat(otraVez.json().getString("detail")).contains(noche.toString());
    }

    @Test
    void loTerminadoNoSeReanudaNiSeDetieneYLoQueNoExisteEs404() throws Exception {
        ClienteApi ops = ops();
        long id = ops.post(
                        "ops/trabajos/cierre-de-oficio/ejecuciones",
                        "{\"fechaReferencia\":\"" + LocalDate.now(MADRID).minusDays(5) + "\"}")
                .json()
                .getJsonNumber("idEjecucion")
                .longValue();
        terminada(ops, id);

        ClienteApi.Respuesta reanudar = ops.post("ops/trabajos/ejecuciones/" + id + "/reanudacion", "");
        problema(reanudar, 409, "ejecucion-no-permitida");
        assertThat(reanudar.json().getString("detail")).startsWith("La ejecución " + id + " no se puede reanudar");
        ClienteApi.Respuesta detener = ops.post("ops/trabajos/ejecuciones/" + id + "/detencion", "");
        problema(detener, 409, "ejecucion-no-permitida");
        assertThat(detener.json().getString("detail"))
                .isEqualTo("La ejecución " + id + " no está en curso: no hay nada que detener.");

        long ninguna = Long.MAX_VALUE;
        problema(ops.get("ops/trabajos/ejecuciones/" + ninguna), 404, "no-encontrado");
        problema(ops.post("ops/trabajos/ejecuciones/" + ninguna + "/reanudacion", ""), 404, "no-encontrado");
        problema(ops.post("ops/trabajos/ejecuciones/" + ninguna + "/detencion", ""), 404, "no-encontrado");
        problema(ops.post("ops/trabajos/otro/ejecuciones", "{}"), 404, "no-encontrado");
    }

    @Test
    void unaNocheFuturaEsUn400EnFechaReferencia() {
        ClienteApi.Respuesta r = ops().post(
                        "ops/trabajos/cierre-de-oficio/ejecuciones",
                        "{\"fechaReferencia\":\"" + LocalDate.now(MADRID).plusDays(1) + "\"}");
        problema(r, 400, "campo-invalido");
        assertThat(r.json().getJsonArray("errores").getJsonObject(0).getString("campo"))
                .isEqualTo("fechaReferencia");
        assertThat(r.json().getJsonArray("errores").getJsonObject(0).getString("detalle"))
                .startsWith("La noche no puede ser posterior a hoy");
    }

    @Test
    void soloOperacionUsaEstasRutasUnTramitadorRecibe403YSinToken401() {
        ClienteApi tramitador = anonimo().conToken(TokensApiIT.token("tram.madrid1"));
        ClienteApi[] llamadas = {tramitador, anonimo()};
        int[] estados = {403, 401};
        String[] codigos = {"sin-permiso", "no-autenticado"};
        for (int i = 0; i < llamadas.length; i++) {
            ClienteApi quien = llamadas[i];
            problema(quien.get("ops/trabajos/ejecuciones"), estados[i], codigos[i]);
            problema(quien.get("ops/trabajos/ejecuciones/1"), estados[i], codigos[i]);
            problema(quien.post("ops/trabajos/cierre-de-oficio/ejecuciones", "{}"), estados[i], codigos[i]);
            problema(quien.post("ops/trabajos/otro/ejecuciones", "{}"), estados[i], codigos[i]);
            problema(quien.post("ops/trabajos/ejecuciones/1/detencion", ""), estados[i], codigos[i]);
            problema(quien.post("ops/trabajos/ejecuciones/1/reanudacion", ""), estados[i], codigos[i]);
            problema(quien.get("ops/buzon"), estados[i], codigos[i]);
            problema(quien.post("ops/buzon/1/reintento", ""), estados[i], codigos[i]);
        }
    }

    @Test
    void opsVeElBuzonPorEstadoYReintentaUnAvisoFallidoUnaVez() throws Exception {
        long id = fallida();
        ClienteApi ops = ops();

        ClienteApi.Respuesta estado = ops.get("ops/buzon?size=100");
        assertThat(estado.estado()).as(estado.cuerpo()).isEqualTo(200);
        JsonObject recuento = estado.json().getJsonObject("recuento");
        assertThat(recuento.keySet()).containsExactlyInAnyOrder("PENDIENTE", "ENVIADA", "FALLIDA");
        assertThat(recuento.getJsonNumber("FALLIDA").longValue()).isPositive();
        JsonObject avisos = estado.json().getJsonObject("avisos");
        assertThat(avisos.getJsonNumber("total").longValue())
                .isEqualTo(recuento.getJsonNumber("FALLIDA").longValue());
        assertThat(avisos.getJsonArray("elementos"))
                .map(JsonValue::asJsonObject)
                .filteredOn(a -> a.getJsonNumber("id").longValue() == id)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getString("estado")).isEqualTo("FALLIDA");
                    assertThat(a.getInt("intentos")).isEqualTo(8);
                    assertThat(a.getString("ultimoError")).isEqualTo("550 buzón desconocido");
                });
        ClienteApi.Respuesta pasada = ops.get("ops/buzon?page=1000&size=100");
        assertThat(pasada.json().getJsonObject("avisos").getJsonArray("elementos"))
                .isEmpty();
        problema(ops.get("ops/buzon?size=101"), 400, "campo-invalido");
        problema(ops.get("ops/buzon?estado=PERDIDA"), 400, "campo-invalido");

        assertThat(ops.post("ops/buzon/" + id + "/reintento", "").estado()).isEqualTo(202);
        ClienteApi.Respuesta otraVez = ops.post("ops/buzon/" + id + "/reintento", "");
        problema(otraVez, 409, "aviso-no-fallido");
        assertThat(otraVez.json().getString("detail")).contains(String.valueOf(id));
    }

    /** A notice as after its last refused attempt (the state a real refusal reaches is tested in NotificacionIT). */
    private long fallida() throws Exception {
        actores.entrar(Actores.LUCIA_1);
        transaccion.begin();
        Notificacion n = buzon.encolar(
                "fallida-" + System.nanoTime() + "@gestoria.example", "Fallida", "Texto.", "<p>Texto.</p>");
        transaccion.commit();
        transaccion.begin();
        em.createNativeQuery("update notificacion set estado = 'FALLIDA', intentos = 8,"
                        + " ultimo_error = '550 buzón desconocido' where id = " + n.getId())
                .executeUpdate();
        transaccion.commit();
        actores.salir();
        return n.getId();
    }
}

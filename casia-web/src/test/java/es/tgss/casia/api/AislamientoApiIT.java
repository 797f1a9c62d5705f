package es.tgss.casia.api;

import static es.tgss.casia.api.AccionesApiIT.PDF;
import static es.tgss.casia.api.AccionesApiIT.caso;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.LUCIA_2;
import static es.tgss.casia.prueba.Casos.tramite;
import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.resolucion.EmisionDeResoluciones;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Local;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an autorizado may not see answers exactly as what does not exist, on every path that takes an id: Pedro, a
 * user of 1000002 only, against Lucía's things in 1000001 — naming 1000001 (not his: the autorización is "not found")
 * and naming his own 1000002 with Lucía's case, document, justificante and notification ids (the case is "not
 * found"). Each answer is compared with the one for an id that exists nowhere.
 */
@ExtendWith(ArquillianExtension.class)
class AislamientoApiIT {

    private static final String NINGUN_CASO = "2026/99999999";
    private static final long NINGUN_ID = 999_999_999L;

    @ArquillianResource
    private URL base;

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private EmisionDeResoluciones emision;

    @Inject
    private Actores actores;

    @Resource(lookup = "jdbc/casia")
    private DataSource baseDeDatos;

    private ClienteApi anonimo() {
        return ClienteApi.anonimo(Local.raiz(base));
    }

    /** The same status and problem type as the answer for something that does not exist. */
    private static void comoInexistente(ClienteApi.Respuesta ajena, ClienteApi.Respuesta inexistente, String que) {
        assertThat(inexistente.estado())
                .as(que + " (inexistente): " + inexistente.cuerpo())
                .isEqualTo(404);
        assertThat(ajena.estado()).as(que + ": " + ajena.cuerpo()).isEqualTo(404);
        assertThat(ajena.tipo()).as(que).startsWith("application/problem+json");
        assertThat(ajena.json().getString("type"))
                .as(que)
                .isEqualTo(inexistente.json().getString("type"));
        assertThat(ajena.json().getString("title"))
                .as(que)
                .isEqualTo(inexistente.json().getString("title"));
    }

    @Test
    void pedroNoVeNadaDeLaAutorizacionDeLuciaNiPorSuRutaNiDesdeLaSuya() throws Exception {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(tramite("Aislamiento por la API")
                .documento(NuevoDocumento.de("DOCUMENTACION_ACREDITATIVA", "Escritura", "escritura.pdf", PDF))
                .crear());
        String numero = caso.getNumero();
        DetalleCaso detalle = vista.detalle(numero);
        long documento = detalle.documentos().get(0).id();
        long justificante = detalle.justificantes().get(0).id();
        long notificacion = new AccionesApiIT.Preparacion(casos, emision, actores, baseDeDatos)
                .resolucionPuestaADisposicion("Notificación aislada")
                .id();
        actores.entrar(LUCIA_2);
        String casoDeLucia2 =
                casos.finalizarAlta(tramite("De Lucía en 1000002").crear()).getNumero();
        actores.salir();

        ClienteApi pedro = anonimo().conToken(TokensApiIT.token("22222222J")).con("If-Match", "\"1\"");

        // 1000001 is not Pedro's: as if it did not exist, whatever follows in the path.
        Function<String, ClienteApi.Respuesta[]> enLaDeLucia = resto -> new ClienteApi.Respuesta[] {
            pedro.get("autorizaciones/1000001/" + resto), pedro.get("autorizaciones/9999999/" + resto)
        };
        for (String resto : new String[] {
            "contacto",
            "notificaciones",
            "notificaciones/" + notificacion,
            "casos",
            "casos/" + numero,
            "casos/" + numero + "/historial",
            "casos/" + numero + "/mensajes",
            "casos/" + numero + "/documentos/" + documento,
            "casos/" + numero + "/justificantes/" + justificante
        }) {
            ClienteApi.Respuesta[] r = enLaDeLucia.apply(resto);
            comoInexistente(r[0], r[1], resto);
            assertThat(r[0].json().getString("codigo")).isEqualTo("acceso-no-permitido");
        }
        for (String accion : new String[] {"informacion", "anulacion", "valoracion"}) {
            comoInexistente(
                    pedro.post(caso("1000001", numero) + "/" + accion, "{\"informacion\":\"x\",\"puntuacion\":3}"),
                    pedro.post(caso("9999999", numero) + "/" + accion, "{\"informacion\":\"x\",\"puntuacion\":3}"),
                    accion + " en 1000001");
        }
        comoInexistente(
                pedro.metodo("PUT", "autorizaciones/1000001/contacto", "{\"email\":\"pedro@ejemplo.es\"}"),
                pedro.metodo("PUT", "autorizaciones/9999999/contacto", "{\"email\":\"pedro@ejemplo.es\"}"),
                "PUT contacto");

        // From his own 1000002, Lucía's case, its document and justificante and her notification are "not found".
        comoInexistente(pedro.get(caso("1000002", numero)), pedro.get(caso("1000002", NINGUN_CASO)), "caso");
        comoInexistente(
                pedro.get(caso("1000002", numero) + "/historial"),
                pedro.get(caso("1000002", NINGUN_CASO) + "/historial"),
                "historial");
        comoInexistente(
                pedro.get(caso("1000002", numero) + "/mensajes"),
                pedro.get(caso("1000002", NINGUN_CASO) + "/mensajes"),
                "mensajes");
        comoInexistente(
                pedro.get(caso("1000002", numero) + "/documentos/" + documento),
                pedro.get(caso("1000002", NINGUN_CASO) + "/documentos/" + documento),
                "documento");
        comoInexistente(
                pedro.get(caso("1000002", numero) + "/justificantes/" + justificante),
                pedro.get(caso("1000002", NINGUN_CASO) + "/justificantes/" + justificante),
                "justificante");
        for (String accion : new String[] {"informacion", "anulacion", "valoracion"}) {
            comoInexistente(
                    pedro.post(caso("1000002", numero) + "/" + accion, "{\"informacion\":\"x\",\"puntuacion\":3}"),
                    pedro.post(caso("1000002", NINGUN_CASO) + "/" + accion, "{\"informacion\":\"x\",\"puntuacion\":3}"),
                    accion);
        }
        comoInexistente(
                pedro.get("autorizaciones/1000002/notificaciones/" + notificacion),
                pedro.get("autorizaciones/1000002/notificaciones/" + NINGUN_ID),
                "notificación");
        assertThat(pedro.get("autorizaciones/1000002/notificaciones").cuerpo())
                .doesNotContain("\"id\":" + notificacion + ",");

        // Lucía herself: a document or justificante id of one case is "not found" under another of her cases.
        ClienteApi lucia = anonimo().conToken(TokensApiIT.token("12345678Z"));
        comoInexistente(
                lucia.get(caso("1000002", casoDeLucia2) + "/documentos/" + documento),
                lucia.get(caso("1000002", casoDeLucia2) + "/documentos/" + NINGUN_ID),
                "documento de otro caso");
        comoInexistente(
                lucia.get(caso("1000002", casoDeLucia2) + "/justificantes/" + justificante),
                lucia.get(caso("1000002", casoDeLucia2) + "/justificantes/" + NINGUN_ID),
                "justificante de otro caso");
        comoInexistente(
                lucia.get("autorizaciones/1000002/notificaciones/" + notificacion),
                lucia.get("autorizaciones/1000002/notificaciones/" + NINGUN_ID),
                "notificación de su otra autorización");
        // Not a número de caso at all: 404, never a 500.
        assertThat(lucia.get("autorizaciones/1000001/casos/no-es-un-numero/mensajes")
                        .estado())
                .isEqualTo(404);
    }
}

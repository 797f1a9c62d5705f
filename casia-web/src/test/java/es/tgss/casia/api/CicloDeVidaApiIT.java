package es.tgss.casia.api;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case's whole life as two programs live it: the autorizado's payroll software and a TGSS system, each with its
 * own token, each reading the subestado from its own detail after every step. The autorizado files a Consulta, the
 * tramitador takes it and asks for information, the autorizado answers, the tramitador resolves, the autorizado
 * rates.
 * Nothing but HTTP: no service is called, no session is kept.
 */
@ExtendWith(ArquillianExtension.class)
class CicloDeVidaApiIT {

    @ArquillianResource
    private URL base;

    @Test
    void delAltaALaValoracionSoloPorLaApi() {
        ClienteApi anonimo = ClienteApi.anonimo(Local.raiz(base));
        ClienteApi programaDeNominas = anonimo.conToken(TokensApiIT.token("12345678Z"));
        ClienteApi tgss = anonimo.conToken(TokensApiIT.token("tram.madrid1"));

        // 1. The autorizado files a Consulta.
        ClienteApi.Respuesta alta = programaDeNominas.post("autorizaciones/1000001/casos", """
                {"tipo":"CONSULTA","materia":"COTIZACION","categoria":"CON_COT_SLD","afectaPeriodoEnCurso":false,
                 "titulo":"Ciclo completo por la API","descripcion":"¿Cómo se calcula el recargo?",
                 "datos":[{"ccc":"28 1234567 42"}]}""");
        assertThat(alta.estado()).as(alta.cuerpo()).isEqualTo(201);
        String numero = alta.json().getJsonObject("cabecera").getString("numero");
        assertThat(alta.cabecera("Location")).endsWith("/api/v1/autorizaciones/1000001/casos/" + numero);
        String delAutorizado = "autorizaciones/1000001/casos/" + numero;
        String delBackoffice = "backoffice/casos/" + numero;
        assertThat(subestado(programaDeNominas.get(delAutorizado))).isEqualTo("PRESENTADO");

        // 2. The tramitador finds it in the bandeja, takes it and asks for information.
        ClienteApi.Respuesta bandeja =
                tgss.get("backoffice/bandeja?autorizacion=1000001&subestado=PRESENTADO&size=100");
        assertThat(bandeja.json().getJsonArray("elementos").toString()).contains(numero);
        ClienteApi.Respuesta r = tgss.get(delBackoffice);
        r = tgss.con("If-Match", r.cabecera("ETag")).post(delBackoffice + "/tomar", "");
        assertThat(subestado(r)).isEqualTo("ASIGNADO");
        assertThat(subestado(programaDeNominas.get(delAutorizado))).isEqualTo("ASIGNADO");
        r = tgss.con("If-Match", r.cabecera("ETag"))
                .post(delBackoffice + "/solicitud-informacion", "{\"solicitud\":\"Indique el CCC afectado.\"}");
        assertThat(subestado(r)).isEqualTo("SOLICITADA_INFORMACION");

        ClienteApi.Respuesta visto = programaDeNominas.get(delAutorizado);
        assertThat(subestado(visto)).isEqualTo("SOLICITADA_INFORMACION");
        assertThat(visto.json().getString("ultimoDiaRespuesta")).isNotBlank();
        assertThat(visto.json().getJsonObject("cabecera"))
                .as("internal management is not shown to the autorizado")
                .doesNotContainKeys("tramitador", "unidad");

        // 3. The autorizado answers, at the version its detail gave.
        ClienteApi.Respuesta respondido = programaDeNominas
                .con("If-Match", "\"" + version(visto) + "\"")
                .post(delAutorizado + "/informacion", "{\"informacion\":\"El CCC es 28 1234567 42.\"}");
        assertThat(subestado(respondido)).isEqualTo("ASIGNADO");
        assertThat(subestado(programaDeNominas.get(delAutorizado))).isEqualTo("ASIGNADO");

        // 4. The tramitador sees the answer and resolves.
        r = tgss.get(delBackoffice);
        assertThat(subestado(r)).isEqualTo("ASIGNADO");
        assertThat(r.json().getJsonArray("mensajes").toString()).contains("El CCC es 28 1234567 42.");
        r = tgss.con("If-Match", r.cabecera("ETag"))
                .post(delBackoffice + "/resolucion", "{\"respuesta\":\"Su base de cotización es correcta.\"}");
        assertThat(subestado(r)).isEqualTo("RESUELTO");

        visto = programaDeNominas.get(delAutorizado);
        assertThat(subestado(visto)).isEqualTo("RESUELTO");
        assertThat(visto.json().getJsonObject("cabecera").getString("respuesta"))
                .isEqualTo("Su base de cotización es correcta.");

        // 5. The autorizado rates it.
        ClienteApi.Respuesta valorado = programaDeNominas
                .con("If-Match", visto.cabecera("ETag"))
                .post(delAutorizado + "/valoracion", "{\"puntuacion\":5,\"observaciones\":\"Rápido y claro.\"}");
        assertThat(valorado.estado()).as(valorado.cuerpo()).isEqualTo(200);
        visto = programaDeNominas.get(delAutorizado);
        assertThat(subestado(visto)).isEqualTo("RESUELTO");
        assertThat(visto.json().getJsonObject("cabecera").getInt("valoracion")).isEqualTo(5);

        // The history tells both sides the same story, the autorizado's without the tramitador's login.
        List<String> pasos = List.of(
                "FINALIZAR_ALTA", "ASIGNAR", "SOLICITAR_INFORMACION", "MODIFICAR_INFORMACION", "RESOLVER", "VALORAR");
        assertThat(acciones(tgss.get(delBackoffice + "/historial"))).containsExactlyElementsOf(pasos);
        ClienteApi.Respuesta historial = programaDeNominas.get(delAutorizado + "/historial");
        assertThat(acciones(historial)).containsExactlyElementsOf(pasos);
        assertThat(historial.cuerpo()).doesNotContain("tram.madrid1");
    }

    private static String subestado(ClienteApi.Respuesta r) {
        assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
        return r.json().getJsonObject("cabecera").getString("subestado");
    }

    private static int version(ClienteApi.Respuesta r) {
        int version = r.json().getJsonObject("cabecera").getInt("version");
        assertThat(r.cabecera("ETag")).isEqualTo("\"" + version + "\"");
        return version;
    }

    private static List<String> acciones(ClienteApi.Respuesta historial) {
        assertThat(historial.estado()).as(historial.cuerpo()).isEqualTo(200);
        return historial.lista().getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("accion"))
                .toList();
    }
}

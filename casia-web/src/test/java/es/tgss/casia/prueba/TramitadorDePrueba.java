package es.tgss.casia.prueba;

import es.tgss.casia.demo.DatosDemo;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tramitador acting on cases from a test that drives the portal from outside the server: logs in over HTTP and
 * asks {@link TramitacionDePruebaServlet} to run the action through the real services. A stand-in for the
 * back-office screens (issue 10), never for the rules: those run in the server as in production.
 */
public final class TramitadorDePrueba {

    private final ClienteWeb cliente;

    private TramitadorDePrueba(ClienteWeb cliente) {
        this.cliente = cliente;
    }

    /** Logs in as the demo tramitador {@code login} (for instance tram.madrid1, of DP-28) at the application's root. */
    public static TramitadorDePrueba accede(URI raiz, String login) {
        ClienteWeb cliente = new ClienteWeb(raiz);
        int estado = cliente.acceder(login, DatosDemo.CONTRASENA).statusCode();
        if (estado != 302 && estado != 303) {
            throw new IllegalStateException("El tramitador " + login + " no ha podido acceder: " + estado);
        }
        return new TramitadorDePrueba(cliente);
    }

    /** Takes the case (Asignado). */
    public String asignar(String numero) {
        return tramitar(numero, "asignar", "");
    }

    /** Asks for information (Solicitada Información); the 20 days start. */
    public String solicitarInformacion(String numero, String solicitud) {
        return tramitar(numero, "solicitar", solicitud);
    }

    /** Answers the case (Cerrado/Resuelto); the valoración is offered. */
    public String resolver(String numero, String respuesta) {
        return tramitar(numero, "resolver", respuesta);
    }

    public String aprobarAnulacion(String numero) {
        return tramitar(numero, "aprobar", "");
    }

    public String rechazarAnulacion(String numero, String motivos) {
        return tramitar(numero, "rechazar", motivos);
    }

    /**
     * What the nightly job does once the 20 days have passed (they are moved into the past): closes the case de
     * oficio and puts its Resolución de Desistimiento at the autorización's disposal ({@link
     * ResolucionDePruebaServlet}). Answers the resolución's id.
     */
    public long cerrarDeOficioYPonerADisposicion(String numero) {
        HttpResponse<String> respuesta = cliente.post("prueba/resolucion", Map.of("numero", numero));
        if (respuesta.statusCode() != 200) {
            throw new IllegalStateException("cierre de oficio " + numero + " → " + respuesta.statusCode());
        }
        return Long.parseLong(respuesta.body().strip());
    }

    /** The case's new subestado; an IllegalStateException with the service's refusal otherwise. */
    private String tramitar(String numero, String accion, String texto) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put("numero", numero);
        campos.put("accion", accion);
        campos.put("texto", texto);
        HttpResponse<String> respuesta = cliente.post("prueba/tramitar", campos);
        if (respuesta.statusCode() != 200) {
            throw new IllegalStateException(
                    accion + " " + numero + " → " + respuesta.statusCode() + ": " + respuesta.body());
        }
        return respuesta.body();
    }
}

package es.tgss.casia.api;

import es.tgss.casia.error.Mensaje;
import es.tgss.casia.error.Textos;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, plus CASIA's extensions: the
 * {@code codigo} (the type's last segment), the per-field {@code errores} of a validation, and for a refused change the
 * case's current {@code version} (send it back in {@code If-Match} to act on what the case is now).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "codigo", "errores", "version"})
public record Problema(
        String type,
        String title,
        int status,
        String detail,
        String codigo,
        List<ErrorDeCampo> errores,
        Integer version) {

    public static final String TIPO_DE_CONTENIDO = "application/problem+json";

    /** One wrong field: its name as the request's JSON names it, and what is wrong with it. */
    public record ErrorDeCampo(String campo, String detalle) {}

    /** Thread-safe, and costly to make: one for the problems written outside JAX-RS. */
    private static final Jsonb JSON = JsonbBuilder.create();

    public Problema {
        errores = errores == null || errores.isEmpty() ? null : List.copyOf(errores);
    }

    /** A problem of that type, its title in the caller's language. */
    public static Problema de(TipoDeProblema tipo, Textos textos, String detalle) {
        return new Problema(
                tipo.uri(),
                textos.de(Mensaje.de(tipo.claveDelTitulo())),
                tipo.estado(),
                detalle,
                tipo.codigo(),
                null,
                null);
    }

    public Problema conErrores(List<ErrorDeCampo> campos) {
        return new Problema(type, title, status, detail, codigo, campos, version);
    }

    public Problema conVersion(Integer actual) {
        return new Problema(type, title, status, detail, codigo, errores, actual);
    }

    /** Written where JAX-RS does not reach (the authentication, before any resource). */
    static void escribir(HttpServletResponse respuesta, Problema problema) throws IOException {
        respuesta.setStatus(problema.status());
        respuesta.setContentType(TIPO_DE_CONTENIDO);
        respuesta.setCharacterEncoding(StandardCharsets.UTF_8.name());
        respuesta.getWriter().write(JSON.toJson(problema));
        respuesta.flushBuffer();
    }
}

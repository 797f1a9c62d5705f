package es.tgss.casia.api;

import es.tgss.casia.error.CodigoError;
import java.util.Locale;

/**
 * The kinds of problem the API answers, each with its HTTP status and a stable {@code type} URI
 * ({@code /api/v1/problemas/<código>}): clients decide on the type, never on the text. The business ones are the
 * error model's codes ({@link CodigoError}) one for one; the rest are the API's own (authentication, HTTP).
 */
public enum TipoDeProblema {
    // The error model's codes.
    /** Also what a case of another autorización answers: not being allowed to see it is the same as not existing. */
    CASO_NO_ENCONTRADO(404),
    CASO_MODIFICADO(409),
    TRANSICION_NO_PERMITIDA(409),
    /** An autorización the caller is not a member of: 404, the same as one that does not exist. */
    ACCESO_NO_PERMITIDO(404),
    CAMPO_INVALIDO(400),
    CATALOGO_MODIFICADO(409),
    CATALOGO_NO_ENCONTRADO(404),
    EJECUCION_NO_PERMITIDA(409),
    TOKEN_NO_ENCONTRADO(404),
    CLAVE_DE_IDEMPOTENCIA_REUTILIZADA(422),
    // The API's own.
    NO_AUTENTICADO(401),
    SIN_PERMISO(403),
    NO_ENCONTRADO(404),
    METODO_NO_PERMITIDO(405),
    FORMATO_NO_ACEPTABLE(406),
    PRECONDICION_FALLIDA(412),
    DEMASIADO_GRANDE(413),
    TIPO_DE_CONTENIDO(415),
    PRECONDICION_REQUERIDA(428),
    DEMASIADOS_INTENTOS(429),
    /** An outbox notice that is not (or no longer) failed cannot be retried: sent meanwhile, or already retried. */
    AVISO_NO_FALLIDO(409),
    ERROR_INTERNO(500);

    public static final String RAIZ_DE_LOS_TIPOS = "/api/v1/problemas/";

    private final int estado;

    TipoDeProblema(int estado) {
        this.estado = estado;
    }

    public static TipoDeProblema de(CodigoError codigo) {
        return valueOf(codigo.name());
    }

    public int estado() {
        return estado;
    }

    /** {@code caso-no-encontrado}: the last segment of the type URI. */
    public String codigo() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String uri() {
        return RAIZ_DE_LOS_TIPOS + codigo();
    }

    /** The key of its title in the errores bundle. */
    public String claveDelTitulo() {
        return "problema." + name();
    }
}

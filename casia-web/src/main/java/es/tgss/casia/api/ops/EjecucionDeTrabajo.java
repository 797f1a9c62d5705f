package es.tgss.casia.api.ops;

import es.tgss.casia.lote.EjecucionNocturna;
import es.tgss.casia.lote.PasoDeEjecucion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One night's run of a job as the API shows it: what the operations page shows, with the durations as ISO 8601
 * ({@code PT42.5S}) so that a program can read them. Its own record, not the service's view, so that the JSON and its
 * schema in the OpenAPI document are the same fields and no more. Every component carries its {@code @Schema}:
 * Payara 6.2025 leaves the others out of the document, and writes a list without its type of element unless told.
 */
@Schema(name = "EjecucionDeTrabajo", description = "Una ejecución nocturna de un trabajo, con sus pasos y errores")
public record EjecucionDeTrabajo(
        @Schema(description = "Nombre del trabajo", example = "cierre-de-oficio")
        String trabajo,

        @Schema(
                type = SchemaType.STRING,
                format = "date",
                description = "La noche (fechaReferencia del trabajo)",
                example = "2026-11-20")
        LocalDate dia,

        @Schema(
                type = SchemaType.STRING,
                format = "date-time",
                description = "Cuándo se lanzó (el temporizador o un operador)")
        Instant lanzada,

        @Schema(description = "Identificador de la ejecución; nulo si no llegó a empezar", example = "42")
        Long idEjecucion,

        @Schema(description = "La ejecución a la que reanudó o sustituyó, o nulo")
        Long idAnterior,

        @Schema(
                description = "Estado del lote o INTERRUMPIDA si su servidor dejó de latir",
                example = "COMPLETED",
                enumeration = {
                    "STARTING",
                    "STARTED",
                    "STOPPING",
                    "STOPPED",
                    "FAILED",
                    "COMPLETED",
                    "ABANDONED",
                    "INTERRUMPIDA"
                })
        String situacion,

        Instant inicio,

        @Schema(
                type = SchemaType.STRING,
                format = "date-time",
                description = "Nulo mientras se ejecuta o si se interrumpió")
        Instant fin,

        @Schema(description = "Hasta el fin, o hasta ahora mientras se ejecuta (ISO 8601)", example = "PT4.2S")
        String duracion,

        @Schema(type = SchemaType.STRING, format = "date-time", description = "El último latido de la ejecución")
        Instant latido,

        @Schema(description = "Recuentos del último paso", example = "CERRADOS=3 NO_CERRADOS=0")
        String resultado,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Qué falló: cada paso fallido con su estado de salida")
        List<String> errores,

        @Schema(description = "Se puede reanudar (fallida, detenida o interrumpida)")
        boolean reanudable,

        @Schema(description = "Se puede detener (en curso)") boolean detenible,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = Paso.class,
                description = "Sus pasos, en el orden en que se ejecutaron")
        List<Paso> pasos) {

    /**
     * The latest runs. An object with the list rather than the bare list: Payara 6.2025 writes the schema of an
     * operation that returns a list of annotated records as an array without items, which no validator accepts.
     */
    @Schema(name = "Ejecuciones", description = "Las últimas ejecuciones, la más reciente primero")
    public record Lista(
            @Schema(type = SchemaType.ARRAY, implementation = EjecucionDeTrabajo.class, description = "Las ejecuciones")
            List<EjecucionDeTrabajo> elementos) {}

    /** One step of the run, with its counts. */
    @Schema(name = "PasoDeEjecucion", description = "Un paso de la ejecución")
    public record Paso(
            @Schema(example = "cerrar") String nombre,
            @Schema(example = "COMPLETED") String estado,

            @Schema(description = "Estado de salida: sus recuentos o su error", example = "CERRADOS=3")
            String salida,

            @Schema(description = "Recuentos del paso", example = "{\"CERRADOS\": 3}")
            Map<String, Long> contadores,

            @Schema(type = SchemaType.STRING, format = "date-time", description = "Cuándo empezó")
            Instant inicio,

            @Schema(type = SchemaType.STRING, format = "date-time", description = "Cuándo terminó, o nulo")
            Instant fin,

            @Schema(example = "PT1.5S") String duracion) {

        static Paso de(PasoDeEjecucion paso) {
            return new Paso(
                    paso.getNombre(),
                    paso.getEstado(),
                    paso.getSalida(),
                    paso.getContadores(),
                    paso.getInicio(),
                    paso.getFin(),
                    iso(paso.getDuracion()));
        }
    }

    static EjecucionDeTrabajo de(EjecucionNocturna e) {
        return new EjecucionDeTrabajo(
                e.getTrabajo(),
                e.getDia(),
                e.getLanzada(),
                e.getIdEjecucion(),
                e.getIdAnterior(),
                e.getSituacion(),
                e.getInicio(),
                e.getFin(),
                iso(e.getDuracion()),
                e.getLatido(),
                e.getResultado(),
                e.getErrores(),
                e.isReanudable(),
                e.isDetenible(),
                e.getPasos().stream().map(Paso::de).toList());
    }

    private static String iso(Duration duracion) {
        return duracion == null ? null : duracion.toString();
    }
}

package es.tgss.casia.lote;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What operations may do with a nightly run, decided from its batch status and its heartbeat alone (a plain unit
 * test checks it, no container). A server killed with {@code kill -9} leaves its execution STARTED for ever and
 * {@code JobOperator.restart} refuses it: such a run is told from a live one by its heartbeat
 * ({@link LatidoDelTrabajo}), which stops.
 */
public final class ReglaDeEjecucion {

    /** Batch statuses of a run that some server is (or was, when it died) working on. */
    private static final Set<String> EN_MARCHA = Set.of("STARTING", "STARTED", "STOPPING");

    private static final Pattern CONTADOR = Pattern.compile("([A-Z][A-Z0-9_]*)=(\\d+)");

    private ReglaDeEjecucion() {}

    /**
     * A run is interrupted when its status says it is running but nothing has been heard of it for longer than the
     * timeout: its last heartbeat or, when it never beat (killed before its first chunk), its launch.
     *
     * @param latido the last heartbeat, or null when none was recorded
     * @param inicio when the run was launched (or launched again)
     */
    public static boolean interrumpida(
            String estado, Instant latido, Instant inicio, Instant ahora, Duration caducidad) {
        if (!EN_MARCHA.contains(estado)) {
            return false;
        }
        Instant ultimaSenal = latido != null ? latido : inicio;
        return ultimaSenal != null && ultimaSenal.plus(caducidad).isBefore(ahora);
    }

    /**
     * Failed and stopped runs are restarted by the batch runtime from their checkpoint; an interrupted one is
     * launched again as a new instance with the same parameters (the runtime refuses to restart it).
     */
    public static boolean reanudable(String estado, boolean interrumpida) {
        return "FAILED".equals(estado) || "STOPPED".equals(estado) || interrumpida;
    }

    /** Only a live run can be stopped: a dead server would never see the request. */
    public static boolean detenible(String estado, boolean interrumpida) {
        return ("STARTING".equals(estado) || "STARTED".equals(estado)) && !interrumpida;
    }

    /**
     * The counts of a step's exit status, {@code KEY=n KEY=n …} in their order ("CERRADOS=12 OMITIDOS=3"); empty
     * when the exit status carries none (a failed step's "FAILED", or no exit status at all).
     */
    public static Map<String, Long> contadores(String salida) {
        if (salida == null) {
            return Map.of();
        }
        Map<String, Long> contadores = new LinkedHashMap<>();
        Matcher m = CONTADOR.matcher(salida);
        while (m.find()) {
            contadores.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return Collections.unmodifiableMap(contadores);
    }

    /** A duration as operations read it, in any language: {@code H:MM:SS}; empty for none. */
    public static String duracion(Duration duracion) {
        if (duracion == null || duracion.isNegative()) {
            return "";
        }
        long segundos = duracion.toSeconds();
        return String.format("%d:%02d:%02d", segundos / 3600, segundos / 60 % 60, segundos % 60);
    }
}

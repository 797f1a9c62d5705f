package es.tgss.casia.caso;

import es.tgss.casia.calendario.Calendario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Lo que la regla necesita saber del caso y de la petición, aparte de su estado.
 *
 * @param ahora         instante de la acción (el servicio lo toma de su {@code Clock})
 * @param tramite       el caso es de tipo Trámite (justificantes y Resolución de Desistimiento)
 * @param documentosAnadidos en Modificar Información se anexan documentos
 * @param puntuacion    en Valorar, la puntuación elegida; {@code null} en otras acciones
 * @param calendario    los días inhábiles con que se calcula el último día de un plazo que empieza ahora
 */
public record Contexto(
        Instant ahora, boolean tramite, boolean documentosAnadidos, Integer puntuacion, Calendario calendario) {

    public Contexto {
        Objects.requireNonNull(ahora, "ahora");
        Objects.requireNonNull(calendario, "calendario");
    }

    /** Sin más días inhábiles que sábados y domingos (el servicio pasa siempre el calendario de la base de datos). */
    public static Contexto en(Instant ahora, boolean tramite) {
        return new Contexto(ahora, tramite, false, null, Calendario.SOLO_FINES_DE_SEMANA);
    }

    public Contexto conDocumentos() {
        return new Contexto(ahora, tramite, true, puntuacion, calendario);
    }

    public Contexto conPuntuacion(int puntuacion) {
        return new Contexto(ahora, tramite, documentosAnadidos, puntuacion, calendario);
    }

    public Contexto conCalendario(Calendario otro) {
        return new Contexto(ahora, tramite, documentosAnadidos, puntuacion, otro);
    }

    /** Último día para aportar la información si se solicita en este instante (el plazo que se guarda en el caso). */
    public LocalDate ultimoDiaSiSeSolicitaAhora() {
        return calendario.ultimoDiaDelPlazo(ahora, CicloDeVidaCaso.DIAS_PLAZO_INFORMACION);
    }
}

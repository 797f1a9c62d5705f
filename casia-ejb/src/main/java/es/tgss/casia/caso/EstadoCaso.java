package es.tgss.casia.caso;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Estado de un caso en lo que afecta a su ciclo de vida. Inmutable; el constructor rechaza combinaciones que
 * ninguna transición puede producir, para que un dato corrupto se note al cargarlo y no más tarde.
 *
 * @param subestado                       el estado se deduce de él
 * @param anulacionPendiente              el autorizado pidió la anulación y el tramitador aún no ha decidido
 * @param fechaUltimaSolicitudInformacion instante de la última solicitud de información; solo existe mientras el
 *                                        caso está en Solicitada Información (es cuando corre el plazo)
 * @param ultimoDiaParaResponder          último día (fecha de Madrid, inclusive) para aportarla: calculado con el
 *                                        calendario de días inhábiles al pedirla y guardado; existe con la fecha
 * @param valorado                        el autorizado ya valoró la atención (solo casos cerrados)
 * @param anulacionAutomatica             anulado a petición del autorizado cuando aún estaba Presentado: ningún
 *                                        tramitador lo atendió, así que no hay atención que valorar
 */
public record EstadoCaso(
        Subestado subestado,
        boolean anulacionPendiente,
        Instant fechaUltimaSolicitudInformacion,
        LocalDate ultimoDiaParaResponder,
        boolean valorado,
        boolean anulacionAutomatica) {

    public EstadoCaso {
        Objects.requireNonNull(subestado, "subestado");
        if (anulacionPendiente && (subestado.cerrado() || subestado == Subestado.PRESENTADO)) {
            // En Presentado la anulación es inmediata; cerrar un caso siempre resuelve la solicitud pendiente.
            throw new IllegalArgumentException("No puede haber anulación pendiente en " + subestado);
        }
        if ((subestado == Subestado.SOLICITADA_INFORMACION) != (fechaUltimaSolicitudInformacion != null)) {
            throw new IllegalArgumentException(
                    "La fecha de la última solicitud de información existe si y solo si el caso está en Solicitada Información");
        }
        if ((fechaUltimaSolicitudInformacion == null) != (ultimoDiaParaResponder == null)) {
            throw new IllegalArgumentException("El último día para responder existe si y solo si hay solicitud");
        }
        if (valorado && subestado.abierto()) {
            throw new IllegalArgumentException("Solo se valoran casos cerrados");
        }
        if (anulacionAutomatica && (subestado != Subestado.ANULADO || valorado)) {
            throw new IllegalArgumentException(
                    "Solo un caso Anulado, y sin valorar, puede haberse anulado automáticamente");
        }
    }

    /** Caso sin anulación pendiente, sin valorar y fuera de Solicitada Información. */
    public static EstadoCaso en(Subestado subestado) {
        return new EstadoCaso(subestado, false, null, null, false, false);
    }

    /** Anulado al pedirlo el autorizado mientras estaba Presentado. */
    public static EstadoCaso anuladoAutomaticamente() {
        return new EstadoCaso(Subestado.ANULADO, false, null, null, false, true);
    }

    /** Caso en Solicitada Información cuya última solicitud se hizo en {@code desde}, con plazo hasta {@code ultimoDia}. */
    public static EstadoCaso solicitadaInformacion(Instant desde, LocalDate ultimoDia) {
        return new EstadoCaso(
                Subestado.SOLICITADA_INFORMACION,
                false,
                Objects.requireNonNull(desde),
                Objects.requireNonNull(ultimoDia),
                false,
                false);
    }

    public Estado estado() {
        return subestado.estado();
    }

    EstadoCaso conAnulacionPendiente(boolean pendiente) {
        return new EstadoCaso(
                subestado,
                pendiente,
                fechaUltimaSolicitudInformacion,
                ultimoDiaParaResponder,
                valorado,
                anulacionAutomatica);
    }

    EstadoCaso comoValorado() {
        return new EstadoCaso(
                subestado, anulacionPendiente, fechaUltimaSolicitudInformacion, ultimoDiaParaResponder, true, false);
    }
}

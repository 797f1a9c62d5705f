package es.tgss.casia.caso.vista;

import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.TipoActor;
import java.time.OffsetDateTime;

/**
 * One line of Consulta de Histórico: what was done, the subestado it left, when, by whom, with what remark.
 *
 * @param actor       login of who did it ("sistema" for the nightly sweep); null in the autorizado's view for what a
 *                    tramitador did
 * @param observacion the remark; null in the autorizado's view for the TGSS's internal management
 * @param direccion   the address the action came from (the TGSS's audit); null in the autorizado's view
 */
public record LineaHistorial(
        Accion accion, Subestado subestado, OffsetDateTime fecha, String actor, String observacion, String direccion) {

    /** The line as the autorizado may see it: no tramitador's login, no reasons of internal management. */
    LineaHistorial paraElAutorizado() {
        return new LineaHistorial(
                accion,
                subestado,
                fecha,
                accion.actor() == TipoActor.TRAMITADOR ? null : actor,
                accion.interna() ? null : observacion,
                null);
    }
}

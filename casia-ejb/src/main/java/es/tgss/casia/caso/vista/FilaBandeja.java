package es.tgss.casia.caso.vista;

import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.caso.EstadoCaso;
import es.tgss.casia.caso.Origen;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.TipoActor;
import es.tgss.casia.catalogo.TipoCaso;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One case in the tramitador's bandeja: enough to choose what to work next without opening it.
 *
 * @param version              what "Tomar" sends back: of two tramitadores taking it at once, one wins
 * @param unidad               código of the unidad working it; null while nobody has taken it
 * @param tramitador           login of the tramitador working it; null while nobody has it
 * @param ultimoDiaRespuesta   while in Solicitada Información, the stored last day to answer; null otherwise
 */
public record FilaBandeja(
        String numero,
        int version,
        TipoCaso tipo,
        Origen origen,
        Subestado subestado,
        boolean anulacionPendiente,
        String titulo,
        OffsetDateTime fechaAlta,
        String materia,
        String categoria,
        String autorizacion,
        String nifUsuarioAlta,
        String unidad,
        String tramitador,
        LocalDate ultimoDiaRespuesta)
        implements Serializable {

    /** "Tomar" is offered where the rule admits it: nobody works it (Presentado), or it waits in Escalado/Transferido. */
    public boolean tomable() {
        // Which day the request was made does not change what may be taken: any instant stands for it.
        EstadoCaso estado = new EstadoCaso(
                subestado,
                anulacionPendiente,
                ultimoDiaRespuesta == null ? null : Instant.EPOCH,
                ultimoDiaRespuesta,
                false,
                false);
        return CicloDeVidaCaso.admitidas(estado, TipoActor.TRAMITADOR).contains(Accion.ASIGNAR);
    }
}

package es.tgss.casia.api.backoffice;

import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.vista.DatoVisible;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.DocumentoVisible;
import es.tgss.casia.caso.vista.JustificanteVisible;
import es.tgss.casia.caso.vista.MensajeVisible;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A case as the tramitador's detail screen shows it: the same fields as the autorizado's detail (so a client reads
 * both alike), plus the messages with the internal notes and the actions the rule admits now.
 *
 * @param mensajes the case's messages, oldest first, internal notes included
 * @param acciones what the caller may do with the case now, as {@link es.tgss.casia.caso.CicloDeVidaCaso#admitidas}
 *                 says; {@code REASIGNAR} only to a supervisor, the only one the service lets reassign
 */
public record DetalleDelBackoffice(
        DetalleCaso.Cabecera cabecera,
        List<DatoVisible> datos,
        List<DocumentoVisible> documentos,
        List<JustificanteVisible> justificantes,
        LocalDate ultimoDiaRespuesta,
        List<MensajeVisible> mensajes,
        Set<Accion> acciones) {

    static DetalleDelBackoffice de(DetalleCaso detalle, List<MensajeVisible> mensajes, boolean supervisor) {
        Set<Accion> acciones = EnumSet.noneOf(Accion.class);
        acciones.addAll(detalle.cabecera().accionesDelTramitador());
        if (!supervisor) {
            acciones.remove(Accion.REASIGNAR);
        }
        return new DetalleDelBackoffice(
                detalle.cabecera(),
                detalle.datos(),
                detalle.documentos(),
                detalle.justificantes(),
                detalle.ultimoDiaRespuesta(),
                mensajes,
                acciones);
    }
}

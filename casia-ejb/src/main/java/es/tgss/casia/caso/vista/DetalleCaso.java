package es.tgss.casia.caso.vista;

import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.caso.EstadoCaso;
import es.tgss.casia.caso.Origen;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.TipoActor;
import es.tgss.casia.catalogo.TipoCaso;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A case as its detail screen shows it: the case, its datos complementarios, the description of its documents and
 * its justificantes.
 *
 * @param justificantes      to an autorizado, without the Resolución de Desistimiento (see resolucionEnSede)
 * @param ultimoDiaRespuesta while in Solicitada Información, the last day (Madrid calendar) to provide the
 *                           information ("hasta el … inclusive"); null otherwise
 * @param resolucionEnSede   to an autorizado only: the case has a Resolución de Desistimiento, which they open in the
 *                           Sede inbox ("Notificaciones"), where opening it is the comparecencia
 */
public record DetalleCaso(
        Cabecera cabecera,
        List<DatoVisible> datos,
        List<DocumentoVisible> documentos,
        List<JustificanteVisible> justificantes,
        LocalDate ultimoDiaRespuesta,
        boolean resolucionEnSede) {

    /**
     * The case's own columns and the names it points to, read in one statement.
     *
     * @param version             what a command on this case must send back (of two actors at once, one wins)
     * @param anulacionAutomatica cancelled at the autorizado's request while Presentado: nothing to rate
     * @param unidad              the unidad working it; null in the autorizado's view (internal management)
     * @param tramitador          the tramitador working it; null in the autorizado's view
     */
    public record Cabecera(
            String numero,
            int version,
            TipoCaso tipo,
            Origen origen,
            Subestado subestado,
            boolean anulacionPendiente,
            boolean anulacionAutomatica,
            String titulo,
            String descripcion,
            boolean afectaPeriodoEnCurso,
            OffsetDateTime fechaAlta,
            String materia,
            String categoria,
            String subcategoria,
            String autorizacion,
            String razonSocial,
            String nifUsuarioAlta,
            String nombreYApellidosUsuarioAlta,
            String unidad,
            String tramitador,
            String respuesta,
            Integer valoracion,
            OffsetDateTime fechaUltimaSolicitud,
            LocalDate ultimoDiaInformacion,
            OffsetDateTime fechaCierre) {

        /** Solicitar Anulación is offered: open, and not already asked for. */
        public boolean anulacionAdmitida() {
            return CicloDeVidaCaso.anulacionAdmitida(subestado, anulacionPendiente);
        }

        /** Asking for cancellation now cancels at once (nobody has handled the case); otherwise a tramitador decides. */
        public boolean anulacionSeriaAutomatica() {
            return CicloDeVidaCaso.anulacionAutomatica(subestado);
        }

        /** What a tramitador may do with the case now, as the rule says (the back-office offers these only). */
        public Set<Accion> accionesDelTramitador() {
            EstadoCaso estado = new EstadoCaso(
                    subestado,
                    anulacionPendiente,
                    fechaUltimaSolicitud == null ? null : fechaUltimaSolicitud.toInstant(),
                    ultimoDiaInformacion,
                    valoracion != null,
                    anulacionAutomatica);
            return CicloDeVidaCaso.admitidas(estado, TipoActor.TRAMITADOR);
        }

        /** The Valoración is offered: closed, not rated, and handled by a tramitador. */
        public boolean valoracionOfrecida() {
            return CicloDeVidaCaso.valorable(subestado, valoracion != null, anulacionAutomatica);
        }

        Cabecera paraElAutorizado() {
            return new Cabecera(
                    numero,
                    version,
                    tipo,
                    origen,
                    subestado,
                    anulacionPendiente,
                    anulacionAutomatica,
                    titulo,
                    descripcion,
                    afectaPeriodoEnCurso,
                    fechaAlta,
                    materia,
                    categoria,
                    subcategoria,
                    autorizacion,
                    razonSocial,
                    nifUsuarioAlta,
                    nombreYApellidosUsuarioAlta,
                    null,
                    null,
                    respuesta,
                    valoracion,
                    fechaUltimaSolicitud,
                    ultimoDiaInformacion,
                    fechaCierre);
        }
    }

    public String numero() {
        return cabecera.numero();
    }
}

package es.tgss.casia.caso.vista;

import es.tgss.casia.caso.EstadoBuscado;
import es.tgss.casia.caso.Origen;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.comun.Pagina;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of the tramitador's bandeja. Every one is optional; the bandeja starts from the open cases, oldest
 * first. Unlike Gestión de casos, the dates need not fall in one month: a work queue shows what is waiting,
 * however old.
 *
 * @param materia            código of the materia
 * @param categoria          código of the categoría
 * @param autorizacion       número of the autorización
 * @param anulacionPendiente only the cases whose autorizado asked for cancellation, waiting for a decision
 * @param vencePronto        only the cases in Solicitada Información with {@value VistaDeCasos#DIAS_VENCE_PRONTO}
 *                           days or fewer left to answer (or already past, not yet closed de oficio)
 * @param mios               only the cases assigned to the caller
 * @param unidad             código of the unidad; supervisors only (a tramitador always sees their own unidad)
 * @param recientesPrimero   newest first instead of oldest first
 */
public record CriteriosBandeja(
        EstadoBuscado estado,
        Subestado subestado,
        TipoCaso tipo,
        String materia,
        String categoria,
        Origen origen,
        String autorizacion,
        String nifUsuarioAlta,
        LocalDate desde,
        LocalDate hasta,
        boolean anulacionPendiente,
        boolean vencePronto,
        boolean mios,
        String unidad,
        boolean recientesPrimero,
        int pagina,
        int tamano)
        implements Serializable {

    public CriteriosBandeja {
        estado = estado == null ? EstadoBuscado.ABIERTO : estado;
        tamano = Pagina.tamano(tamano, 20);
        pagina = Math.max(pagina, 0);
    }

    /** The bandeja as it opens: the open cases, oldest first. */
    public static CriteriosBandeja abiertos() {
        return new CriteriosBandeja(
                EstadoBuscado.ABIERTO,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                null,
                false,
                0,
                20);
    }

    public CriteriosBandeja enPagina(int numero) {
        return new CriteriosBandeja(
                estado,
                subestado,
                tipo,
                materia,
                categoria,
                origen,
                autorizacion,
                nifUsuarioAlta,
                desde,
                hasta,
                anulacionPendiente,
                vencePronto,
                mios,
                unidad,
                recientesPrimero,
                numero,
                tamano);
    }
}

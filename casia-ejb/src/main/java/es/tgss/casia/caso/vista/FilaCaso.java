package es.tgss.casia.caso.vista;

import es.tgss.casia.caso.Subestado;
import es.tgss.casia.catalogo.TipoCaso;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One case in a list (Gestión de casos, the tramitador's bandeja).
 *
 * @param unidad     código of the unidad working it; null until assigned, and always in the autorizado's view
 * @param tramitador login of the tramitador; null while nobody has it, and always in the autorizado's view
 */
public record FilaCaso(
        String numero,
        TipoCaso tipo,
        Subestado subestado,
        boolean anulacionPendiente,
        String titulo,
        OffsetDateTime fechaAlta,
        String materia,
        String categoria,
        String autorizacion,
        String usuarioAlta,
        String unidad,
        String tramitador)
        implements Serializable {

    /** Which unidad and tramitador work a case is the TGSS's internal management (DESIGN.md). */
    FilaCaso paraElAutorizado() {
        return new FilaCaso(
                numero,
                tipo,
                subestado,
                anulacionPendiente,
                titulo,
                fechaAlta,
                materia,
                categoria,
                autorizacion,
                usuarioAlta,
                null,
                null);
    }
}

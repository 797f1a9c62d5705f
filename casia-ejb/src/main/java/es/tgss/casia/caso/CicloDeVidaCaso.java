package es.tgss.casia.caso;

import static es.tgss.casia.caso.Efecto.JUSTIFICANTE_APERTURA;
import static es.tgss.casia.caso.Efecto.JUSTIFICANTE_DOCUMENTACION;
import static es.tgss.casia.caso.Efecto.NOTIFICAR_AUTORIZADO;
import static es.tgss.casia.caso.Efecto.RELOJ_INICIA;
import static es.tgss.casia.caso.Efecto.RELOJ_PARA;
import static es.tgss.casia.caso.Efecto.RESOLUCION_DESISTIMIENTO;
import static es.tgss.casia.caso.MotivoRechazo.*;
import static es.tgss.casia.caso.Subestado.ANULADO;
import static es.tgss.casia.caso.Subestado.ASIGNADO;
import static es.tgss.casia.caso.Subestado.DE_OFICIO;
import static es.tgss.casia.caso.Subestado.ESCALADO;
import static es.tgss.casia.caso.Subestado.PRESENTADO;
import static es.tgss.casia.caso.Subestado.RESUELTO;
import static es.tgss.casia.caso.Subestado.SOLICITADA_INFORMACION;
import static es.tgss.casia.caso.Subestado.TRANSFERIDO;

import es.tgss.casia.calendario.Calendario;
import es.tgss.casia.error.ErrorDeNegocio;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;

/**
 * La única regla que decide cómo cambia el estado de un caso (DESIGN.md, "The case life cycle"; manual CASIA
 * 5.2.1–5.2.4; novedades 02.07.2021 sobre casos abiertos por la TGSS y cierre de oficio). Es código puro: no
 * guarda nada, no envía nada. Devuelve el nuevo {@link EstadoCaso} y los {@link Efecto}s que el servicio debe
 * ejecutar en la misma transacción (historial, outbox, justificantes), o lanza
 * un {@link es.tgss.casia.error.ErrorDeNegocio} {@code TRANSICION_NO_PERMITIDA} cuya clave dice el
 * {@link MotivoRechazo} (el texto está en el bundle {@code errores}).
 *
 * <p>Orden de comprobación: actor, existencia del caso, caso cerrado (solo admite Valorar), y luego las
 * condiciones propias de cada acción.
 *
 * <p>Decisiones donde la tabla de DESIGN.md no basta:
 * <ul>
 *   <li><b>Anulación pendiente.</b> Mientras el tramitador no la apruebe o rechace, no puede resolver, solicitar
 *       información, escalar ni transferir: el autorizado ha pedido terminar el caso y eso se contesta primero.
 *       Además DESIGN.md exige que si el tramitador resuelve mientras el autorizado pide la anulación "gana uno y el
 *       otro recibe un mensaje claro": si la petición llegó antes, resolver debe perder, no pisarla en silencio.
 *       Sí puede tomar el caso (Asignar, para poder decidir) y reclasificarlo (solo cambia la clasificación y puede
 *       hacer falta para que llegue a la unidad que debe decidir). El autorizado puede seguir aportando
 *       información. El cierre de oficio no se bloquea: el plazo legal no puede depender de la carga del
 *       tramitador, y el autorizado ya quería terminar el caso. Cerrar un caso, por cualquier vía, deja la
 *       solicitud sin efecto (ya no hay nada que anular).</li>
 *   <li><b>Rechazar la anulación</b> deja el subestado donde estaba. La tabla dice "unchanged (Asignado)" porque el
 *       manual describe el caso típico (se pidió en Asignado); pasar un caso Escalado a Asignado desharía en
 *       silencio una decisión interna que nada tiene que ver con la anulación. En Solicitada Información el plazo
 *       de 20 días <b>vuelve a empezar desde el rechazo</b> (DESIGN.md): el autorizado pidió anular en vez de
 *       contestar y no debe perder los días que tardó el tramitador en decidir.</li>
 *   <li><b>Asignar</b> solo desde Presentado, Escalado y Transferido, como la tabla. <b>Reasignar</b> (un
 *       supervisor pasa el caso a otro tramitador o unidad) cabe en cualquier caso abierto que ya se atiende, es
 *       decir, no Presentado (ese se asigna); no cambia el subestado ni avisa al autorizado, y una anulación
 *       pendiente no lo impide (quien la decida puede ser otro).</li>
 *   <li><b>Valoración</b> en todo caso cerrado salvo el anulado automáticamente desde Presentado: ningún
 *       tramitador lo atendió, no hay nada que valorar.</li>
 *   <li><b>Solicitar información</b> no se admite estando ya en Solicitada Información (la tabla y el mensaje lo
 *       excluyen); el plazo "se reinicia con cada nueva solicitud" después de que el autorizado conteste.</li>
 *   <li><b>Reloj.</b> Corre exactamente mientras el caso está en Solicitada Información: entrar emite
 *       {@link Efecto#RELOJ_INICIA}, salir por cualquier vía (aportar información, resolver, anular, cierre de
 *       oficio) emite {@link Efecto#RELOJ_PARA} y borra la fecha.</li>
 * </ul>
 */
public final class CicloDeVidaCaso {

    /** Los días son naturales y en hora de Madrid (DESIGN.md, "Rules from the manual"). */
    public static final ZoneId ZONA = ZoneId.of("Europe/Madrid");

    /** Plazo para aportar la información solicitada antes del cierre de oficio. */
    public static final int DIAS_PLAZO_INFORMACION = 20;

    private static final DateTimeFormatter DD_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CicloDeVidaCaso() {}

    /** Crea un caso: Finalizar Alta (autorizado) o apertura por la TGSS (tramitador). */
    public static Transicion crear(Accion accion, TipoActor actor, Contexto ctx) {
        comprobarActor(accion, actor);
        return switch (accion) {
            case FINALIZAR_ALTA ->
                new Transicion(
                        EstadoCaso.en(PRESENTADO),
                        efectos(ctx, NOTIFICAR_AUTORIZADO).siTramite(JUSTIFICANTE_APERTURA).set);
            // Origen TGSS: el caso nace pidiendo información al autorizado y el plazo empieza ya.
            case ABRIR_POR_TGSS ->
                new Transicion(
                        EstadoCaso.solicitadaInformacion(ctx.ahora(), ctx.ultimoDiaSiSeSolicitaAhora()),
                        EnumSet.of(NOTIFICAR_AUTORIZADO, RELOJ_INICIA));
            default -> throw CASO_NO_EXISTE.rechazo();
        };
    }

    /** Aplica una acción a un caso existente. */
    public static Transicion aplicar(EstadoCaso actual, Accion accion, TipoActor actor, Contexto ctx) {
        comprobarActor(accion, actor);
        if (accion.creaCaso()) {
            throw CASO_YA_EXISTE.rechazo();
        }
        // El manual: cerrado, "ya no se pueden realizar más acciones sobre el caso", salvo la encuesta. La nota
        // interna no es una acción sobre el caso para el autorizado: la TGSS puede anotar también uno cerrado.
        if (actual.subestado().cerrado() && accion != Accion.VALORAR && accion != Accion.NOTA_INTERNA) {
            throw CASO_CERRADO.rechazo();
        }
        Subestado s = actual.subestado();
        return switch (accion) {
            case ASIGNAR -> {
                exigir(s == PRESENTADO || s == ESCALADO || s == TRANSFERIDO, accion);
                yield mover(actual, ASIGNADO, efectos(ctx));
            }
            case REASIGNAR -> {
                exigir(s != PRESENTADO, accion);
                yield new Transicion(actual, Set.of()); // cambia quién lo atiende, no su estado: sin aviso
            }
            case SOLICITAR_INFORMACION -> {
                exigir(s == ASIGNADO || s == ESCALADO || s == TRANSFERIDO, accion);
                exigirSinAnulacionPendiente(actual);
                yield new Transicion(
                        EstadoCaso.solicitadaInformacion(ctx.ahora(), ctx.ultimoDiaSiSeSolicitaAhora()),
                        EnumSet.of(NOTIFICAR_AUTORIZADO, RELOJ_INICIA));
            }
            case MODIFICAR_INFORMACION -> {
                Efectos e = efectos(ctx).siTramiteConDocumentos(JUSTIFICANTE_DOCUMENTACION);
                // Aportar lo que se pidió devuelve el caso al tramitador; en otro subestado solo se añade.
                yield s == SOLICITADA_INFORMACION ? mover(actual, ASIGNADO, e) : new Transicion(actual, e.set);
            }
            case ESCALAR -> {
                exigir(s == ASIGNADO, accion);
                exigirSinAnulacionPendiente(actual);
                yield mover(actual, ESCALADO, efectos(ctx)); // gestión interna: sin aviso
            }
            case TRANSFERIR -> {
                exigir(s == ASIGNADO, accion);
                exigirSinAnulacionPendiente(actual);
                yield mover(actual, TRANSFERIDO, efectos(ctx)); // gestión interna: sin aviso
            }
            case RESOLVER -> {
                exigir(s != PRESENTADO, accion);
                exigirSinAnulacionPendiente(actual);
                yield mover(actual, RESUELTO, efectos(ctx, NOTIFICAR_AUTORIZADO));
            }
            case SOLICITAR_ANULACION -> {
                if (actual.anulacionPendiente()) {
                    throw ANULACION_YA_SOLICITADA.rechazo();
                }
                yield anulacionAutomatica(s)
                        ? new Transicion(EstadoCaso.anuladoAutomaticamente(), EnumSet.of(NOTIFICAR_AUTORIZADO))
                        : new Transicion(actual.conAnulacionPendiente(true), Set.of());
            }
            case APROBAR_ANULACION -> {
                exigirAnulacionPendiente(actual);
                yield mover(actual, ANULADO, efectos(ctx, NOTIFICAR_AUTORIZADO));
            }
            case RECHAZAR_ANULACION -> {
                exigirAnulacionPendiente(actual);
                yield s == SOLICITADA_INFORMACION
                        ? new Transicion(
                                EstadoCaso.solicitadaInformacion(ctx.ahora(), ctx.ultimoDiaSiSeSolicitaAhora()),
                                EnumSet.of(NOTIFICAR_AUTORIZADO, RELOJ_INICIA))
                        : new Transicion(actual.conAnulacionPendiente(false), EnumSet.of(NOTIFICAR_AUTORIZADO));
            }
            case CERRAR_DE_OFICIO -> {
                exigir(s == SOLICITADA_INFORMACION, accion);
                if (!plazoDeInformacionVencido(actual.ultimoDiaParaResponder(), ctx.ahora())) {
                    throw PLAZO_NO_VENCIDO.rechazo(
                            DIAS_PLAZO_INFORMACION,
                            actual.ultimoDiaParaResponder().plusDays(1).format(DD_MM_AAAA));
                }
                yield mover(
                        actual, DE_OFICIO, efectos(ctx, NOTIFICAR_AUTORIZADO).siTramite(RESOLUCION_DESISTIMIENTO));
            }
            case RECLASIFICAR -> new Transicion(actual, EnumSet.of(NOTIFICAR_AUTORIZADO));
            case VALORAR -> valorar(actual, ctx);
            case NOTA_INTERNA -> new Transicion(actual, Set.of());
            case FINALIZAR_ALTA, ABRIR_POR_TGSS -> throw new AssertionError("comprobado arriba");
            case PUESTA_A_DISPOSICION, COMPARECENCIA, NOTIFICACION_RECHAZADA ->
                throw new IllegalArgumentException(
                        accion + " se anota en el historial; no es una acción sobre el caso");
        };
    }

    /**
     * La regla del plazo, en un solo sitio: el caso puede cerrarse de oficio cuando hoy (en Madrid) es posterior al
     * último día para responder, el guardado al pedir la información (20 días naturales desde el día siguiente,
     * movido al siguiente día hábil si el último es inhábil: {@link es.tgss.casia.calendario.Calendario}).
     */
    public static boolean plazoDeInformacionVencido(LocalDate ultimoDiaParaResponder, Instant ahora) {
        return ahora.atZone(ZONA).toLocalDate().isAfter(ultimoDiaParaResponder);
    }

    /**
     * Las acciones que la regla admite ahora a una persona (autorizado o tramitador) sobre un caso existente,
     * preguntándoselo a la propia regla: una pantalla que ofrece solo estas nunca ofrece lo que luego se rechazaría.
     * El momento solo cuenta para el cierre de oficio, que es del sistema: cualquiera vale.
     */
    public static Set<Accion> admitidas(EstadoCaso actual, TipoActor actor) {
        Set<Accion> admitidas = EnumSet.noneOf(Accion.class);
        Contexto ctx = new Contexto(Instant.EPOCH, false, true, 1, Calendario.SOLO_FINES_DE_SEMANA);
        for (Accion accion : Accion.values()) {
            if (accion.actor() != actor || accion.creaCaso()) {
                continue;
            }
            try {
                aplicar(actual, accion, actor, ctx);
                admitidas.add(accion);
            } catch (ErrorDeNegocio rechazo) {
                // no admitida en este estado
            }
        }
        return admitidas;
    }

    /** Si el autorizado puede pedir la anulación: caso abierto que no la tiene ya pedida (manual §5.2.2). */
    public static boolean anulacionAdmitida(Subestado subestado, boolean anulacionPendiente) {
        return subestado.abierto() && !anulacionPendiente;
    }

    /**
     * Si pedir la anulación la hace en el acto: nadie ha atendido aún el caso (Presentado). Si no, decide el
     * tramitador.
     */
    public static boolean anulacionAutomatica(Subestado subestado) {
        return subestado == PRESENTADO;
    }

    /** Si el autorizado puede valorar el caso ahora: las mismas condiciones que Valorar comprueba, una a una. */
    public static boolean valorable(Subestado subestado, boolean valorado, boolean anulacionAutomatica) {
        return subestado.cerrado() && !valorado && !anulacionAutomatica;
    }

    private static Transicion valorar(EstadoCaso actual, Contexto ctx) {
        if (actual.subestado().abierto()) {
            throw CASO_NO_CERRADO.rechazo();
        }
        if (actual.valorado()) {
            throw YA_VALORADO.rechazo();
        }
        if (actual.anulacionAutomatica()) {
            throw NO_VALORABLE.rechazo();
        }
        Integer p = ctx.puntuacion();
        if (p == null || p < 1 || p > 5) {
            throw PUNTUACION_NO_VALIDA.rechazo();
        }
        return new Transicion(actual.comoValorado(), Set.of());
    }

    /**
     * Cambio de subestado. Mantiene las dos invariantes del estado: cerrar deja sin efecto la anulación pendiente,
     * y salir de Solicitada Información para el reloj y borra su fecha.
     */
    private static Transicion mover(EstadoCaso actual, Subestado destino, Efectos efectos) {
        boolean pendiente = destino.abierto() && actual.anulacionPendiente();
        if (actual.subestado() == SOLICITADA_INFORMACION) {
            efectos.set.add(RELOJ_PARA);
        }
        return new Transicion(new EstadoCaso(destino, pendiente, null, null, false, false), efectos.set);
    }

    private static void comprobarActor(Accion accion, TipoActor actor) {
        if (accion.actor() != actor) {
            throw ACTOR_NO_PERMITIDO.rechazoPara(accion.actor());
        }
    }

    /** El subestado no admite la acción; la clave nombra la acción, y su texto dice en qué subestados cabe. */
    private static void exigir(boolean condicion, Accion accion) {
        if (!condicion) {
            throw SUBESTADO_NO_PERMITIDO.rechazoPara(accion);
        }
    }

    private static void exigirSinAnulacionPendiente(EstadoCaso actual) {
        if (actual.anulacionPendiente()) {
            throw ANULACION_PENDIENTE.rechazo();
        }
    }

    private static void exigirAnulacionPendiente(EstadoCaso actual) {
        if (!actual.anulacionPendiente()) {
            throw SIN_ANULACION_PENDIENTE.rechazo();
        }
    }

    private static Efectos efectos(Contexto ctx, Efecto... siempre) {
        return new Efectos(ctx, siempre);
    }

    /** Acumulador pequeño para que los efectos condicionados al tipo Trámite se lean en una línea. */
    private static final class Efectos {
        final Contexto ctx;
        final EnumSet<Efecto> set = EnumSet.noneOf(Efecto.class);

        Efectos(Contexto ctx, Efecto... siempre) {
            this.ctx = ctx;
            set.addAll(Set.of(siempre));
        }

        Efectos siTramite(Efecto e) {
            if (ctx.tramite()) {
                set.add(e);
            }
            return this;
        }

        Efectos siTramiteConDocumentos(Efecto e) {
            if (ctx.tramite() && ctx.documentosAnadidos()) {
                set.add(e);
            }
            return this;
        }
    }
}

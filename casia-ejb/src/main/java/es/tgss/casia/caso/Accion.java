package es.tgss.casia.caso;

/**
 * Todo lo que puede hacerse con un caso, con el único tipo de actor que puede hacerlo.
 * Las dos primeras crean el caso; el resto actúa sobre un caso existente.
 */
public enum Accion {
    FINALIZAR_ALTA(TipoActor.AUTORIZADO),
    ABRIR_POR_TGSS(TipoActor.TRAMITADOR),
    /** Tomar el caso o asignarlo a un tramitador. */
    ASIGNAR(TipoActor.TRAMITADOR),
    /** Un supervisor pasa a otro tramitador (u otra unidad) un caso que ya se está atendiendo. */
    REASIGNAR(TipoActor.TRAMITADOR),
    SOLICITAR_INFORMACION(TipoActor.TRAMITADOR),
    /** Añadir información o documentos. */
    MODIFICAR_INFORMACION(TipoActor.AUTORIZADO),
    ESCALAR(TipoActor.TRAMITADOR),
    TRANSFERIR(TipoActor.TRAMITADOR),
    RESOLVER(TipoActor.TRAMITADOR),
    SOLICITAR_ANULACION(TipoActor.AUTORIZADO),
    APROBAR_ANULACION(TipoActor.TRAMITADOR),
    RECHAZAR_ANULACION(TipoActor.TRAMITADOR),
    /** Barrido nocturno: 20 días naturales sin aportar la información solicitada. */
    CERRAR_DE_OFICIO(TipoActor.SISTEMA),
    /** Cambiar materia/categoría/subcategoría. */
    RECLASIFICAR(TipoActor.TRAMITADOR),
    /** Valoración 1–5 con observaciones. */
    VALORAR(TipoActor.AUTORIZADO),
    /**
     * Añadir nota interna: la TGSS anota el caso para sí. No cambia su estado, no se avisa a nadie y el autorizado
     * no la ve; cabe también en un caso cerrado (anotar una valoración, una reclamación posterior).
     */
    NOTA_INTERNA(TipoActor.TRAMITADOR),
    /**
     * Notificación de la Resolución de Desistimiento (art. 43 Ley 39/2015): puesta a disposición en la Sede
     * Electrónica, comparecencia de un usuario de la autorización, o rechazo tras 10 días naturales sin acceder. Se
     * anotan en el historial del caso, que ya está cerrado; no son acciones sobre él y la regla no las admite.
     */
    PUESTA_A_DISPOSICION(TipoActor.SISTEMA),
    COMPARECENCIA(TipoActor.SISTEMA),
    NOTIFICACION_RECHAZADA(TipoActor.SISTEMA);

    private final TipoActor actor;

    Accion(TipoActor actor) {
        this.actor = actor;
    }

    public TipoActor actor() {
        return actor;
    }

    /** One of the steps of the Resolución's notification: history only, never a transition. */
    public boolean deLaNotificacion() {
        return this == PUESTA_A_DISPOSICION || this == COMPARECENCIA || this == NOTIFICACION_RECHAZADA;
    }

    public boolean creaCaso() {
        return this == FINALIZAR_ALTA || this == ABRIR_POR_TGSS;
    }

    /**
     * Internal management of the TGSS (DESIGN.md: "internal; the autorizado sees only the substate"): who takes the
     * case, to whom or which unidad it goes, and why, are not shown to the autorizado.
     */
    public boolean interna() {
        return this == ASIGNAR || this == REASIGNAR || this == ESCALAR || this == TRANSFERIR || this == NOTA_INTERNA;
    }
}

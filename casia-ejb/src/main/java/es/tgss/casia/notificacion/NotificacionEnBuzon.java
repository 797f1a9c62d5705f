package es.tgss.casia.notificacion;

import java.time.OffsetDateTime;

/** A notice as the operations page lists it (no body: ops see where it stands, not what it says). */
public record NotificacionEnBuzon(
        long id,
        String destinatario,
        String asunto,
        EstadoNotificacion estado,
        int intentos,
        String ultimoError,
        OffsetDateTime creada,
        OffsetDateTime proximoIntento,
        OffsetDateTime enviada) {}

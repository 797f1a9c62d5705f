-- Notices sent exactly once from any number of instances (issue 8), and the reminder before a cierre de oficio.

-- The HTML part of the notice (the plain text stays in cuerpo); null for a notice queued before it existed, which is
-- sent as plain text. Rendered when queued, so a resend is byte for byte the same message.
alter table notificacion add column cuerpo_html text;
-- The random part of the notice's Message-ID: a resend after a crash carries the same Message-ID, so that the
-- receiving side can tell it is the same message.
alter table notificacion add column clave varchar(32);
update notificacion set clave = replace(gen_random_uuid()::text, '-', '');
alter table notificacion alter column clave set not null;
-- When a notice may be tried again (exponential backoff after a refused attempt); due at once when queued.
alter table notificacion add column proximo_intento timestamp with time zone;
update notificacion set proximo_intento = creada;
alter table notificacion alter column proximo_intento set not null;
-- A sender claims the oldest due notice with FOR UPDATE SKIP LOCKED: only the pending ones are ever read this way.
create index ix_notificacion_pendiente on notificacion (proximo_intento, id) where estado = 'PENDIENTE';
-- ix_notificacion_estado_creada (V2) now serves the ops page: the newest notices of a state, and the counts.

-- One row per request of information a reminder was sent for. Its key is the request (the case and the instant it
-- was made), so whichever instance inserts it first sends the reminder and every other finds it there: at most one
-- reminder per request, and a new request is a new key.
create table recordatorio_plazo (
    caso_id   bigint                   not null references caso (id),
    solicitud timestamp with time zone not null,
    enviado   timestamp with time zone not null,
    primary key (caso_id, solicitud)
);

-- A case cancelled while still Presentado (nobody attended it) cannot be rated (DESIGN.md, "Valoración").
alter table caso add column anulacion_automatica boolean not null default false;
-- Cases already cancelled that way: Anulado without a tramitador's approval of the cancellation. One already rated
-- (allowed until now) keeps its rating and is not marked: a rated case is never an automatic cancellation.
update caso c set anulacion_automatica = true
where c.subestado = 'ANULADO'
  and c.valoracion is null
  and not exists (select 1 from historial_caso h where h.caso_id = c.id and h.accion = 'APROBAR_ANULACION');

-- The TGSS searches a month of altas without naming an autorización (the autorizado's search has
-- ix_caso_autorizacion_fecha); newest first, as the list is sorted.
create index ix_caso_fecha_alta on caso (fecha_alta desc, id desc);

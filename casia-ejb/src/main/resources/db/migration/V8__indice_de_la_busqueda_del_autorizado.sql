-- Gestión de casos of an autorizado: one autorización, one month of altas, newest first (the list's order,
-- fecha_alta desc then id desc). With the order in the index the page is read straight from it, with no sort and
-- no rows of other autorizaciones filtered out; V4's (autorizacion_id, fecha_alta) lost to V7's month index.
drop index ix_caso_autorizacion_fecha;
create index ix_caso_autorizacion_fecha on caso (autorizacion_id, fecha_alta desc, id desc);

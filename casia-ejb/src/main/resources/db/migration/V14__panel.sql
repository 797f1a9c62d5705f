-- =====================================================================================================
-- V14 — The back-office's Panel (issue 10): its aggregates read from partial indexes, not from the table.
--
-- The choice (docs/rendimiento-panel.md has the figures): index-only aggregates, no summary table.
-- - The open cases are the work in progress, not the history: their number follows the TGSS's workload, not the
--   years CASIA has run, so an index holding only them stays small while caso grows to millions of rows.
-- - The rated cases do grow with history, but an index of three integers per rated case is a fraction of the
--   table, and it is read without touching the table (index-only scan) and grouped in memory.
-- - A summary table would be cheaper to read but must be written by every alta and every transition: the row
--   "sin unidad / Presentado" would be updated by every Finalizar Alta in the country and every alta would queue
--   on its lock until commit. The indexes cost each write a little and lock nothing; they are always exact and
--   there is nothing to rebuild or to keep in step.
-- The predicates are literal, as PanelService writes them: the planner uses a partial index only when it can prove
-- the query's WHERE implies the index's. PanelServiceIT checks the plans.
--
-- On a database that already holds millions of cases, "create index" blocks writes to caso while it builds (tens of
-- seconds). Ops may build the same indexes beforehand with "create index concurrently" under these names: "if not
-- exists" then makes this migration a no-op.
-- =====================================================================================================

-- Open cases by unidad and subestado, and their age (fecha_alta): one index-only scan, the whole country or one
-- unidad's range. Cases with no unidad yet (Presentado) are the null unidad_id, which the index also holds.
create index if not exists ix_caso_panel_abiertos on caso (unidad_id, subestado, fecha_alta)
    where subestado in ('PRESENTADO', 'ASIGNADO', 'SOLICITADA_INFORMACION', 'ESCALADO', 'TRANSFERIDO');

-- Valoraciones by unidad and materia: a rating is given once, on a closed case, and never changes, so only the
-- rated cases are in the index and each stays in it unchanged.
create index if not exists ix_caso_panel_valoraciones on caso (unidad_id, materia_id, valoracion)
    where valoracion is not null;

-- The cases due for cierre de oficio in the next 7 days are a range of fecha_ultima_solicitud within Solicitada
-- Información: for every unidad, V4's ix_caso_subestado_solicitud (the nightly sweep's) reads them in order. For one
-- unidad that index would read the whole country's range and visit each case to keep that unidad's; this one, of
-- the cases waiting for information only, reads that unidad's range in order.
create index if not exists ix_caso_panel_por_cerrar on caso (unidad_id, fecha_ultima_solicitud)
    where subestado = 'SOLICITADA_INFORMACION';

-- =====================================================================================================
-- V17 — The heartbeat of the nightly jobs.
-- =====================================================================================================
-- A server killed with kill -9 leaves its batch execution STARTED for ever in the job repository, and
-- JobOperator.restart refuses a STARTED execution. While a run works, its step and chunk listener
-- (lote.LatidoDelTrabajo) writes the time here; a STARTED run whose heartbeat is older than
-- CASIA_NIGHTLY_JOBS_HEARTBEAT_TIMEOUT is shown to operations as interrupted, and they may launch it again as a
-- new job instance with the same parameters (the job is idempotent). The row then names the new execution and
-- keeps the one it replaced.
-- =====================================================================================================

alter table ejecucion_programada
    add column latido                timestamp with time zone,
    add column id_ejecucion_anterior bigint;

-- =====================================================================================================
-- V6 — Ejecuciones programadas: one row per nightly job and day.
-- =====================================================================================================
-- Every instance of CASIA has the same non-persistent timer, and persistent timers do not fail over reliably
-- (DESIGN.md); the first instance to insert the row of (trabajo, dia) starts the job, the others see it there.
-- =====================================================================================================

create table ejecucion_programada (
    trabajo      varchar(40)              not null,
    dia          date                     not null,
    inicio       timestamp with time zone not null,
    -- The Jakarta Batch execution id, once started (for restart and for the operators).
    id_ejecucion bigint,
    constraint pk_ejecucion_programada primary key (trabajo, dia)
);

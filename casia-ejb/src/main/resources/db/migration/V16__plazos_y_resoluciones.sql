-- =====================================================================================================
-- V16 — Deadlines with días inhábiles, and the Resolución de Desistimiento put at disposal in the Sede (issue 11).
-- =====================================================================================================
-- dia_inhabil      the calendar of días inhábiles besides Saturdays and Sundays (Ley 39/2015 art. 30.2): national
--                  holidays seeded below, regional, local or extraordinary ones added by supervisors. Data, not
--                  code: a deadline that falls on one of these days moves to the next día hábil (art. 30.5).
-- caso.ultimo_dia_informacion
--                  the last day (Madrid date, inclusive) to provide the information requested, computed once by
--                  Calendario when the request is made (or the clock restarts) and stored: what the case detail,
--                  the bandeja and the e-mail say is what the nightly sweep acts on, even if the calendar changes
--                  later. The sweep reads the cases due by (ultimo_dia_informacion, id): a partial index of the
--                  cases waiting for information only, walked by keyset.
-- resolucion_desistimiento
--                  one per Trámite closed de oficio (unique caso_id: a second resolución for one case is refused by
--                  the database, whatever a restarted or concurrent job does). Created pending with the closure, in
--                  its transaction; emitted later (justificante_id, puesta_disposicion); then either opened by a
--                  user of the autorización (comparecencia) or, 10 natural days after puesta_disposicion, recorded
--                  as rechazada (art. 43.2). Either way it stays readable.
-- =====================================================================================================

create table dia_inhabil (
    fecha        date                     not null,
    descripcion  varchar(120)             not null,
    ambito       varchar(20)              not null,
    anadido_por  varchar(60)              not null,
    anadido_en   timestamp with time zone not null,
    constraint pk_dia_inhabil primary key (fecha),
    constraint ck_dia_inhabil_ambito check (ambito in ('NACIONAL', 'AUTONOMICO', 'LOCAL', 'EXTRAORDINARIO')),
    constraint ck_dia_inhabil_descripcion check (length(btrim(descripcion)) > 0)
);

-- Fiestas laborales de ámbito nacional (Estatuto de los Trabajadores art. 37.2; resoluciones anuales de la Dirección
-- General de Trabajo en el BOE), 2026 and 2027, those falling Monday to Friday or on a Saturday. Sundays are inhábiles
-- anyway. Checked against the calendar, not against the BOE text (no network here): a supervisor reviews them on the
-- Calendario screen when each year's resolution is published.
insert into dia_inhabil (fecha, descripcion, ambito, anadido_por, anadido_en) values
    ('2026-01-01', 'Año Nuevo', 'NACIONAL', 'migracion', now()),
    ('2026-01-06', 'Epifanía del Señor', 'NACIONAL', 'migracion', now()),
    ('2026-04-03', 'Viernes Santo', 'NACIONAL', 'migracion', now()),
    ('2026-05-01', 'Fiesta del Trabajo', 'NACIONAL', 'migracion', now()),
    ('2026-08-15', 'Asunción de la Virgen', 'NACIONAL', 'migracion', now()),
    ('2026-10-12', 'Fiesta Nacional de España', 'NACIONAL', 'migracion', now()),
    ('2026-12-08', 'Inmaculada Concepción', 'NACIONAL', 'migracion', now()),
    ('2026-12-25', 'Natividad del Señor', 'NACIONAL', 'migracion', now()),
    ('2027-01-01', 'Año Nuevo', 'NACIONAL', 'migracion', now()),
    ('2027-01-06', 'Epifanía del Señor', 'NACIONAL', 'migracion', now()),
    ('2027-03-26', 'Viernes Santo', 'NACIONAL', 'migracion', now()),
    ('2027-05-01', 'Fiesta del Trabajo', 'NACIONAL', 'migracion', now()),
    ('2027-10-12', 'Fiesta Nacional de España', 'NACIONAL', 'migracion', now()),
    ('2027-11-01', 'Todos los Santos', 'NACIONAL', 'migracion', now()),
    ('2027-12-06', 'Día de la Constitución Española', 'NACIONAL', 'migracion', now()),
    ('2027-12-08', 'Inmaculada Concepción', 'NACIONAL', 'migracion', now()),
    ('2027-12-25', 'Natividad del Señor', 'NACIONAL', 'migracion', now());

alter table caso add column ultimo_dia_informacion date;

-- Cases already waiting: the day after the request plus 20 (Madrid), moved past a weekend. Holidays are not looked
-- up here (a migration runs once, before anyone can have asked on a holiday-sensitive date in CASIA).
update caso
   set ultimo_dia_informacion = (fecha_ultima_solicitud at time zone 'Europe/Madrid')::date + 20
 where fecha_ultima_solicitud is not null;
update caso
   set ultimo_dia_informacion = ultimo_dia_informacion + (8 - extract(isodow from ultimo_dia_informacion))::int
 where extract(isodow from ultimo_dia_informacion) in (6, 7);

alter table caso add constraint ck_caso_ultimo_dia_informacion
    check ((fecha_ultima_solicitud is null) = (ultimo_dia_informacion is null));

-- The nightly sweep: cases due are a prefix of this index (ultimo_dia_informacion < fechaReferencia), read in
-- (day, id) order from the last key the run had reached. Only cases waiting for information are in it.
create index if not exists ix_caso_vencimiento on caso (ultimo_dia_informacion, id)
    where ultimo_dia_informacion is not null;
-- The panel's "due in the next 7 days" for one unidad (V14's index by request date is replaced).
create index if not exists ix_caso_panel_vencimiento on caso (unidad_id, ultimo_dia_informacion)
    where ultimo_dia_informacion is not null;
drop index if exists ix_caso_panel_por_cerrar;
drop index if exists ix_caso_subestado_solicitud;

create sequence resolucion_desistimiento_seq;

create table resolucion_desistimiento (
    id                  bigint                   not null,
    caso_id             bigint                   not null,
    autorizacion_id     bigint                   not null,
    -- What the resolución states: when the information was requested, the last day to provide it, the closure.
    solicitada          timestamp with time zone not null,
    ultimo_dia          date                     not null,
    cerrado             timestamp with time zone not null,
    justificante_id     bigint,
    puesta_disposicion  timestamp with time zone,
    comparecencia_por   varchar(60),
    comparecencia       timestamp with time zone,
    rechazada           timestamp with time zone,
    constraint pk_resolucion_desistimiento primary key (id),
    constraint fk_resolucion_caso foreign key (caso_id) references caso (id),
    constraint fk_resolucion_autorizacion foreign key (autorizacion_id) references autorizacion (id),
    constraint fk_resolucion_justificante foreign key (justificante_id) references justificante (id),
    constraint uq_resolucion_caso unique (caso_id),
    constraint uq_resolucion_justificante unique (justificante_id),
    constraint ck_resolucion_emitida check ((justificante_id is null) = (puesta_disposicion is null)),
    constraint ck_resolucion_comparecencia check ((comparecencia is null) = (comparecencia_por is null)),
    constraint ck_resolucion_practicada check (comparecencia is null or rechazada is null),
    constraint ck_resolucion_puesta check (puesta_disposicion is not null or (comparecencia is null and rechazada is null))
);
-- Still to be emitted (the job's second step), and put at disposal without comparecencia nor rejection yet.
create index ix_resolucion_por_emitir on resolucion_desistimiento (id) where justificante_id is null;
create index ix_resolucion_por_rechazar on resolucion_desistimiento (puesta_disposicion)
    where puesta_disposicion is not null and comparecencia is null and rechazada is null;
-- The Sede inbox of one autorización, newest first.
create index ix_resolucion_autorizacion on resolucion_desistimiento (autorizacion_id, puesta_disposicion desc);

-- =====================================================================================================
-- V3 — Catálogo de casos de CASIA: tipo de caso → materia → categoría → subcategoría, y tipos de documento.
--
-- The catalogue is DATA: entries are added with a new migration (or an admin screen) and retired with
-- activa = false, never deleted, so a retired entry stays valid on the cases that already point at it.
-- Runs unchanged on PostgreSQL 15 and on H2 2.2 (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH).
--
-- Model
--   materia              the materias (shared by every tipo de caso)
--   materia_tipo_caso    which materias a tipo offers (+ orden, activa, requiere_formulario_tecnico)
--   categoria            belongs to ONE (materia, tipo_caso) pair: composite FK to materia_tipo_caso, so a
--                        categoría can never exist for a tipo whose materia is not offered for that tipo
--   subcategoria         belongs to one categoría (optional level: the manual marks only Categoría with (*))
--   tipo_documento       the "Tipo de documento" list of Anexar Información
-- Tipo de caso is a fixed code in the application (CONSULTA, ERROR_INCIDENCIA, TRAMITE: the life cycle differs
-- per tipo), kept as varchar + check constraint.
--
-- Queries the service needs:
--   materias of a tipo:       select m.* from materia m join materia_tipo_caso mt on mt.materia_id = m.id
--                             where mt.tipo_caso = ? and mt.activa and m.activa order by mt.orden
--   categorías of a materia:  select * from categoria where materia_id = ? and tipo_caso = ? and activa order by orden
--   subcategorías:            select * from subcategoria where categoria_id = ? and activa order by orden
--   validate a combination:   the same joins with the chosen ids (and activa for new cases / reclassification).
--
-- Sources (see the comments on each block):
--   [manual]   seeds/000 — the materias of Nuevo caso; Técnica error/incidencia needs the technical form.
--   [guía]     seeds/001 — which materias each tipo de caso covers.
--   [BNR]      seeds/002 — the materia "Recaudación", for Consultas only.
--   [FAQ]      seeds/004 — the catalogue of Trámites by materia (English in the seed: the Spanish names below are
--              our translation with TGSS wording; the English line of the FAQ is kept next to each row).
--   [ELEGIDO]  NOT IN THE SEEDS: CHOSEN BY US — to be reviewed by the team.
-- =====================================================================================================

create sequence materia_seq start with 50 increment by 50;
create sequence materia_tipo_caso_seq start with 50 increment by 50;
create sequence categoria_seq start with 50 increment by 50;
create sequence subcategoria_seq start with 50 increment by 50;
create sequence tipo_documento_seq start with 50 increment by 50;

create table materia (
    id      bigint       not null,
    codigo  varchar(40)  not null,
    nombre  varchar(100) not null,
    activa  boolean      not null,
    orden   integer      not null,
    version integer      not null,
    constraint pk_materia primary key (id),
    constraint uk_materia_codigo unique (codigo),
    constraint uk_materia_nombre unique (nombre),
    constraint ck_materia_orden check (orden >= 0),
    constraint ck_materia_version check (version >= 0)
);

create table materia_tipo_caso (
    id                          bigint      not null,
    materia_id                  bigint      not null,
    tipo_caso                   varchar(20) not null,
    requiere_formulario_tecnico boolean     not null,
    activa                      boolean     not null,
    orden                       integer     not null,
    version                     integer     not null,
    constraint pk_materia_tipo_caso primary key (id),
    constraint uk_materia_tipo_caso unique (materia_id, tipo_caso),
    constraint fk_materia_tipo_caso_materia foreign key (materia_id) references materia (id),
    constraint ck_materia_tipo_caso_tipo check (tipo_caso in ('CONSULTA', 'ERROR_INCIDENCIA', 'TRAMITE')),
    constraint ck_materia_tipo_caso_orden check (orden >= 0),
    constraint ck_materia_tipo_caso_version check (version >= 0)
);
-- uk_materia_tipo_caso (materia_id, tipo_caso) is the index of fk_materia_tipo_caso_materia (leading column);
-- this one serves "materias of a tipo".
create index ix_materia_tipo_caso_tipo on materia_tipo_caso (tipo_caso, orden);

create table categoria (
    id         bigint       not null,
    materia_id bigint       not null,
    tipo_caso  varchar(20)  not null,
    codigo     varchar(60)  not null,
    nombre     varchar(150) not null,
    activa     boolean      not null,
    orden      integer      not null,
    version    integer      not null,
    constraint pk_categoria primary key (id),
    constraint uk_categoria_codigo unique (codigo),
    constraint uk_categoria_nombre unique (materia_id, tipo_caso, nombre),
    constraint fk_categoria_materia_tipo_caso foreign key (materia_id, tipo_caso)
        references materia_tipo_caso (materia_id, tipo_caso),
    constraint ck_categoria_tipo check (tipo_caso in ('CONSULTA', 'ERROR_INCIDENCIA', 'TRAMITE')),
    constraint ck_categoria_orden check (orden >= 0),
    constraint ck_categoria_version check (version >= 0)
);
create index ix_categoria_materia_tipo_caso on categoria (materia_id, tipo_caso);

create table subcategoria (
    id           bigint       not null,
    categoria_id bigint       not null,
    codigo       varchar(60)  not null,
    nombre       varchar(150) not null,
    activa       boolean      not null,
    orden        integer      not null,
    version      integer      not null,
    constraint pk_subcategoria primary key (id),
    constraint uk_subcategoria_codigo unique (codigo),
    constraint uk_subcategoria_nombre unique (categoria_id, nombre),
    constraint fk_subcategoria_categoria foreign key (categoria_id) references categoria (id),
    constraint ck_subcategoria_orden check (orden >= 0),
    constraint ck_subcategoria_version check (version >= 0)
);
create index ix_subcategoria_categoria on subcategoria (categoria_id);

create table tipo_documento (
    id      bigint       not null,
    codigo  varchar(40)  not null,
    nombre  varchar(100) not null,
    activo  boolean      not null,
    orden   integer      not null,
    version integer      not null,
    constraint pk_tipo_documento primary key (id),
    constraint uk_tipo_documento_codigo unique (codigo),
    constraint uk_tipo_documento_nombre unique (nombre),
    constraint ck_tipo_documento_orden check (orden >= 0),
    constraint ck_tipo_documento_version check (version >= 0)
);

-- =====================================================================================================
-- Materias
-- [manual] 5.1 Nuevo caso, "Materia (*)": Inscripción de empresas, Afiliación, altas y bajas, Cotización, Técnica,
--          Gestión de Autorizaciones RED, Sede Electrónica o Información General.
-- [BNR]    "se ha dado de alta una nueva materia “Recaudación” dentro del listado de Consultas".
-- =====================================================================================================
insert into materia (id, codigo, nombre, activa, orden, version) values
    (nextval('materia_seq'), 'INSCRIPCION_EMPRESAS',   'Inscripción de empresas',       true, 10, 0),
    (nextval('materia_seq'), 'AFILIACION',             'Afiliación, altas y bajas',     true, 20, 0),
    (nextval('materia_seq'), 'COTIZACION',             'Cotización',                    true, 30, 0),
    (nextval('materia_seq'), 'TECNICA',                'Técnica',                       true, 40, 0),
    (nextval('materia_seq'), 'GESTION_AUTORIZACIONES', 'Gestión de Autorizaciones RED', true, 50, 0),
    (nextval('materia_seq'), 'SEDE_ELECTRONICA',       'Sede Electrónica',              true, 60, 0),
    (nextval('materia_seq'), 'INFORMACION_GENERAL',    'Información General',           true, 70, 0),
    (nextval('materia_seq'), 'RECAUDACION',            'Recaudación',                   true, 80, 0);

-- =====================================================================================================
-- Materias offered by each tipo de caso
-- CONSULTA         [guía] "afiliación, cotización, técnicas, gestión de autorizaciones, Sede Electrónica e
--                  información general"; [BNR] + Recaudación.
--                  Inscripción de empresas for Consultas: [ELEGIDO] — the guía does not name it for Consultas,
--                  but the manual lists it among the materias of Nuevo caso without restriction.
-- ERROR_INCIDENCIA [guía] "afiliación, cotización, técnicas, gestión de autorizaciones, y Sede Electrónica".
--                  Técnica requires the technical data form: [manual] "el formulario que debe adjuntar en el
--                  supuesto de comunicar un error/incidencia de carácter técnico"; [FAQ] "Technical Data Form"
--                  of the section "Errores-Incidencias Materia Técnica".
-- TRAMITE          [guía] "inscripción de empresas, afiliación, cotización y gestión de autorizados"; [FAQ] catalogue.
-- =====================================================================================================
insert into materia_tipo_caso (id, materia_id, tipo_caso, requiere_formulario_tecnico, activa, orden, version) values
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'INSCRIPCION_EMPRESAS'),   'CONSULTA', false, true, 10, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'AFILIACION'),             'CONSULTA', false, true, 20, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'COTIZACION'),             'CONSULTA', false, true, 30, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'TECNICA'),                'CONSULTA', false, true, 40, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'CONSULTA', false, true, 50, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'SEDE_ELECTRONICA'),       'CONSULTA', false, true, 60, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'INFORMACION_GENERAL'),    'CONSULTA', false, true, 70, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'RECAUDACION'),            'CONSULTA', false, true, 80, 0),

    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'AFILIACION'),             'ERROR_INCIDENCIA', false, true, 20, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'COTIZACION'),             'ERROR_INCIDENCIA', false, true, 30, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'TECNICA'),                'ERROR_INCIDENCIA', true,  true, 40, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'ERROR_INCIDENCIA', false, true, 50, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'SEDE_ELECTRONICA'),       'ERROR_INCIDENCIA', false, true, 60, 0),

    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'INSCRIPCION_EMPRESAS'),   'TRAMITE', false, true, 10, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'AFILIACION'),             'TRAMITE', false, true, 20, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'COTIZACION'),             'TRAMITE', false, true, 30, 0),
    (nextval('materia_tipo_caso_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'TRAMITE', false, true, 50, 0);

-- =====================================================================================================
-- TRÁMITES — [FAQ] "What procedures can I apply for?", encoded in full.
-- The seed's list lost its materia headings; its blocks follow the manual's order of materias and the guía names
-- the four materias of Trámites, so: block 1 → Inscripción de empresas, block 2 → Afiliación, altas y bajas,
-- block 3 → Cotización, block 4 → Gestión de Autorizaciones RED (its items have no sub-items: they are categorías
-- without subcategoría). Block 5 ("Provide supporting documentation / Settlement Update after the Deadline") is a
-- liquidación, so it is put under Cotización, inside the same categoría "Aportar documentación acreditativa".
-- REVIEW: the block → materia mapping (especially block 5) is our reading of the seed, not printed in it.
-- Names: Spanish translation of the English FAQ (the English text is in the comment on each row).
-- =====================================================================================================

-- ---- Trámites · Inscripción de empresas (FAQ block 1) -------------------------------------------------
insert into categoria (id, materia_id, tipo_caso, codigo, nombre, activa, orden, version) values
    (nextval('categoria_seq'), (select id from materia where codigo = 'INSCRIPCION_EMPRESAS'), 'TRAMITE', 'TRA_INS_ASIGNACION_CCC',    'Asignación de CCC', true, 10, 0),                    -- CCC assignment.
    (nextval('categoria_seq'), (select id from materia where codigo = 'INSCRIPCION_EMPRESAS'), 'TRAMITE', 'TRA_INS_DOCUMENTACION',     'Aportar documentación acreditativa', true, 20, 0),   -- Provide supporting documentation.
    (nextval('categoria_seq'), (select id from materia where codigo = 'INSCRIPCION_EMPRESAS'), 'TRAMITE', 'TRA_INS_MODIFICACION_DATOS','Modificaciones de datos', true, 30, 0);             -- Data modifications.

insert into subcategoria (id, categoria_id, codigo, nombre, activa, orden, version) values
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_INS_ASIGNACION_CCC'),     'TRA_INS_CCC_TRL_NO_RED',          'Anotación TRL no implementada en RED', true, 10, 0),              -- TRL annotation not implemented in RED
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_INS_DOCUMENTACION'),      'TRA_INS_DOC_OBLIG_TRIBUTARIAS',   'Cumplimiento de obligaciones tributarias', true, 10, 0),          -- Compliance with tax obligations
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_INS_DOCUMENTACION'),      'TRA_INS_DOC_ACREDITATIVA',        'Aportar documentación acreditativa', true, 20, 0),                -- Provide supporting documentation.
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_INS_MODIFICACION_DATOS'), 'TRA_INS_MOD_CNAE',                'Cambio de CNAE', true, 10, 0),                                    -- CNAE change
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_INS_MODIFICACION_DATOS'), 'TRA_INS_MOD_DR_FD_TURISMO',       'Declaración Responsable F.D. Turismo', true, 20, 0),              -- Responsible Declaration F.D.Turismo.
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_INS_MODIFICACION_DATOS'), 'TRA_INS_MOD_RENUNCIA_DIVIDENDOS', 'Renuncia a exenciones por reparto de dividendos', true, 30, 0);  -- Dividend Distribution Exemptions Waiver

-- ---- Trámites · Afiliación, altas y bajas (FAQ block 2) ------------------------------------------------
insert into categoria (id, materia_id, tipo_caso, codigo, nombre, activa, orden, version) values
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'), 'TRAMITE', 'TRA_AFI_ALTA_CTA_PROPIA',      'Alta de trabajadores por cuenta propia', true, 10, 0),                         -- Registration of self-employed.
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'), 'TRAMITE', 'TRA_AFI_ALTA_CTA_AJENA',       'Alta de trabajadores por cuenta ajena', true, 20, 0),                          -- Registration of workers employed by another person.
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'), 'TRAMITE', 'TRA_AFI_VAR_CTA_PROPIA',       'Variaciones de datos de trabajadores por cuenta propia', true, 30, 0),         -- Variations of data on self-employed workers
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'), 'TRAMITE', 'TRA_AFI_VAR_SE_HOGAR',         'Variación de datos de trabajadores del SE de Empleados de Hogar', true, 40, 0), -- Variation of SE Household workers data
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'), 'TRAMITE', 'TRA_AFI_VAR_CTA_AJENA',        'Variación de datos de trabajadores por cuenta ajena', true, 50, 0),            -- Variation of data for employed persons
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'), 'TRAMITE', 'TRA_AFI_DIBA',                 'Alta/Variación de Datos Integrados de Bases Adicionales (DIBA)', true, 60, 0), -- Registration/Variation of Additional Integrated Data Bases DIBA
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'), 'TRAMITE', 'TRA_AFI_BAJA_CTA_PROPIA',      'Baja de trabajadores por cuenta propia', true, 70, 0),                         -- Deregistration of self-employed workers.
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'), 'TRAMITE', 'TRA_AFI_BAJA_CTA_AJENA',       'Baja de trabajadores por cuenta ajena', true, 80, 0),                          -- Deregistration of workers employed by another person
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'), 'TRAMITE', 'TRA_AFI_DOCUMENTACION',        'Aportar documentación acreditativa', true, 90, 0);                             -- Provide supporting documentation.

insert into subcategoria (id, categoria_id, codigo, nombre, activa, orden, version) values
    -- Registration of self-employed.
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_ALTA_CTA_PROPIA'), 'TRA_AFI_ALTA_AUTONOMO_FUERA_PLAZO', 'Alta de trabajadores autónomos fuera de plazo', true, 10, 0),                                 -- Late registration of self-employed workers
    -- Registration of workers employed by another person.
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_ALTA_CTA_AJENA'), 'TRA_AFI_ALTA_SOLICITUD_NSS',          'Solicitud de número de Seguridad Social', true, 10, 0),                                     -- Request for Social Security number
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_ALTA_CTA_AJENA'), 'TRA_AFI_ALTA_FUERA_PLAZO',            'Alta de trabajadores fuera de plazo', true, 20, 0),                                        -- Registration as worker after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_ALTA_CTA_AJENA'), 'TRA_AFI_ALTA_ANULACION_CONSOLIDADA',  'Anulación de alta consolidada fuera de plazo', true, 30, 0),                               -- Removal of consolidated registration after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_ALTA_CTA_AJENA'), 'TRA_AFI_ALTA_MODIF_FECHA_EFECTOS',    'Modificación de fecha de alta y efectos del alta fuera de plazo', true, 40, 0),            -- Modification of registration date and effects of registration after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_ALTA_CTA_AJENA'), 'TRA_AFI_ALTA_DIAS_REALES',            'Jornadas reales fuera de plazo', true, 50, 0),                                             -- Actual days worked after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_ALTA_CTA_AJENA'), 'TRA_AFI_ALTA_SEFHORT_DIAS_NO_TRAB',   'SEFHort: anotación de días no trabajados fuera de plazo', true, 60, 0),                    -- SEFHort: Annotation of Days not worked after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_ALTA_CTA_AJENA'), 'TRA_AFI_ALTA_NO_ADMITIDAS_RED',       'Altas no admitidas por RED', true, 70, 0),                                                 -- Registrations not admitted by RED
    -- Variations of data on self-employed workers
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_SETA_FAMILIARES',         'Modificación trabajador SETA y familiares', true, 10, 0),                                  -- Modification of SETA (agricultural) worker and family members
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_TRADE',                   'Modificación trabajador TRADE', true, 20, 0),                                              -- Modification TRADE worker
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_BENEF_RESOL_JUDICIAL',    'Reconocimiento de beneficios por resolución judicial', true, 30, 0),                       -- Recognition of benefits by judicial decision
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_REDUCCION_PLURIACTIVIDAD', 'Solicitud de reducción de bases por pluriactividad fuera de plazo', true, 40, 0),         -- Application for a reduction in the basis of Pluri-activity after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_BENEF_DISCAPACIDAD',      'Solicitud de beneficios en la cotización por discapacidad sobrevenida', true, 50, 0),      -- Application for Overturned disability contribution benefits
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_INSTITUCION_RELIGIOSA',   'Trabajador autónomo de institución religiosa', true, 60, 0),                               -- Self-employed worker in a religious institution
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_BENEF_CONCILIACION',      'Solicitud de beneficios en la cotización por conciliación familiar', true, 70, 0),         -- Application for Family Conciliation contribution benefits
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_VIOLENCIA_TERRORISMO',    'Acreditación de violencia de género/víctima de terrorismo', true, 80, 0),                  -- Proof of gender-based violence/victim of terrorism
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_PERSONA_FISICA_SOCIO',    'Cambio de condición de persona física a socio-administrador', true, 90, 0),                -- Change of status Natural person to partner-manager
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_BENEF_FAMILIAR_COLAB',    'Solicitud de beneficios en la cotización de familiares colaboradores', true, 100, 0),      -- Contribution benefits application for contributing family members
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_PROPIA'), 'TRA_AFI_VCP_CNAE',                    'Cambio de CNAE', true, 110, 0),                                                            -- CNAE change
    -- Variation of SE Household workers data
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_SE_HOGAR'), 'TRA_AFI_HOG_FAMILIA_NUMEROSA',          'Anotación de la condición de familia numerosa', true, 10, 0),                              -- Annotation of large family status
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_SE_HOGAR'), 'TRA_AFI_HOG_RETRIBUCION_RETROACTIVA',   'Cambio de retribución con efectos retroactivos', true, 20, 0),                             -- Remuneration change with retroactive effect
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_SE_HOGAR'), 'TRA_AFI_HOG_SUSTITUCION_INTERINIDAD',  'Contrato de sustitución/interinidad', true, 30, 0),                                        -- Substitution/interim contract
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_SE_HOGAR'), 'TRA_AFI_HOG_RESPONSABLE_INGRESO',      'Cambio de responsable del ingreso de cuotas (<60 h mensuales)', true, 40, 0),              -- Change of person responsible for paying monthly<60 H. contributions
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_SE_HOGAR'), 'TRA_AFI_HOG_CONTRATO_RETROACTIVO',     'Cambio de contrato con efectos retroactivos', true, 50, 0),                                -- Change Contract retroactive effect .
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_SE_HOGAR'), 'TRA_AFI_HOG_HORAS_RETROACTIVO',        'Cambio de n.º de horas/mes con efectos retroactivos', true, 60, 0),                        -- Change No. of hours/month retroactive effect.
    -- Variation of data for employed persons
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_COEF_REDUCTOR_JUBILACION', 'Coeficiente reductor de la edad de jubilación', true, 10, 0),                             -- Retirement age reduction coefficient
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_COLECTIVO',                'Colectivo de trabajador', true, 20, 0),                                                    -- Worker collective
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_CONDICION_DESEMPLEADO',    'Condición de desempleado', true, 30, 0),                                                   -- Unemployed status
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_CONTRATO',                 'Contrato de trabajo', true, 40, 0),                                                        -- Employment Contract
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_EXCEDENCIAS',              'Excedencias', true, 50, 0),                                                                -- Leaves of absence
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_FECHA_INICIO_CONTRATO',    'Fecha de inicio del contrato de trabajo', true, 60, 0),                                    -- Start date of employment contract
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_GRADO_DISCAPACIDAD',       'Grado de discapacidad', true, 70, 0),                                                      -- Degrees of Disability
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_REDUCCION_GUARDA_LEGAL',   'Reducción de jornada por guarda legal fuera de plazo', true, 80, 0),                       -- Reduction of working hours for legal guardianship after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_TIPO_OCUPACION',           'Tipo de ocupación', true, 90, 0),                                                          -- Type Occupation
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_COEF_TIEMPO_PARCIAL',      'Variación del coeficiente de tiempo parcial', true, 100, 0),                               -- Variation of part-time coefficient
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_SITUACIONES_001_015',      'Anotar situaciones adicionales 001 y 015 y modificación/eliminación fuera de plazo', true, 110, 0), -- Annotate Additional Situations 001 and 015 and modification/deletion after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_ERTE_SITUACIONES_406',     'ERTE: situaciones especiales y 406', true, 120, 0),                                        -- ERTE-Special Situations and 406
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_VAR_CTA_AJENA'), 'TRA_AFI_VCA_DR_ERTE_LA_PALMA',         'Declaración Responsable ERTE La Palma', true, 130, 0),                                     -- Responsible Declaration ERTE La Palma
    -- Registration/Variation of Additional Integrated Data Bases DIBA
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_DIBA'), 'TRA_AFI_DIBA_001_TRABAJO_CONCENTRADO',          'Bases adicionales tipo 001: asignación/rescisión CCC TRABAJO CONCENTRADO', true, 10, 0),   -- Additional Bases Types 001 - Assignment/Rescission CCC CONCENTRATED WORK
    -- Deregistration of self-employed workers.
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_BAJA_CTA_PROPIA'), 'TRA_AFI_BAJA_AUTONOMO_FUERA_PLAZO',  'Baja de trabajadores autónomos fuera de plazo', true, 10, 0),                              -- Deregistration of self-employed workers after the deadline
    -- Deregistration of workers employed by another person
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_BAJA_CTA_AJENA'), 'TRA_AFI_BAJA_FUERA_PLAZO',            'Baja de trabajadores fuera de plazo', true, 10, 0),                                        -- Deregistration of workers after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_BAJA_CTA_AJENA'), 'TRA_AFI_BAJA_ANULACION_CONSOLIDADA',  'Anulación de baja consolidada fuera de plazo', true, 20, 0),                               -- Removal of consolidated deregistration after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_BAJA_CTA_AJENA'), 'TRA_AFI_BAJA_MODIF_CLAVE',           'Modificación de clave derivada de baja fuera de plazo', true, 30, 0),                      -- Key modification resulting from deregistration after the deadline
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_BAJA_CTA_AJENA'), 'TRA_AFI_BAJA_MODIF_FECHA_EFECTOS',    'Modificación de la fecha de efectos de la baja fuera de plazo', true, 40, 0),              -- Modification in the effective deregistration date after the deadline
    -- Provide supporting documentation.
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_DOCUMENTACION'), 'TRA_AFI_DOC_EXCLUSION_VIOLENCIA',      'Exclusión social/víctimas de violencia de género', true, 10, 0),                           -- Social exclusion/victims of gender-based violence
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_DOCUMENTACION'), 'TRA_AFI_DOC_CTA_AJENA',                'Trabajadores por cuenta ajena', true, 20, 0),                                              -- Employed Workers
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_DOCUMENTACION'), 'TRA_AFI_DOC_CTA_PROPIA',               'Trabajadores por cuenta propia', true, 30, 0),                                             -- Self-Employed Workers
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_AFI_DOCUMENTACION'), 'TRA_AFI_DOC_EXISTENCIA_ERTE',          'Existencia de ERTE', true, 40, 0);                                                         -- Existence of ERTE

-- ---- Trámites · Cotización (FAQ blocks 3 and 5) --------------------------------------------------------
insert into categoria (id, materia_id, tipo_caso, codigo, nombre, activa, orden, version) values
    (nextval('categoria_seq'), (select id from materia where codigo = 'COTIZACION'), 'TRAMITE', 'TRA_COT_EMPLEADOS_HOGAR', 'Empleados de Hogar', true, 10, 0),                   -- Domestic Employees.
    (nextval('categoria_seq'), (select id from materia where codigo = 'COTIZACION'), 'TRAMITE', 'TRA_COT_DOCUMENTACION',   'Aportar documentación acreditativa', true, 20, 0);  -- Provide supporting documentation. (blocks 3 and 5)

insert into subcategoria (id, categoria_id, codigo, nombre, activa, orden, version) values
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_COT_EMPLEADOS_HOGAR'), 'TRA_COT_HOG_DATOS_BANCARIOS',          'Solicitud de cambio de datos bancarios', true, 10, 0),                -- Change in bank details application
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_COT_DOCUMENTACION'),   'TRA_COT_DOC_CRA_BBCC',                 'Conceptos retributivos abonados (CRA) > BBCC', true, 10, 0),          -- Credited retribution items (CRA) > BBCC
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_COT_DOCUMENTACION'),   'TRA_COT_DOC_INTERRUPCION_PRESCRIPCION','Interrupción de la prescripción', true, 20, 0),                       -- Interruption of expiry
    (nextval('subcategoria_seq'), (select id from categoria where codigo = 'TRA_COT_DOCUMENTACION'),   'TRA_COT_DOC_ACTUALIZACION_LIQUIDACION','Actualización de liquidaciones fuera de plazo', true, 30, 0);         -- Settlement Update after the Deadline (FAQ block 5: materia inferred, REVIEW)

-- ---- Trámites · Gestión de Autorizaciones RED (FAQ block 4: items without sub-items → categorías only) --
insert into categoria (id, materia_id, tipo_caso, codigo, nombre, activa, orden, version) values
    (nextval('categoria_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'TRAMITE', 'TRA_AUT_MEDIO_TRANSMISION', 'Cambio de medio de transmisión del autorizado RED', true, 10, 0),   -- Change transmission medium RED Authorised person
    (nextval('categoria_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'TRAMITE', 'TRA_AUT_USUARIO_PRINCIPAL', 'Cambio de usuario principal de la autorización RED', true, 20, 0), -- Change Main User RED Authorisation
    (nextval('categoria_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'TRAMITE', 'TRA_AUT_RAZON_SOCIAL',      'Cambio de razón social de la autorización RED', true, 30, 0),      -- Change of company name RED Authorisation
    (nextval('categoria_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'TRAMITE', 'TRA_AUT_TIPO_AUTORIZACION', 'Cambio de tipo de autorización RED', true, 40, 0),                 -- Change of type of RED Authorisation
    (nextval('categoria_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'TRAMITE', 'TRA_AUT_DOMICILIO',         'Modificación del domicilio de la autorización RED', true, 50, 0);  -- Modification of the address of the RED Authorisation

-- =====================================================================================================
-- CONSULTAS and ERRORES/INCIDENCIAS — categorías.
-- NOT IN THE SEEDS: CHOSEN BY US (REVIEW). The seeds give no categorías for these tipos; this is a small set per
-- materia, worded with the seeds' own phrases where they have one (quoted source in each comment).
-- No subcategorías for these tipos yet (the manual does not mark Subcategoría as required); add them with a
-- later migration when the TGSS list is known.
-- =====================================================================================================

-- ---- Consultas ------------------------------------------------------------------------------------------
insert into categoria (id, materia_id, tipo_caso, codigo, nombre, activa, orden, version) values
    -- Inscripción de empresas [ELEGIDO]
    (nextval('categoria_seq'), (select id from materia where codigo = 'INSCRIPCION_EMPRESAS'),   'CONSULTA', 'CON_INS_INSCRIPCION',       'Inscripción de empresas y asignación de CCC', true, 10, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'INSCRIPCION_EMPRESAS'),   'CONSULTA', 'CON_INS_VARIACION_DATOS',   'Variación de datos de la empresa', true, 20, 0),
    -- Afiliación, altas y bajas [ELEGIDO]
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'),             'CONSULTA', 'CON_AFI_ALTAS_BAJAS',       'Altas y bajas', true, 10, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'),             'CONSULTA', 'CON_AFI_VARIACION_DATOS',   'Variaciones de datos', true, 20, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'),             'CONSULTA', 'CON_AFI_NSS',               'Número de Seguridad Social', true, 30, 0),          -- BNR: asignación de NSS
    -- Cotización [ELEGIDO]
    (nextval('categoria_seq'), (select id from materia where codigo = 'COTIZACION'),             'CONSULTA', 'CON_COT_SLD',               'Sistema de Liquidación Directa (SLD)', true, 10, 0), -- manual: "gestión del SLD"
    (nextval('categoria_seq'), (select id from materia where codigo = 'COTIZACION'),             'CONSULTA', 'CON_COT_BASES_TIPOS',       'Bases y tipos de cotización', true, 20, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'COTIZACION'),             'CONSULTA', 'CON_COT_BONIFICACIONES',    'Bonificaciones y reducciones', true, 30, 0),
    -- Técnica [ELEGIDO grouping] — manual: "instalación de software, requerimientos técnicos para la transmisión de
    -- ficheros, comunicaciones"; FAQ: "Problems with electronic certificates"
    (nextval('categoria_seq'), (select id from materia where codigo = 'TECNICA'),                'CONSULTA', 'CON_TEC_INSTALACION',       'Instalación de software', true, 10, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'TECNICA'),                'CONSULTA', 'CON_TEC_REQUERIMIENTOS',    'Requerimientos técnicos para la transmisión de ficheros', true, 20, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'TECNICA'),                'CONSULTA', 'CON_TEC_COMUNICACIONES',    'Comunicaciones', true, 30, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'TECNICA'),                'CONSULTA', 'CON_TEC_CERTIFICADOS',      'Certificados electrónicos', true, 40, 0),
    -- Gestión de Autorizaciones RED [ELEGIDO] — manual: "Consulta/Modificación de datos de contacto"
    (nextval('categoria_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'CONSULTA', 'CON_AUT_AUTORIZACIONES',    'Autorizaciones RED y usuarios', true, 10, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'CONSULTA', 'CON_AUT_DATOS_CONTACTO',    'Datos de contacto', true, 20, 0),
    -- Sede Electrónica [ELEGIDO] — manual: "Servicios de la Sede Electrónica"
    (nextval('categoria_seq'), (select id from materia where codigo = 'SEDE_ELECTRONICA'),       'CONSULTA', 'CON_SED_SERVICIOS',         'Servicios de la Sede Electrónica', true, 10, 0),
    -- Información General [ELEGIDO] — manual: "cuestiones relativas al sistema RED, ... SLD o RED Directo"
    (nextval('categoria_seq'), (select id from materia where codigo = 'INFORMACION_GENERAL'),    'CONSULTA', 'CON_INF_SISTEMA_RED',       'Sistema RED', true, 10, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'INFORMACION_GENERAL'),    'CONSULTA', 'CON_INF_RED_DIRECTO',       'RED Directo', true, 20, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'INFORMACION_GENERAL'),    'CONSULTA', 'CON_INF_OTRAS',             'Otras cuestiones', true, 30, 0),
    -- Recaudación [ELEGIDO] — the BNR refers to a manual version that is not among the seeds
    (nextval('categoria_seq'), (select id from materia where codigo = 'RECAUDACION'),            'CONSULTA', 'CON_REC_DEUDAS',            'Deudas y reclamaciones', true, 10, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'RECAUDACION'),            'CONSULTA', 'CON_REC_APLAZAMIENTOS',     'Aplazamientos', true, 20, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'RECAUDACION'),            'CONSULTA', 'CON_REC_DEVOLUCIONES',      'Devolución de ingresos indebidos', true, 30, 0);

-- ---- Errores / Incidencias -----------------------------------------------------------------------------
insert into categoria (id, materia_id, tipo_caso, codigo, nombre, activa, orden, version) values
    -- Afiliación, altas y bajas [ELEGIDO] — manual: "Errores que se produzcan en la transmisión de ficheros de ...
    -- afiliación", "distintas funcionalidades y Servicios On-Line"
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'),             'ERROR_INCIDENCIA', 'ERR_AFI_FICHEROS',         'Transmisión de ficheros de afiliación', true, 10, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'AFILIACION'),             'ERROR_INCIDENCIA', 'ERR_AFI_ONLINE',           'Servicios On-Line de afiliación', true, 20, 0),
    -- Cotización [ELEGIDO] — manual: "ficheros de cotización"; FAQ: "Direct Settlement System. Error Handling"
    (nextval('categoria_seq'), (select id from materia where codigo = 'COTIZACION'),             'ERROR_INCIDENCIA', 'ERR_COT_FICHEROS',         'Transmisión de ficheros de cotización', true, 10, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'COTIZACION'),             'ERROR_INCIDENCIA', 'ERR_COT_SLD',              'Sistema de Liquidación Directa (SLD)', true, 20, 0),
    -- Técnica [ELEGIDO grouping] — FAQ examples: electronic certificates, installation or updating of RED System
    -- software, connecting to the RED System, communications (sending, downloading messages); manual: "software o
    -- el hardware del Autorizado RED". Every Técnica error/incidencia needs the technical data form (materia_tipo_caso).
    (nextval('categoria_seq'), (select id from materia where codigo = 'TECNICA'),                'ERROR_INCIDENCIA', 'ERR_TEC_CERTIFICADOS',     'Certificados electrónicos', true, 10, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'TECNICA'),                'ERROR_INCIDENCIA', 'ERR_TEC_SOFTWARE',         'Instalación o actualización del software del Sistema RED', true, 20, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'TECNICA'),                'ERROR_INCIDENCIA', 'ERR_TEC_CONEXION',         'Conexión al Sistema RED', true, 30, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'TECNICA'),                'ERROR_INCIDENCIA', 'ERR_TEC_COMUNICACIONES',   'Comunicaciones: envío y descarga de mensajes', true, 40, 0),
    -- Gestión de Autorizaciones RED [ELEGIDO]
    (nextval('categoria_seq'), (select id from materia where codigo = 'GESTION_AUTORIZACIONES'), 'ERROR_INCIDENCIA', 'ERR_AUT_SERVICIOS',        'Servicios de gestión de autorizaciones y usuarios', true, 10, 0),
    -- Sede Electrónica [ELEGIDO] — manual: "interrupción de un servicio o un funcionamiento incorrecto de los mismos"
    (nextval('categoria_seq'), (select id from materia where codigo = 'SEDE_ELECTRONICA'),       'ERROR_INCIDENCIA', 'ERR_SED_INTERRUPCION',     'Interrupción del servicio', true, 10, 0),
    (nextval('categoria_seq'), (select id from materia where codigo = 'SEDE_ELECTRONICA'),       'ERROR_INCIDENCIA', 'ERR_SED_FUNCIONAMIENTO',   'Funcionamiento incorrecto de un servicio', true, 20, 0);

-- =====================================================================================================
-- Tipos de documento (Anexar Información: "seleccionar un Tipo de documento").
-- The manual does not list them: NOT IN THE SEEDS: CHOSEN BY US (REVIEW). Hints from the seeds in comments.
-- =====================================================================================================
insert into tipo_documento (id, codigo, nombre, activo, orden, version) values
    (nextval('tipo_documento_seq'), 'FORMULARIO_DATOS_TECNICOS', 'Formulario de datos técnicos',      true, 10, 0),  -- FAQ "Technical Data Form"; manual "formulario"
    (nextval('tipo_documento_seq'), 'DOCUMENTACION_ACREDITATIVA','Documentación acreditativa',        true, 20, 0),  -- FAQ "Provide supporting documentation"
    (nextval('tipo_documento_seq'), 'MODELO_TA1',                'Modelo TA.1',                       true, 30, 0),  -- FAQ "Form TA.1 signed by the worker"
    (nextval('tipo_documento_seq'), 'DNI_NIE',                   'DNI o NIE',                         true, 40, 0),  -- FAQ "DNI or NIE"
    (nextval('tipo_documento_seq'), 'CERTIFICADO_DISCAPACIDAD',  'Certificado de discapacidad',       true, 50, 0),  -- FAQ "certificate of disability status"
    (nextval('tipo_documento_seq'), 'CONTRATO_TRABAJO',          'Contrato de trabajo',               true, 60, 0),
    (nextval('tipo_documento_seq'), 'OTROS',                     'Otros documentos',                  true, 70, 0);

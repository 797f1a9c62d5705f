-- Cases, their datos complementarios, their history and their messages.

create sequence caso_seq start with 50 increment by 50;
-- The número de caso: the year of the alta and this sequence. A database sequence is safe with any number of
-- server instances, never hands out a value twice and has no row that every alta would queue on; the price is
-- that numbers do not restart each year (they only grow), which keeps them unique for ever.
create sequence caso_numero_seq start with 1 increment by 1;

create table caso (
    id                        bigint                   not null,
    numero                    varchar(20)              not null,
    autorizacion_id           bigint                   not null,
    origen                    varchar(12)              not null,
    usuario_alta_id           bigint                   not null,
    -- The client's token of a Finalizar Alta: the same submission twice creates one case.
    token_alta                varchar(64),
    tipo                      varchar(20)              not null,
    materia_id                bigint                   not null,
    categoria_id              bigint                   not null,
    subcategoria_id           bigint,
    afecta_periodo_en_curso   boolean                  not null,
    titulo                    varchar(50)              not null,
    descripcion               varchar(1000)            not null,
    fecha_alta                timestamp with time zone not null,
    subestado                 varchar(25)              not null,
    anulacion_pendiente       boolean                  not null,
    fecha_ultima_solicitud    timestamp with time zone,
    unidad_id                 bigint,
    tramitador_id             bigint,
    respuesta                 varchar(4000),
    valoracion                integer,
    observaciones_valoracion  varchar(1000),
    fecha_cierre              timestamp with time zone,
    version                   integer                  not null,
    constraint pk_caso primary key (id),
    constraint uk_caso_numero unique (numero),
    constraint uk_caso_token_alta unique (autorizacion_id, token_alta),
    constraint fk_caso_autorizacion foreign key (autorizacion_id) references autorizacion (id),
    constraint fk_caso_usuario_alta foreign key (usuario_alta_id) references usuario (id),
    constraint fk_caso_materia foreign key (materia_id) references materia (id),
    constraint fk_caso_categoria foreign key (categoria_id) references categoria (id),
    constraint fk_caso_subcategoria foreign key (subcategoria_id) references subcategoria (id),
    constraint fk_caso_unidad foreign key (unidad_id) references unidad (id),
    constraint fk_caso_tramitador foreign key (tramitador_id) references usuario (id),
    constraint ck_caso_origen check (origen in ('AUTORIZADO', 'TGSS')),
    constraint ck_caso_tipo check (tipo in ('CONSULTA', 'ERROR_INCIDENCIA', 'TRAMITE')),
    constraint ck_caso_subestado check (subestado in ('PRESENTADO', 'ASIGNADO', 'SOLICITADA_INFORMACION', 'ESCALADO',
        'TRANSFERIDO', 'ANULADO', 'RESUELTO', 'DE_OFICIO')),
    constraint ck_caso_valoracion check (valoracion between 1 and 5)
);
-- Gestión de casos: an autorización's cases by fecha de alta (within a month), newest first.
create index ix_caso_autorizacion_fecha on caso (autorizacion_id, fecha_alta);
-- The nightly sweep: cases waiting for information, by the date of the last request.
create index ix_caso_subestado_solicitud on caso (subestado, fecha_ultima_solicitud);
create index ix_caso_unidad_subestado on caso (unidad_id, subestado);
create index ix_caso_usuario_alta on caso (usuario_alta_id);

-- Up to 5 lines per case (checked by the service); every field optional, at least one per line.
create table dato_complementario (
    caso_id            bigint      not null,
    linea              integer     not null,
    ccc                varchar(11),
    naf                varchar(12),
    tipo_ipf           varchar(2),
    ipf                varchar(10),
    numero_envio       varchar(20),
    numero_liquidacion varchar(20),
    tipo_liquidacion   varchar(5),
    periodo_desde      varchar(7),
    periodo_hasta      varchar(7),
    constraint pk_dato_complementario primary key (caso_id, linea),
    constraint fk_dato_complementario_caso foreign key (caso_id) references caso (id),
    constraint ck_dato_complementario_linea check (linea between 0 and 4)
);

create sequence historial_caso_seq start with 50 increment by 50;

-- One row per transition, written in the same transaction as the change.
create table historial_caso (
    id          bigint                   not null,
    caso_id     bigint                   not null,
    accion      varchar(30)              not null,
    subestado   varchar(25)              not null,
    fecha       timestamp with time zone not null,
    actor       varchar(64)              not null,
    observacion varchar(4000),
    constraint pk_historial_caso primary key (id),
    constraint fk_historial_caso_caso foreign key (caso_id) references caso (id)
);
create index ix_historial_caso_caso on historial_caso (caso_id, fecha);

create sequence mensaje_caso_seq start with 50 increment by 50;

-- Requests for information, the autorizado's contributions, answers and internal notes.
create table mensaje_caso (
    id      bigint                   not null,
    caso_id bigint                   not null,
    tipo    varchar(30)              not null,
    texto   varchar(4000)            not null,
    autor   varchar(64)              not null,
    fecha   timestamp with time zone not null,
    -- Internal notes of the TGSS: the autorizado never sees them.
    interno boolean                  not null,
    constraint pk_mensaje_caso primary key (id),
    constraint fk_mensaje_caso_caso foreign key (caso_id) references caso (id)
);
create index ix_mensaje_caso_caso on mensaje_caso (caso_id, fecha);

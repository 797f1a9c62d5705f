-- Foundation schema: users and their roles, autorizaciones RED and who belongs to them, TGSS unidades and
-- their tramitadores. Written once for both databases: PostgreSQL, and H2 in PostgreSQL mode (embedded run).
-- Ids come from sequences (EclipseLink IDENTITY ids fail on H2 2.x). EclipseLink takes the value it reads as the
-- last id of a block of 50 (the allocationSize of the entities), so each sequence starts at 50, never below.

create sequence usuario_seq start with 50 increment by 50;

create table usuario (
    id            bigint       not null primary key,
    login         varchar(64)  not null,
    nif           varchar(9)   not null,
    nombre        varchar(80)  not null,
    apellidos     varchar(120) not null,
    -- PBKDF2 hash in the format of Jakarta Security's Pbkdf2PasswordHash; null until a password is set.
    password_hash varchar(512),
    activo        boolean      not null,
    version       integer      not null,
    constraint uk_usuario_login unique (login)
);

create table usuario_rol (
    usuario_id bigint      not null,
    rol        varchar(20) not null,
    constraint pk_usuario_rol primary key (usuario_id, rol),
    constraint fk_usuario_rol_usuario foreign key (usuario_id) references usuario (id),
    constraint ck_usuario_rol check (rol in ('AUTORIZADO', 'TRAMITADOR', 'SUPERVISOR', 'OPS'))
);

create sequence autorizacion_seq start with 50 increment by 50;

create table autorizacion (
    id             bigint       not null primary key,
    numero         varchar(20)  not null,
    razon_social   varchar(150) not null,
    nif_titular    varchar(9)   not null,
    email_contacto varchar(254),
    version        integer      not null,
    constraint uk_autorizacion_numero unique (numero)
);

-- A user may belong to many autorizaciones, as usuario principal or secundario.
create table miembro_autorizacion (
    autorizacion_id bigint      not null,
    usuario_id      bigint      not null,
    tipo            varchar(10) not null,
    constraint pk_miembro_autorizacion primary key (autorizacion_id, usuario_id),
    constraint fk_miembro_autorizacion_autorizacion foreign key (autorizacion_id) references autorizacion (id),
    constraint fk_miembro_autorizacion_usuario foreign key (usuario_id) references usuario (id),
    constraint ck_miembro_autorizacion_tipo check (tipo in ('PRINCIPAL', 'SECUNDARIO'))
);
create index ix_miembro_autorizacion_usuario on miembro_autorizacion (usuario_id);

create sequence unidad_seq start with 50 increment by 50;

create table unidad (
    id      bigint       not null primary key,
    codigo  varchar(20)  not null,
    nombre  varchar(150) not null,
    tipo    varchar(30)  not null,
    version integer      not null,
    constraint uk_unidad_codigo unique (codigo),
    constraint ck_unidad_tipo check (tipo in ('DIRECCION_PROVINCIAL', 'CENTRAL'))
);

-- The unidad a tramitador or supervisor works in.
create table tramitador (
    usuario_id bigint not null primary key,
    unidad_id  bigint not null,
    constraint fk_tramitador_usuario foreign key (usuario_id) references usuario (id),
    constraint fk_tramitador_unidad foreign key (unidad_id) references unidad (id)
);
create index ix_tramitador_unidad on tramitador (unidad_id);

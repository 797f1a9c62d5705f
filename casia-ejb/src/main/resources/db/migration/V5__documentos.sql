-- =====================================================================================================
-- V5 — Documentos de los casos (Anexar Información).
-- =====================================================================================================
-- documento_caso       what describes a document: tipo, título, file name as given, format recognised by
--                      content, size, SHA-256, who and when, attached at the alta or later.
-- contenido_documento  its bytes, apart so that listing documents never reads them.
-- Documents are immutable once written: the application only inserts (no update or delete anywhere).
-- Written once for PostgreSQL and for H2 in PostgreSQL mode (the embedded default).
-- =====================================================================================================

create sequence documento_caso_seq start with 50 increment by 50;

create table documento_caso (
    id                bigint                   not null,
    caso_id           bigint                   not null,
    tipo_documento_id bigint                   not null,
    titulo            varchar(100)             not null,
    nombre_fichero    varchar(255)             not null,
    formato           varchar(20)              not null,
    tamano            bigint                   not null,
    huella_sha256     varchar(64)              not null,
    autor             varchar(64)              not null,
    fecha             timestamp with time zone not null,
    en_alta           boolean                  not null,
    constraint pk_documento_caso primary key (id),
    constraint fk_documento_caso_caso foreign key (caso_id) references caso (id),
    constraint fk_documento_caso_tipo_documento foreign key (tipo_documento_id) references tipo_documento (id),
    constraint ck_documento_caso_tamano check (tamano > 0)
);
create index ix_documento_caso_caso on documento_caso (caso_id, fecha);

create table contenido_documento (
    documento_id bigint not null,
    datos        bytea  not null,
    constraint pk_contenido_documento primary key (documento_id),
    constraint fk_contenido_documento_documento foreign key (documento_id) references documento_caso (id)
);

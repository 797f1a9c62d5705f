-- =====================================================================================================
-- V12 — Documentación de los trámites: what a Trámite asks the autorizado to attach, shown on Nuevo Caso as
-- soon as the clasificación is chosen, so that the case does not come back as "Solicitada Información".
--
-- Catalogue data, with V3's conventions (ids from documento_tramite_seq, version, retired with activo = false,
-- never deleted). A row belongs to the most precise level of the clasificación: the subcategoría, or the categoría
-- when that categoría has no subcategorías (the check allows exactly one of the two).
--   obligatorio = true   the document must be attached
--   obligatorio = false  "si procede": only when the case is in that situation
--
-- Sources: only the procedures whose documents the seeds name; the others get rows when the TGSS says which.
--   [FAQ] seeds/004 "Is it possible to apply for a Social Security Number through CASIA?": "Form TA.1 signed by
--         the worker, DNI or NIE and, if applicable, certificate of disability status" (Spanish in TGSS wording).
-- =====================================================================================================

create sequence documento_tramite_seq start with 50 increment by 50;

create table documento_tramite (
    id              bigint       not null,
    categoria_id    bigint,
    subcategoria_id bigint,
    descripcion     varchar(200) not null,
    obligatorio     boolean      not null,
    activo          boolean      not null,
    orden           integer      not null,
    version         integer      not null,
    constraint pk_documento_tramite primary key (id),
    constraint uk_documento_tramite_categoria unique (categoria_id, descripcion),
    constraint uk_documento_tramite_subcategoria unique (subcategoria_id, descripcion),
    constraint fk_documento_tramite_categoria foreign key (categoria_id) references categoria (id),
    constraint fk_documento_tramite_subcategoria foreign key (subcategoria_id) references subcategoria (id),
    constraint ck_documento_tramite_nivel check ((categoria_id is null and subcategoria_id is not null)
                                              or (categoria_id is not null and subcategoria_id is null)),
    constraint ck_documento_tramite_orden check (orden >= 0),
    constraint ck_documento_tramite_version check (version >= 0)
);
-- The two unique constraints index both foreign keys (leading column): the screen reads by one or the other.

-- [FAQ] Solicitud de número de Seguridad Social
insert into documento_tramite (id, categoria_id, subcategoria_id, descripcion, obligatorio, activo, orden, version) values
    (nextval('documento_tramite_seq'), null, (select id from subcategoria where codigo = 'TRA_AFI_ALTA_SOLICITUD_NSS'), 'Modelo TA.1 firmado por el trabajador', true,  true, 10, 0),  -- Form TA.1 signed by the worker
    (nextval('documento_tramite_seq'), null, (select id from subcategoria where codigo = 'TRA_AFI_ALTA_SOLICITUD_NSS'), 'DNI o NIE',                             true,  true, 20, 0),  -- DNI or NIE
    (nextval('documento_tramite_seq'), null, (select id from subcategoria where codigo = 'TRA_AFI_ALTA_SOLICITUD_NSS'), 'Certificado de discapacidad',           false, true, 30, 0);  -- if applicable, certificate of disability status

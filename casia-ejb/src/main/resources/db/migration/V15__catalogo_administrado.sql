-- =====================================================================================================
-- V15 — The catalogue administered by the supervisors (issue 10, Catálogo): every change they make to materias,
-- categorías, subcategorías, tipos de documento, the documentación de los trámites and the respuestas predefinidas
-- leaves one row here, in the same transaction as the change.
--
-- Append-only, as V13 made the history of the cases: the statement triggers refuse any UPDATE, DELETE or TRUNCATE,
-- whoever sends it (V13's rechazar_cambio_de_auditoria, whose message names the table and the operation).
--   actor      the login the container authenticated (never what the screen says)
--   direccion  the client's address as the server saw it (DireccionDeLaPeticion); null outside a request
--   accion     ANADIR, RENOMBRAR, EDITAR, RETIRAR, REACTIVAR, ORDENAR
--   entidad    the level of the catalogue (the application's enum NivelCatalogo)
--   codigo     the entry's código (documentos de trámite have none: their id)
--   detalle    what it was and what it is now, in words ("«A» → «B»")
-- The catálogo page shows the newest rows first, a page at a time: ix_auditoria_catalogo_fecha serves that order.
-- =====================================================================================================

create sequence auditoria_catalogo_seq start with 1 increment by 1;

create table auditoria_catalogo (
    id        bigint       not null default nextval('auditoria_catalogo_seq'),
    fecha     timestamptz  not null,
    actor     varchar(100) not null,
    direccion varchar(45),
    accion    varchar(20)  not null,
    entidad   varchar(30)  not null,
    codigo    varchar(60)  not null,
    detalle   text         not null,
    constraint pk_auditoria_catalogo primary key (id),
    constraint ck_auditoria_catalogo_accion
        check (accion in ('ANADIR', 'RENOMBRAR', 'EDITAR', 'RETIRAR', 'REACTIVAR', 'ORDENAR'))
);
create index ix_auditoria_catalogo_fecha on auditoria_catalogo (fecha desc, id desc);

create trigger tr_auditoria_catalogo_solo_anadir before update or delete or truncate on auditoria_catalogo
    for each statement execute function rechazar_cambio_de_auditoria();

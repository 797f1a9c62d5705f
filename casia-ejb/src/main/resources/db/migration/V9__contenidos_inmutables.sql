-- =====================================================================================================
-- V9 — Contents kept apart from what names them, in pieces, and nothing of a document can change.
-- =====================================================================================================
-- contenido        one stored content (a document of a case, later a justificante): size and SHA-256 taken
--                  when it arrived, checked on every read.
-- contenido_trozo  its bytes in pieces of 128 KB (AlmacenPostgresql says why pieces and not large objects): a
--                  reader holds one piece at a time, because PgJDBC reads a whole bytea value into memory.
-- documento_caso   names its content by reference (referencia), which is a row of contenido with the
--                  PostgreSQL store or a file with the folder store (CASIA_DOC_STORAGE).
-- After Finalizar Alta a document "no se podrá eliminar ni modificar", for anyone: the triggers below refuse
-- UPDATE, DELETE and TRUNCATE of documents and contents whoever sends them. Only a superuser who disables the
-- trigger (ALTER TABLE … DISABLE TRIGGER) gets past it, and the SHA-256 check on every read then refuses to serve
-- what was altered.
-- =====================================================================================================

create table contenido (
    id            bigint generated always as identity,
    tamano        bigint      not null,
    huella_sha256 varchar(64) not null,
    constraint pk_contenido primary key (id),
    constraint ck_contenido_tamano check (tamano >= 0)
);

create table contenido_trozo (
    contenido_id bigint  not null,
    numero       integer not null,
    datos        bytea   not null,
    constraint pk_contenido_trozo primary key (contenido_id, numero),
    constraint fk_contenido_trozo_contenido foreign key (contenido_id) references contenido (id),
    constraint ck_contenido_trozo_tamano check (length(datos) between 1 and 131072)
);

-- The bytes already stored move into pieces; a document keeps its id as the id of its content.
alter table documento_caso add column referencia varchar(200);

insert into contenido (id, tamano, huella_sha256)
    overriding system value
    select d.id, d.tamano, d.huella_sha256 from documento_caso d join contenido_documento x on x.documento_id = d.id;
insert into contenido_trozo (contenido_id, numero, datos)
    select x.documento_id, n, substring(x.datos from n * 131072 + 1 for 131072)
    from contenido_documento x, generate_series(0, (length(x.datos) - 1) / 131072) n;
update documento_caso set referencia = 'postgresql:' || id;
select setval(pg_get_serial_sequence('contenido', 'id'), greatest((select max(id) from contenido), 1));

alter table documento_caso alter column referencia set not null;
drop table contenido_documento;

-- The hand-written detector called Word and Excel 97-2003 one format; Tika tells them apart by their streams.
-- Presentations are no longer accepted (Formato says why); none was ever stored through a screen.
update documento_caso set formato = case when lower(nombre_fichero) like '%.xls' then 'XLS' else 'DOC' end
    where formato = 'OFFICE_97';
alter table documento_caso add constraint ck_documento_caso_formato
    check (formato in ('PDF', 'JPEG', 'PNG', 'TIFF', 'GIF', 'DOC', 'DOCX', 'XLS', 'XLSX', 'ODT', 'ODS', 'TEXTO'));

create function rechazar_cambio_de_documento() returns trigger language plpgsql as $$
begin
    raise exception 'Los documentos y contenidos guardados no se pueden modificar ni eliminar (tabla %, %)',
        tg_table_name, tg_op
        using errcode = 'integrity_constraint_violation';
end
$$;

-- Statement triggers: any UPDATE, DELETE or TRUNCATE of these tables is refused, even one that would touch no row.
create trigger tr_documento_caso_inmutable before update or delete or truncate on documento_caso
    for each statement execute function rechazar_cambio_de_documento();
create trigger tr_contenido_inmutable before update or delete or truncate on contenido
    for each statement execute function rechazar_cambio_de_documento();
create trigger tr_contenido_trozo_inmutable before update or delete or truncate on contenido_trozo
    for each statement execute function rechazar_cambio_de_documento();

-- =====================================================================================================
-- V10 — Justificantes (manual §5.1.2 and §5.2.1): the sealed PDFs CASIA issues for Trámites, each with its CEA.
-- =====================================================================================================
-- justificante  one issued PDF: of which case, which kind, its CEA (ID, date, code), when it was issued, and the
--               PDF itself with its SHA-256 and size. Kept here rather than in the documents' store (V9): a
--               justificante is about 100 KB, issued by CASIA, read whole to be served, and living in the row
--               that the trigger below protects makes it as immutable as its CEA.
-- The CEA ID is unique and is what the public verification page looks up; the code is compared after it, so
-- that a lookup costs one index probe whatever is typed.
-- A justificante is never changed or removed, by anyone: the trigger refuses UPDATE and DELETE, whatever the
-- application does.
-- =====================================================================================================

create sequence justificante_seq start with 50 increment by 50;

create table justificante (
    id            bigint                   not null,
    caso_id       bigint                   not null,
    clase         varchar(40)              not null,
    cea_id        varchar(12)              not null,
    cea_fecha     date                     not null,
    cea_codigo    varchar(30)              not null,
    huella_sha256 varchar(64)              not null,
    tamano        bigint                   not null,
    pdf           bytea                    not null,
    emitido       timestamp with time zone not null,
    constraint pk_justificante primary key (id),
    constraint fk_justificante_caso foreign key (caso_id) references caso (id),
    constraint uq_justificante_cea unique (cea_id),
    constraint ck_justificante_cea check (length(cea_id) = 12 and length(cea_codigo) = 30),
    constraint ck_justificante_tamano check (tamano = length(pdf))
);
create index ix_justificante_caso on justificante (caso_id, emitido);

create function justificante_inmutable() returns trigger language plpgsql as $$
begin
    raise exception 'Un justificante emitido no se modifica ni se elimina (justificante %)', old.id
        using errcode = 'integrity_constraint_violation';
end
$$;

create trigger tg_justificante_inmutable
    before update or delete on justificante
    for each row execute function justificante_inmutable();

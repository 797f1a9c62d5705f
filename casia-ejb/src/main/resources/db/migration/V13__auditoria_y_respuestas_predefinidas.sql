-- =====================================================================================================
-- V13 — The back-office's groundwork: the audit of every action, and the ready-made answers.
--
-- Audit: every action on a case already writes its historial_caso row (who, when, what, the observation) in the
-- same transaction; the row now also says from which address the action came (the client's address as the
-- server saw it; null for the nightly jobs). The history and the messages are append-only: the statement
-- triggers below refuse any UPDATE, DELETE or TRUNCATE, whoever sends it (as V9 does for documents).
--
-- Ready-made answers (issue 10): texts a tramitador starts an answer from (Resolver), kept as catalogue data
-- with V3's conventions (retired with activa = false, never deleted, ordered by orden).
-- =====================================================================================================

alter table historial_caso add column direccion varchar(45);

create function rechazar_cambio_de_auditoria() returns trigger language plpgsql as $$
begin
    raise exception 'El histórico y los mensajes de los casos no se modifican ni se eliminan (tabla %, %)',
        tg_table_name, tg_op
        using errcode = 'integrity_constraint_violation';
end
$$;

create trigger tr_historial_caso_solo_anadir before update or delete or truncate on historial_caso
    for each statement execute function rechazar_cambio_de_auditoria();
create trigger tr_mensaje_caso_solo_anadir before update or delete or truncate on mensaje_caso
    for each statement execute function rechazar_cambio_de_auditoria();

create sequence respuesta_predefinida_seq start with 50 increment by 50;

create table respuesta_predefinida (
    id      bigint        not null,
    codigo  varchar(40)   not null,
    titulo  varchar(100)  not null,
    texto   varchar(4000) not null,
    activa  boolean       not null,
    orden   integer       not null,
    version integer       not null,
    constraint pk_respuesta_predefinida primary key (id),
    constraint uk_respuesta_predefinida_codigo unique (codigo),
    constraint uk_respuesta_predefinida_titulo unique (titulo),
    constraint ck_respuesta_predefinida_orden check (orden >= 0),
    constraint ck_respuesta_predefinida_version check (version >= 0)
);

-- [issue 10] the misclassified error/incidencia; the others are [ELEGIDO]: chosen by us, to be reviewed by the team.
insert into respuesta_predefinida (id, codigo, titulo, texto, activa, orden, version) values
    (nextval('respuesta_predefinida_seq'), 'ABRIR_SOLICITUD_TRAMITE', 'Debe abrir una Solicitud de Trámite',
     'Lo que nos plantea no es un error ni una incidencia del Sistema RED sino una gestión que debe pedirse como trámite. '
     || 'Para que podamos atenderla, debe abrir una Solicitud de Trámite en CASIA (Nuevo Caso, tipo "Trámite") '
     || 'con la materia y la categoría que correspondan y la documentación que se indica al elegirlas.', true, 10, 0),
    (nextval('respuesta_predefinida_seq'), 'CONSULTA_RESUELTA_MANUAL', 'Consulta resuelta en el manual del Sistema RED',
     'La respuesta a su consulta se encuentra en el manual y en los boletines de noticias RED publicados en la web '
     || 'de la Seguridad Social. ', true, 20, 0),
    (nextval('respuesta_predefinida_seq'), 'INCIDENCIA_CORREGIDA', 'Incidencia corregida',
     'La incidencia comunicada ha sido corregida. Puede volver a realizar la operación en el Sistema RED. ', true, 30, 0),
    (nextval('respuesta_predefinida_seq'), 'TRAMITE_REALIZADO', 'Trámite realizado',
     'El trámite solicitado ha sido realizado con la documentación aportada. ', true, 40, 0);

-- =====================================================================================================
-- V18 — The REST API: personal tokens and idempotent creations.
-- =====================================================================================================
-- A token is 32 random bytes: nobody can guess it, so it needs no slow key-derivation function. Only its
-- SHA-256 is kept (huella), unique, and a request is authenticated with one index lookup instead of the
-- ~185 ms of a PBKDF2 password check. The token itself is shown once, when it is made.
-- =====================================================================================================

create sequence token_api_seq start with 50 increment by 50;

create table token_api (
    id          bigint                   not null primary key,
    usuario_id  bigint                   not null,
    nombre      varchar(80)              not null,
    -- The first characters of the token, to tell tokens apart in the list; never enough to use one.
    prefijo     varchar(16)              not null,
    huella      bytea                    not null,
    creado      timestamp with time zone not null,
    caduca      timestamp with time zone not null,
    revocado    timestamp with time zone,
    -- The day of the last use, written at most once a day per token: a request must not pay a write.
    ultimo_uso  date,
    version     integer                  not null,
    constraint uk_token_api_huella unique (huella),
    constraint fk_token_api_usuario foreign key (usuario_id) references usuario (id),
    constraint ck_token_api_caduca check (caduca > creado)
);

create index ix_token_api_usuario on token_api (usuario_id, creado desc);

-- Idempotency-Key of a POST that creates something: the same user and key answer the same response for 24 hours;
-- the same key with another body is refused. The row is written in the transaction of the creation itself, so a
-- retry either finds the creation and its response or finds nothing and creates.
create table peticion_idempotente (
    usuario     varchar(64)              not null,
    clave       varchar(255)             not null,
    -- SHA-256 of method, path and body: what makes "the same request".
    huella      bytea                    not null,
    estado_http integer                  not null,
    ubicacion   varchar(500),
    cuerpo      text,
    creada      timestamp with time zone not null,
    constraint pk_peticion_idempotente primary key (usuario, clave)
);

create index ix_peticion_idempotente_creada on peticion_idempotente (creada);

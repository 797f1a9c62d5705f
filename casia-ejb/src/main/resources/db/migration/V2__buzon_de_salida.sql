-- The outbox: every notice is written here in the same transaction as the change it announces, and sent
-- afterwards. Without an SMTP server configured, notices simply wait here.

create sequence notificacion_seq start with 50 increment by 50;

create table notificacion (
    id           bigint                   not null primary key,
    destinatario varchar(254)             not null,
    asunto       varchar(200)             not null,
    cuerpo       varchar(8000)            not null,
    creada       timestamp with time zone not null,
    estado       varchar(10)              not null,
    intentos     integer                  not null,
    ultimo_error varchar(500),
    enviada      timestamp with time zone,
    version      integer                  not null,
    constraint ck_notificacion_estado check (estado in ('PENDIENTE', 'ENVIADA', 'FALLIDA'))
);
-- The sender reads the oldest pending notices first.
create index ix_notificacion_estado_creada on notificacion (estado, creada);

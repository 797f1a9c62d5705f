-- Demo data for the embedded run and the tests (CASIA_DEMO_DATA=true). Never loaded otherwise.
-- Every demo user's password is set at load time (see DatosDemo); the README lists the logins.

insert into unidad (id, codigo, nombre, tipo, version) values
    (nextval('unidad_seq'), 'DP-28', 'Dirección Provincial de Madrid', 'DIRECCION_PROVINCIAL', 0);
insert into unidad (id, codigo, nombre, tipo, version) values
    (nextval('unidad_seq'), 'UC-COT', 'Unidad Central de Cotización', 'CENTRAL', 0);

-- Autorizados log in with their NIF.
insert into usuario (id, login, nif, nombre, apellidos, activo, version) values
    (nextval('usuario_seq'), '12345678Z', '12345678Z', 'Lucía', 'Martín Ortega', true, 0);
insert into usuario (id, login, nif, nombre, apellidos, activo, version) values
    (nextval('usuario_seq'), '87654321X', '87654321X', 'Javier', 'Romero Díaz', true, 0);
insert into usuario (id, login, nif, nombre, apellidos, activo, version) values
    (nextval('usuario_seq'), '22222222J', '22222222J', 'Pedro', 'Gil Navarro', true, 0);
insert into usuario (id, login, nif, nombre, apellidos, activo, version) values
    (nextval('usuario_seq'), '11111111H', '11111111H', 'Ana', 'Beltrán Soler', true, 0);
-- TGSS staff log in with their user code.
insert into usuario (id, login, nif, nombre, apellidos, activo, version) values
    (nextval('usuario_seq'), 'tram.madrid1', '33333333P', 'Carmen', 'Ruiz Vega', true, 0);
insert into usuario (id, login, nif, nombre, apellidos, activo, version) values
    (nextval('usuario_seq'), 'tram.madrid2', '44444444A', 'Luis', 'Ortega Campos', true, 0);
insert into usuario (id, login, nif, nombre, apellidos, activo, version) values
    (nextval('usuario_seq'), 'tram.central1', '55555555K', 'Elena', 'Sanz Prieto', true, 0);
insert into usuario (id, login, nif, nombre, apellidos, activo, version) values
    (nextval('usuario_seq'), 'sup.madrid', '66666666Q', 'Marta', 'Iglesias Rey', true, 0);
insert into usuario (id, login, nif, nombre, apellidos, activo, version) values
    (nextval('usuario_seq'), 'ops1', '77777777B', 'Raúl', 'Fernández Mora', true, 0);

insert into usuario_rol (usuario_id, rol)
    select id, 'AUTORIZADO' from usuario where login in ('12345678Z', '87654321X', '22222222J', '11111111H');
insert into usuario_rol (usuario_id, rol)
    select id, 'TRAMITADOR' from usuario where login in ('tram.madrid1', 'tram.madrid2', 'tram.central1', 'sup.madrid');
insert into usuario_rol (usuario_id, rol)
    select id, 'SUPERVISOR' from usuario where login = 'sup.madrid';
insert into usuario_rol (usuario_id, rol)
    select id, 'OPS' from usuario where login = 'ops1';

insert into tramitador (usuario_id, unidad_id)
    select u.id, d.id from usuario u, unidad d where u.login in ('tram.madrid1', 'tram.madrid2', 'sup.madrid') and d.codigo = 'DP-28';
insert into tramitador (usuario_id, unidad_id)
    select u.id, d.id from usuario u, unidad d where u.login = 'tram.central1' and d.codigo = 'UC-COT';

insert into autorizacion (id, numero, razon_social, nif_titular, email_contacto, version) values
    (nextval('autorizacion_seq'), '1000001', 'Gestoría Martín Ortega, S.L.', 'B12345674', 'avisos@gestoria-martin-ortega.example', 0);
insert into autorizacion (id, numero, razon_social, nif_titular, email_contacto, version) values
    (nextval('autorizacion_seq'), '1000002', 'Asesoría Laboral Levante, S.L.', 'B46000007', 'casia@asesoria-levante.example', 0);
-- No contact e-mail on file: its notices are not sent, and nothing fails.
insert into autorizacion (id, numero, razon_social, nif_titular, email_contacto, version) values
    (nextval('autorizacion_seq'), '1000003', 'Transportes Ribera, S.A.', 'A28000002', null, 0);

-- Lucía is usuario principal of two autorizaciones; Javier and Pedro are secundarios; Ana has only one.
insert into miembro_autorizacion (autorizacion_id, usuario_id, tipo)
    select a.id, u.id, 'PRINCIPAL' from autorizacion a, usuario u where a.numero in ('1000001', '1000002') and u.login = '12345678Z';
insert into miembro_autorizacion (autorizacion_id, usuario_id, tipo)
    select a.id, u.id, 'SECUNDARIO' from autorizacion a, usuario u where a.numero = '1000001' and u.login = '87654321X';
insert into miembro_autorizacion (autorizacion_id, usuario_id, tipo)
    select a.id, u.id, 'SECUNDARIO' from autorizacion a, usuario u where a.numero = '1000002' and u.login = '22222222J';
insert into miembro_autorizacion (autorizacion_id, usuario_id, tipo)
    select a.id, u.id, 'PRINCIPAL' from autorizacion a, usuario u where a.numero = '1000003' and u.login = '11111111H';

package es.tgss.casia.caso;

import es.tgss.casia.autorizacion.Autorizacion;
import es.tgss.casia.seguridad.Usuario;

/**
 * What an alta fixes once and for all, besides the form: the número, the autorización the case belongs to, who
 * opened it and from where, and the client's token of the submission (null when opened by the TGSS).
 */
record Apertura(String numero, Autorizacion autorizacion, Origen origen, Usuario usuarioAlta, String tokenAlta) {}

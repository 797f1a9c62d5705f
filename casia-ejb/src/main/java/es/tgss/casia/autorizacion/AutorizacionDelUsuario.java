package es.tgss.casia.autorizacion;

import java.io.Serializable;

/** One row of "Selección de la autorización": an autorización the user belongs to, and as what. */
public record AutorizacionDelUsuario(String numero, String razonSocial, TipoMiembro tipo) implements Serializable {}

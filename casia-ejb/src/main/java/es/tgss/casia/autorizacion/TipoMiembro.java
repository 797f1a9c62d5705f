package es.tgss.casia.autorizacion;

/** How a user belongs to an autorización RED. Only the principal may change the contact e-mail. */
public enum TipoMiembro {
    PRINCIPAL,
    SECUNDARIO
}

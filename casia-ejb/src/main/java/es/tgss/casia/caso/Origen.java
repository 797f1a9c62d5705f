package es.tgss.casia.caso;

/** Who opened the case: the autorizado (portal or API) or the TGSS. */
public enum Origen {
    AUTORIZADO,
    TGSS
}

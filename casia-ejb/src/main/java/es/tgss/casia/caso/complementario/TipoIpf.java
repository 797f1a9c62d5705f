package es.tgss.casia.caso.complementario;

import es.tgss.casia.error.ErrorDeNegocio;

/**
 * Tipo de Identificador de Persona Física, con el código de una cifra que usa la TGSS.
 *
 * <p>Fuente: los diseños de registro de intercambio INSS/TGSS publicados en el BOE (p. ej.
 * BOE-A-2021-15038, convenios de la Tarjeta Social Digital) dan 1 = DNI y 6 = NIE, y 9 = IPF
 * ficticio (solo menores de 14 años). El 2 = Pasaporte es el que pide el encargo y el habitual en el
 * Sistema RED, pero no se ha podido contrastar con una fuente pública. El 9 no se incluye: no lo
 * pide el encargo y un autorizado RED no debería tener que teclear un IPF ficticio.
 */
public enum TipoIpf {
    DNI("1", "DNI"),
    PASAPORTE("2", "Pasaporte"),
    NIE("6", "NIE");

    public static final String CAMPO = "Tipo de IPF";

    private final String codigo;
    private final String descripcion;

    TipoIpf(String codigo, String descripcion) {
        this.codigo = codigo;
        this.descripcion = descripcion;
    }

    /**
     * Tipo correspondiente al código de la TGSS ("1", "2", "6"); admite espacios alrededor.
     *
     * @throws ErrorDeNegocio con campo {@value #CAMPO} si falta o no existe
     */
    public static TipoIpf deCodigo(String codigo) {
        String limpio = codigo == null ? "" : codigo.strip();
        if (limpio.isEmpty()) {
            throw ErrorDeNegocio.enCampo(CAMPO, "ipf.tipo.obligatorio");
        }
        for (TipoIpf tipo : values()) {
            if (tipo.codigo.equals(limpio)) {
                return tipo;
            }
        }
        throw ErrorDeNegocio.enCampo(CAMPO, "ipf.tipo.noValido");
    }

    public String codigo() {
        return codigo;
    }

    /** Nombre del documento, tal como se usa en los mensajes ("La letra del DNI ..."). */
    public String descripcion() {
        return descripcion;
    }
}

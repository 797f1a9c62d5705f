package es.tgss.casia.caso.complementario;

import java.util.Objects;

/**
 * Un dato complementario de un caso no supera la validación.
 *
 * <p>Lleva por separado el campo (con la etiqueta del manual: "CCC", "NAF", "Tipo de IPF", "IPF",
 * "Periodo de Liquidación Desde", "Periodo de Liquidación Hasta") y el mensaje en castellano, para
 * que la capa web pueda asociar el error al control de la pantalla sin analizar el texto.
 *
 * <p>Extiende {@link IllegalArgumentException} porque es exactamente eso: un argumento recibido del
 * usuario que no cumple las reglas; así cualquier manejador genérico de errores de entrada lo trata
 * bien aunque no conozca este tipo.
 */
public final class DatoComplementarioInvalidoException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String campo;

    public DatoComplementarioInvalidoException(String campo, String mensaje) {
        super(Objects.requireNonNull(mensaje, "mensaje"));
        this.campo = Objects.requireNonNull(campo, "campo");
    }

    /** Etiqueta del campo tal como aparece en la pantalla de datos complementarios. */
    public String campo() {
        return campo;
    }

    /** Mensaje para el usuario, en castellano y ya redactado. */
    public String mensaje() {
        return getMessage();
    }
}

package es.tgss.casia.caso.documento;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document as the autorizado attaches it: "seleccionar un Tipo de documento, indicar un Título y Seleccionar un
 * archivo". Nothing here is trusted; the file name is kept only to show it, the format comes from the content.
 *
 * @param tipoDocumento código of the tipo de documento in the catalogue
 */
public record NuevoDocumento(String tipoDocumento, String titulo, String nombreFichero, byte[] contenido) {

    public NuevoDocumento {
        contenido = contenido == null ? new byte[0] : contenido;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NuevoDocumento d
                && Objects.equals(tipoDocumento, d.tipoDocumento)
                && Objects.equals(titulo, d.titulo)
                && Objects.equals(nombreFichero, d.nombreFichero)
                && Arrays.equals(contenido, d.contenido);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tipoDocumento, titulo, nombreFichero) * 31 + Arrays.hashCode(contenido);
    }

    @Override
    public String toString() {
        return "NuevoDocumento[" + tipoDocumento + ", " + titulo + ", " + nombreFichero + ", " + contenido.length
                + " bytes]";
    }
}

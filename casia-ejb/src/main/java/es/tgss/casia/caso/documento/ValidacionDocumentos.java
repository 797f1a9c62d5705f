package es.tgss.casia.caso.documento;

import es.tgss.casia.catalogo.TipoDocumento;
import es.tgss.casia.error.ErroresDeCampo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checks of Anexar Información: tipo de documento from the catalogue, título, a non-empty file within the size
 * limits (per document and per case, both configurable) in a format recognised by its content. Errors are keyed
 * as the form names its fields ("documentos[1].titulo"), all at once.
 */
public final class ValidacionDocumentos {

    public static final int MAX_TITULO = 100;
    static final int MAX_NOMBRE_FICHERO = 255;

    /** Configured limits in bytes ({@code CASIA_DOC_MAX_MB}, {@code CASIA_DOC_MAX_TOTAL_MB}). */
    public record Limites(long maxBytesDocumento, long maxBytesPorCaso) {}

    private ValidacionDocumentos() {}

    /**
     * @param tipos            looks up an active tipo de documento by código
     * @param bytesYaGuardados what the case's documents already take (0 at Finalizar Alta)
     * @param errores          where every error goes; the caller throws once all the form is checked
     * @return the documents that passed, in order (only meaningful when no error was added)
     */
    public static List<DocumentoComprobado> validar(
            List<NuevoDocumento> documentos,
            Function<String, Optional<TipoDocumento>> tipos,
            Limites limites,
            long bytesYaGuardados,
            ErroresDeCampo errores) {
        List<DocumentoComprobado> validos = new ArrayList<>();
        long total = bytesYaGuardados;
        for (int i = 0; i < documentos.size(); i++) {
            NuevoDocumento d = documentos.get(i);
            String campo = "documentos[" + i + "].";
            Optional<TipoDocumento> tipo = Optional.empty();
            if (d.tipoDocumento() == null || d.tipoDocumento().isBlank()) {
                errores.anadir(campo + "tipoDocumento", "documento.tipo.obligatorio");
            } else {
                tipo = tipos.apply(d.tipoDocumento().strip());
                if (tipo.isEmpty()) {
                    errores.anadir(campo + "tipoDocumento", "documento.tipo.noExiste");
                }
            }
            String titulo = d.titulo() == null ? "" : d.titulo().strip();
            if (titulo.isEmpty()) {
                errores.anadir(campo + "titulo", "documento.titulo.obligatorio");
            } else if (titulo.length() > MAX_TITULO) {
                errores.anadir(campo + "titulo", "documento.titulo.largo", MAX_TITULO, titulo.length());
            }
            String nombre = nombreFichero(d.nombreFichero());
            Optional<Formato> formato = Optional.empty();
            byte[] contenido = d.contenido();
            total += contenido.length;
            if (contenido.length == 0) {
                if (nombre.isEmpty()) {
                    errores.anadir(campo + "fichero", "documento.fichero.obligatorio");
                } else {
                    errores.anadir(campo + "fichero", "documento.fichero.vacio", nombre);
                }
            } else if (contenido.length > limites.maxBytesDocumento()) {
                errores.anadir(
                        campo + "fichero",
                        "documento.fichero.grande",
                        nombre,
                        mb(contenido.length),
                        mb(limites.maxBytesDocumento()));
            } else {
                formato = Formato.reconocer(contenido);
                if (formato.isEmpty()) {
                    errores.anadir(campo + "fichero", "documento.fichero.formato", nombre);
                }
            }
            if (tipo.isPresent() && formato.isPresent() && !titulo.isEmpty() && titulo.length() <= MAX_TITULO) {
                String guardado =
                        nombre.isEmpty() ? "documento." + formato.get().extension() : nombre;
                validos.add(new DocumentoComprobado(
                        tipo.get(), titulo, guardado, formato.get(), contenido, huella(contenido)));
            }
        }
        if (total > limites.maxBytesPorCaso()) {
            errores.anadir("documentos", "documento.total.grande", mb(total), mb(limites.maxBytesPorCaso()));
        }
        return validos;
    }

    /** Only the last segment of what the browser sent ("C:\fakepath\x.pdf"), without control characters. */
    static String nombreFichero(String dado) {
        if (dado == null) {
            return "";
        }
        String nombre = dado.substring(Math.max(dado.lastIndexOf('/'), dado.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        return nombre.length() <= MAX_NOMBRE_FICHERO ? nombre : nombre.substring(0, MAX_NOMBRE_FICHERO);
    }

    /**
     * Megabytes rounded up to a tenth, so that a file just over the limit never reads as equal to it; the bundle
     * writes them with the language's decimal mark.
     */
    static double mb(long bytes) {
        return Math.ceil(bytes * 10 / (1024.0 * 1024.0)) / 10;
    }

    /** SHA-256 in hex: what proves later that a stored document is the one received. */
    public static String huella(byte[] contenido) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

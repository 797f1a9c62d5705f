package es.tgss.casia.caso.documento;

import es.tgss.casia.catalogo.TipoDocumento;
import es.tgss.casia.error.ErroresDeCampo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checks of Anexar Información: tipo de documento from the catalogue, título, a non-empty file within the size
 * limits (per document and per case, both configurable) in a format recognised by its content, which its name must not
 * contradict. Errors are keyed
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
            FicheroRecibido fichero = d.fichero();
            long tamano = fichero == null ? 0 : fichero.tamano();
            total += tamano;
            if (tamano == 0) {
                if (nombre.isEmpty()) {
                    errores.anadir(campo + "fichero", "documento.fichero.obligatorio");
                } else {
                    errores.anadir(campo + "fichero", "documento.fichero.vacio", nombre);
                }
            } else if (fichero.excedido()) {
                // Reading stopped at the limit: its true size was never known, only that it passes the limit.
                errores.anadir(
                        campo + "fichero", "documento.fichero.excedido", nombre, mb(limites.maxBytesDocumento()));
            } else if (tamano > limites.maxBytesDocumento()) {
                errores.anadir(
                        campo + "fichero",
                        "documento.fichero.grande",
                        nombre,
                        mb(tamano),
                        mb(limites.maxBytesDocumento()));
            } else {
                formato = formato(fichero, nombre, campo, errores);
            }
            if (tipo.isPresent() && formato.isPresent() && !titulo.isEmpty() && titulo.length() <= MAX_TITULO) {
                String guardado = extension(nombre).isEmpty()
                        ? (nombre.isEmpty() ? "documento" : nombre) + "."
                                + formato.get().extension()
                        : nombre;
                validos.add(new DocumentoComprobado(tipo.get(), titulo, guardado, formato.get(), fichero));
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

    /**
     * The format the content has, when it is accepted and the name agrees. A name without an extension agrees with
     * any accepted content (the stored name gets the format's extension, so the download opens in the right
     * program); a name with one must name the format the content is: a renamed executable, a page named ".txt" or a
     * PDF named ".jpg" is refused, since whoever opens it by its name would be misled.
     */
    private static Optional<Formato> formato(
            FicheroRecibido fichero, String nombre, String campo, ErroresDeCampo errores) {
        DetectorDeFormato.Resultado r = DetectorDeFormato.reconocer(fichero.ruta());
        if (r.formato().isEmpty()) {
            errores.anadir(campo + "fichero", "documento.fichero.formato", nombre);
            return Optional.empty();
        }
        Formato formato = r.formato().get();
        if (r.poliglota()) {
            errores.anadir(campo + "fichero", "documento.fichero.poliglota", nombre, formato.etiqueta());
            return Optional.empty();
        }
        String extension = extension(nombre);
        if (!extension.isEmpty() && !formato.admiteExtension(extension)) {
            errores.anadir(campo + "fichero", "documento.fichero.extension", nombre, formato.etiqueta(), extension);
            return Optional.empty();
        }
        return Optional.of(formato);
    }

    /** What follows the last dot of the name ("" for "informe" and for ".bashrc"-like names without a base). */
    static String extension(String nombre) {
        int punto = nombre.lastIndexOf('.');
        return punto <= 0 ? "" : nombre.substring(punto + 1);
    }
}

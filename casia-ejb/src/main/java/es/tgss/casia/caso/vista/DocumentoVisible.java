package es.tgss.casia.caso.vista;

import es.tgss.casia.caso.documento.Formato;
import java.time.OffsetDateTime;

/**
 * What describes one document of a case; its bytes are downloaded one by one.
 *
 * @param huellaSha256 the digest taken when it arrived, so that a reader can check the copy they download
 */
public record DocumentoVisible(
        long id,
        String tipoDocumento,
        String titulo,
        String nombreFichero,
        Formato formato,
        long tamano,
        String huellaSha256,
        String autor,
        OffsetDateTime fecha) {}

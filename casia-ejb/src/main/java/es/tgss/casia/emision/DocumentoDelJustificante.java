package es.tgss.casia.emision;

import java.util.Objects;

/** One document listed on a justificante, as it was stored: the SHA-256 lets the reader match it to a file. */
public record DocumentoDelJustificante(
        String titulo, String tipoDocumento, String nombreFichero, long tamano, String sha256) {

    public DocumentoDelJustificante {
        Objects.requireNonNull(titulo, "titulo");
        Objects.requireNonNull(tipoDocumento, "tipoDocumento");
        Objects.requireNonNull(nombreFichero, "nombreFichero");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            // Printed for a person to compare with the file's digest: one spelling, the usual one.
            throw new IllegalArgumentException("SHA-256 no es hexadecimal en minúsculas de 64 cifras: " + sha256);
        }
        if (tamano < 0) {
            throw new IllegalArgumentException("tamano negativo: " + tamano);
        }
    }
}

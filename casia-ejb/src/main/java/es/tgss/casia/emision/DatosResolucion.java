package es.tgss.casia.emision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a Resolución de Desistimiento states (bulletin of July 2021, art. 68.1 and 21.1 Ley 39/2015): the case and
 * its autorización, the information the TGSS requested ({@code solicitud}, quoted as it was written) and when
 * ({@code solicitada}), the last day to provide it, inclusive ({@code ultimoDia}, already computed on the Madrid
 * calendar with its días inhábiles: this record only prints it), and when the case was closed de oficio.
 * {@code subcategoria} is null when the case has none.
 */
public record DatosResolucion(
        String numeroCaso,
        Instant apertura,
        String numeroAutorizacion,
        String razonSocial,
        String usuarioAlta,
        String materia,
        String categoria,
        String subcategoria,
        String titulo,
        String solicitud,
        Instant solicitada,
        LocalDate ultimoDia,
        Instant cerrado,
        Instant emision) {

    public DatosResolucion {
        Objects.requireNonNull(numeroCaso, "numeroCaso");
        Objects.requireNonNull(apertura, "apertura");
        Objects.requireNonNull(numeroAutorizacion, "numeroAutorizacion");
        Objects.requireNonNull(razonSocial, "razonSocial");
        Objects.requireNonNull(usuarioAlta, "usuarioAlta");
        Objects.requireNonNull(materia, "materia");
        Objects.requireNonNull(categoria, "categoria");
        Objects.requireNonNull(titulo, "titulo");
        Objects.requireNonNull(solicitud, "solicitud");
        Objects.requireNonNull(solicitada, "solicitada");
        Objects.requireNonNull(ultimoDia, "ultimoDia");
        Objects.requireNonNull(cerrado, "cerrado");
        Objects.requireNonNull(emision, "emision");
    }
}

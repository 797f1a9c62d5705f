package es.tgss.casia.emision;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The justificantes the tests issue: real data shapes, with the accents and symbols the fonts must carry. */
final class Justificantes {

    static final URI URL = URI.create("https://casia.seg-social.es/verificar");
    static final Instant APERTURA = Instant.parse("2026-11-30T09:15:00Z");
    static final Instant EMISION = Instant.parse("2026-11-30T09:15:07Z");

    private Justificantes() {}

    static DocumentoDelJustificante documento(int n) {
        String contenido = "documento " + n;
        return new DocumentoDelJustificante(
                "Poder de representación nº " + n + " — año 2026 (€)",
                "Acreditación de la representación",
                "poder_notarial_señor_muñoz_" + n + ".pdf",
                1_234_567L + n,
                sha256(contenido));
    }

    static DatosJustificante solicitud(int documentos) {
        List<DocumentoDelJustificante> lista = new ArrayList<>();
        for (int i = 1; i <= documentos; i++) {
            lista.add(documento(i));
        }
        return new DatosJustificante(
                ClaseDeJustificante.SOLICITUD_TRAMITE,
                "2026/00012345",
                APERTURA,
                "1234567",
                "Gestoría Peñalara y Asociados, S.L.",
                "12345678Z · María José Núñez Ibáñez",
                "Trámite",
                "Afiliación",
                "Bajas fuera de plazo",
                null,
                "Baja fuera de plazo de un trabajador",
                lista,
                EMISION);
    }

    static DatosJustificante complementaria() {
        return new DatosJustificante(
                ClaseDeJustificante.DOCUMENTACION_COMPLEMENTARIA,
                "2026/00012345",
                APERTURA,
                "1234567",
                "Gestoría Peñalara y Asociados, S.L.",
                "12345678Z · María José Núñez Ibáñez",
                "Trámite",
                "Afiliación",
                "Bajas fuera de plazo",
                "Régimen General",
                "Baja fuera de plazo de un trabajador",
                List.of(documento(7)),
                Instant.parse("2026-12-02T16:40:00Z"));
    }

    static Cea cea() {
        return Cea.nuevo(new SecureRandom(), LocalDate.of(2026, 11, 30));
    }

    static String sha256(String texto) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(texto.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

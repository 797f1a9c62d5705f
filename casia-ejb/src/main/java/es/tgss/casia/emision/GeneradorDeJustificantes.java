package es.tgss.casia.emision;

import java.net.URI;
import java.security.SecureRandom;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Makes the Justificante de solicitud de trámite (§5.1.2) and the Justificante de documentación complementaria
 * anexada (§5.2.1) as sealed PDF/A with their CEA and a QR code that leads to the verification page. Built once at
 * start-up (the template is compiled here, the fonts load with the first document) and shared by every thread.
 */
public final class GeneradorDeJustificantes {

    static final String PLANTILLA = "justificante.jrxml";
    private static final Locale ESPANOL = Locale.forLanguageTag("es-ES");

    private final EmisionPdf emision;
    private final JasperReport plantilla;
    private final DateTimeFormatter fechaHora;

    public GeneradorDeJustificantes(Sello sello, ZoneId zona) {
        this.emision = new EmisionPdf(sello);
        this.plantilla = EmisionPdf.compilar(GeneradorDeJustificantes.class, PLANTILLA);
        this.fechaHora =
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", ESPANOL).withZone(zona);
    }

    /** The sealed PDF/A-2b of one justificante, its CEA at the foot of every page and a QR to {@code urlVerificacion}. */
    public byte[] generar(DatosJustificante datos, Cea cea, URI urlVerificacion) {
        Map<String, Object> parametros = new HashMap<>();
        parametros.put("tituloDocumento", datos.clase().titulo());
        parametros.put("introduccion", introduccion(datos));
        parametros.put("numeroCaso", datos.numeroCaso());
        parametros.put("apertura", fechaHora.format(datos.apertura()));
        parametros.put("numeroAutorizacion", datos.numeroAutorizacion());
        parametros.put("razonSocial", datos.razonSocial());
        parametros.put("usuarioAlta", datos.usuarioAlta());
        parametros.put("tipo", datos.tipo());
        parametros.put("materia", datos.materia());
        parametros.put("categoria", datos.categoria());
        parametros.put("subcategoria", datos.subcategoria() == null ? "—" : datos.subcategoria());
        parametros.put("tituloCaso", datos.titulo());
        parametros.put("emision", fechaHora.format(datos.emision()));
        parametros.put("codigoQr", CodigoQr.de(urlVerificacion.toString()));
        parametros.put(
                "textoVerificacion",
                "Documento sellado electrónicamente. Puede comprobar su autenticidad en " + urlVerificacion
                        + " con el ID y el código CEA de este pie.");
        parametros.put(
                "encabezadoDocumentos",
                datos.clase() == ClaseDeJustificante.SOLICITUD_TRAMITE
                        ? "Relación de documentos anexados"
                        : "Relación de documentos anexados como documentación complementaria");
        parametros.put("sinDocumentos", datos.documentos().isEmpty() ? "No se han anexado documentos." : null);
        return emision.emitir(
                plantilla,
                parametros,
                new JRMapCollectionDataSource(filas(datos)),
                cea,
                new EmisionPdf.Metadatos(datos.clase().titulo(), "Caso " + datos.numeroCaso(), datos.emision()));
    }

    /**
     * Makes one justificante of made-up data and throws if it cannot. Called at start-up: a seal, font or template
     * that does not work in this runtime stops the start instead of the first Trámite, and the fonts are loaded
     * before any user waits for them.
     */
    public void probar() {
        Instant ahora = Instant.now();
        generar(
                new DatosJustificante(
                        ClaseDeJustificante.SOLICITUD_TRAMITE,
                        "PRUEBA",
                        ahora,
                        "0000000",
                        "Prueba de arranque",
                        "CASIA",
                        "Trámite",
                        "Prueba",
                        "Prueba",
                        null,
                        "Prueba de arranque: áéíóú ñ º €",
                        List.of(),
                        ahora),
                Cea.nuevo(new SecureRandom(), LocalDate.now()),
                URI.create("http://localhost/verificar/"));
    }

    private String introduccion(DatosJustificante datos) {
        return switch (datos.clase()) {
            case SOLICITUD_TRAMITE ->
                "Se ha presentado la solicitud de trámite que se indica, a la que se ha"
                        + " asignado el número de caso " + datos.numeroCaso() + ", el "
                        + fechaHora.format(datos.apertura()) + ".";
            case DOCUMENTACION_COMPLEMENTARIA ->
                "Se ha anexado documentación complementaria al caso " + datos.numeroCaso() + " el "
                        + fechaHora.format(datos.emision()) + ".";
        };
    }

    private static List<Map<String, ?>> filas(DatosJustificante datos) {
        NumberFormat numero = NumberFormat.getIntegerInstance(ESPANOL);
        numero.setGroupingUsed(true);
        List<Map<String, ?>> filas = new ArrayList<>(datos.documentos().size());
        int orden = 0;
        for (DocumentoDelJustificante d : datos.documentos()) {
            orden++;
            filas.add(Map.of(
                    "orden", orden + ".",
                    "titulo", d.titulo(),
                    "tipoDocumento", d.tipoDocumento(),
                    "nombreFichero", d.nombreFichero(),
                    "tamano", tamano(d.tamano(), numero),
                    "sha256", d.sha256()));
        }
        return filas;
    }

    /** Bytes exactly (to compare with the file) and, above a kilobyte, the size a person reads. */
    static String tamano(long bytes, NumberFormat numero) {
        String exacto = numero.format(bytes) + (bytes == 1 ? " byte" : " bytes");
        if (bytes < 1024) {
            return exacto;
        }
        double kb = bytes / 1024.0;
        String legible =
                kb < 1024 ? String.format(ESPANOL, "%.1f KB", kb) : String.format(ESPANOL, "%.1f MB", kb / 1024.0);
        return legible + " (" + exacto + ")";
    }
}

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
 * Makes the Justificante de solicitud de trámite (§5.1.2), the Justificante de documentación complementaria anexada
 * (§5.2.1) and the Resolución de Desistimiento (bulletin of July 2021) as sealed PDF/A with their CEA and a QR code
 * that leads to the verification page. Built once at start-up (the templates are compiled here, the fonts load with
 * the first document) and shared by every thread.
 */
public final class GeneradorDeJustificantes {

    static final String PLANTILLA = "justificante.jrxml";
    static final String PLANTILLA_RESOLUCION = "resolucion.jrxml";
    static final String ORGANO = "Tesorería General de la Seguridad Social — Servicio CASIA";
    /** The superior body of the TGSS's units, before which the recurso de alzada lies (art. 121 Ley 39/2015). */
    static final String ORGANO_DE_ALZADA = "la Dirección General de la Tesorería General de la Seguridad Social";

    private static final Locale ESPANOL = Locale.forLanguageTag("es-ES");

    private final EmisionPdf emision;
    private final JasperReport plantilla;
    private final JasperReport plantillaResolucion;
    private final DateTimeFormatter fechaHora;
    private final DateTimeFormatter fecha;

    public GeneradorDeJustificantes(Sello sello, ZoneId zona) {
        this.emision = new EmisionPdf(sello);
        this.plantilla = EmisionPdf.compilar(GeneradorDeJustificantes.class, PLANTILLA);
        this.plantillaResolucion = EmisionPdf.compilar(GeneradorDeJustificantes.class, PLANTILLA_RESOLUCION);
        this.fechaHora =
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", ESPANOL).withZone(zona);
        this.fecha = DateTimeFormatter.ofPattern("dd/MM/yyyy", ESPANOL);
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
        parametros.put("textoVerificacion", textoVerificacion(urlVerificacion));
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
            // DatosJustificante refuses this clase: a resolución is made by resolucion().
            case RESOLUCION_DESISTIMIENTO ->
                throw new IllegalArgumentException(datos.clase().name());
        };
    }

    /**
     * The sealed PDF/A-2b of the Resolución de Desistimiento of a Trámite closed de oficio, its CEA at the foot of
     * every page and a QR to {@code urlVerificacion}. The body is a list of paragraphs under their headings, in the
     * order of an administrative resolution (antecedentes de hecho, fundamentos de derecho, parte dispositiva,
     * recursos): the wording lives here, beside the data it quotes, and the template only lays it out.
     */
    public byte[] resolucion(DatosResolucion datos, Cea cea, URI urlVerificacion) {
        String titulo = ClaseDeJustificante.RESOLUCION_DESISTIMIENTO.titulo();
        String tramite = datos.materia() + " › " + datos.categoria()
                + (datos.subcategoria() == null ? "" : " › " + datos.subcategoria());
        Map<String, Object> parametros = new HashMap<>();
        parametros.put("tituloDocumento", titulo);
        parametros.put("organo", ORGANO);
        parametros.put("numeroCaso", datos.numeroCaso());
        parametros.put("numeroAutorizacion", datos.numeroAutorizacion());
        parametros.put("razonSocial", datos.razonSocial());
        parametros.put("usuarioAlta", datos.usuarioAlta());
        parametros.put("tramite", tramite);
        parametros.put("tituloCaso", datos.titulo());
        parametros.put("emision", fechaHora.format(datos.emision()));
        parametros.put("codigoQr", CodigoQr.de(urlVerificacion.toString()));
        parametros.put("textoVerificacion", textoVerificacion(urlVerificacion));
        return emision.emitir(
                plantillaResolucion,
                parametros,
                new JRMapCollectionDataSource(cuerpo(datos)),
                cea,
                new EmisionPdf.Metadatos(titulo, "Caso " + datos.numeroCaso(), datos.emision()));
    }

    private List<Map<String, ?>> cuerpo(DatosResolucion datos) {
        String interesado = datos.razonSocial() + " (autorización " + datos.numeroAutorizacion() + ")";
        List<Map<String, ?>> filas = new ArrayList<>();
        apartado(filas, "Antecedentes de hecho");
        parrafo(
                filas,
                "Primero. El " + fechaHora.format(datos.apertura()) + " " + interesado
                        + " presentó, a través del Servicio CASIA, la solicitud de trámite a la que se asignó el"
                        + " número de caso " + datos.numeroCaso() + ".");
        parrafo(
                filas,
                "Segundo. El " + fechaHora.format(datos.solicitada())
                        + " la Tesorería General de la Seguridad Social requirió al interesado que aportase la"
                        + " siguiente información: «" + datos.solicitud() + "». Para ello se le concedió un plazo"
                        + " de 20 días naturales, que finalizaba el " + fecha.format(datos.ultimoDia())
                        + ", inclusive.");
        parrafo(
                filas,
                "Tercero. Transcurrido dicho plazo sin que la información requerida fuera aportada, el "
                        + fechaHora.format(datos.cerrado()) + " el caso fue cerrado de oficio.");
        apartado(filas, "Fundamentos de derecho");
        // Quoted or closely paraphrased from the Ley 39/2015; 68.1 is paraphrased without its "diez días" because
        // the TGSS grants a longer plazo (20 días naturales, bulletin of July 2021), which is the one stated above.
        parrafo(
                filas,
                "Primero. El artículo 68.1 de la Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común"
                        + " de las Administraciones Públicas, dispone que, si la solicitud no reúne los requisitos"
                        + " exigidos, se requerirá al interesado para que subsane la falta o acompañe los documentos"
                        + " preceptivos, con indicación de que, si así no lo hiciera, se le tendrá por desistido de su"
                        + " petición, previa resolución que deberá ser dictada en los términos previstos en el"
                        + " artículo 21.");
        parrafo(
                filas,
                "Segundo. El artículo 21.1 de la misma Ley obliga a la Administración a dictar resolución expresa y"
                        + " a notificarla en todos los procedimientos, y dispone que, en los casos de desistimiento de"
                        + " la solicitud, la resolución consistirá en la declaración de la circunstancia que concurra,"
                        + " con indicación de los hechos producidos y las normas aplicables.");
        parrafo(
                filas,
                "Tercero. El plazo se ha computado conforme al artículo 30 de la misma Ley, por días naturales y a"
                        + " partir del día siguiente a aquel en que tuvo lugar el requerimiento; cuando el último día"
                        + " del plazo es inhábil, se entiende prorrogado al primer día hábil siguiente.");
        parrafo(
                filas,
                // Article 6 of the Orden is the one the bulletin names for this notification.
                "Cuarto. Conforme al artículo 43 de la misma Ley y al artículo 6 de la Orden ISM/903/2020, de 24 de"
                        + " septiembre, por la que se regulan las notificaciones y comunicaciones electrónicas en el"
                        + " ámbito de la Administración de la Seguridad Social, esta resolución se notifica mediante"
                        + " comparecencia en la Sede Electrónica de la Seguridad Social, donde se pone a disposición"
                        + " del interesado. La notificación se entenderá rechazada cuando hayan transcurrido diez días"
                        + " naturales desde su puesta a disposición sin que se acceda a su contenido.");
        apartado(filas, "Resolución");
        parrafo(
                filas,
                "En virtud de los antecedentes de hecho y fundamentos de derecho expuestos, la Tesorería General de"
                        + " la Seguridad Social resuelve:");
        parrafo(
                filas,
                "Declarar desistido a " + interesado + " de su solicitud de trámite " + datos.numeroCaso()
                        + ", y archivar el caso.");
        apartado(filas, "Recursos");
        parrafo(
                filas,
                "Contra esta resolución, que no pone fin a la vía administrativa, podrá interponerse recurso de"
                        + " alzada ante " + ORGANO_DE_ALZADA + " en el plazo de un mes, contado a partir del día"
                        + " siguiente al de su notificación, de conformidad con los artículos 121 y 122 de la"
                        + " Ley 39/2015, de 1 de octubre.");
        return filas;
    }

    /* One row per heading or paragraph: the template prints the one that is not null and drops the other's line. */
    private static void apartado(List<Map<String, ?>> filas, String encabezado) {
        Map<String, String> fila = new HashMap<>();
        fila.put("encabezado", encabezado);
        filas.add(fila);
    }

    private static void parrafo(List<Map<String, ?>> filas, String texto) {
        Map<String, String> fila = new HashMap<>();
        fila.put("parrafo", texto);
        filas.add(fila);
    }

    private static String textoVerificacion(URI urlVerificacion) {
        return "Documento sellado electrónicamente. Puede comprobar su autenticidad en " + urlVerificacion
                + " con el ID y el código CEA de este pie.";
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

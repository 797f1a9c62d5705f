package es.tgss.casia.web.backoffice;

import es.tgss.casia.panel.CasoPorCerrar;
import es.tgss.casia.panel.FilaAbiertos;
import es.tgss.casia.panel.FilaAntiguedad;
import es.tgss.casia.panel.FilaValoracion;
import es.tgss.casia.panel.Panel;
import es.tgss.casia.panel.PanelService;
import es.tgss.casia.panel.TramoDeAntiguedad;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * The Panel's tables as one CSV file, as a spreadsheet in Spain opens it with a double click: UTF-8 with a byte order
 * mark (without it Excel reads the accents as Windows-1252), ";" between fields (the "," is the decimal separator),
 * CRLF line ends, one block per table with its caption, the texts in the page's language.
 */
final class PanelCsv {

    private static final String BUNDLE = "es.tgss.casia.web.mensajes";
    private static final String BOM = "\uFEFF";
    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ResourceBundle textos;
    private final Locale idioma;
    private final StringBuilder csv = new StringBuilder(BOM);

    private PanelCsv(Locale idioma) {
        this.idioma = idioma;
        this.textos = ResourceBundle.getBundle(BUNDLE, idioma);
    }

    /** The file's name: panel-DP-28-2026-11-30.csv, panel-todas-2026-11-30.csv for every unidad. */
    static String nombreFichero(Panel panel) {
        String unidad = panel.unidad() == null ? "todas" : panel.unidad().replaceAll("[^A-Za-z0-9-]", "_");
        return "panel-" + unidad + "-" + panel.hoy() + ".csv";
    }

    static byte[] de(Panel panel, Locale idioma) {
        return new PanelCsv(idioma).escribir(panel).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The average with two decimals ("4,25" in Spanish, "4.25" in English); empty with no rated case. */
    static String media(FilaValoracion fila, Locale idioma) {
        Double media = fila.media();
        return media == null ? "" : new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(idioma)).format(media);
    }

    private StringBuilder escribir(Panel panel) {
        linea(texto("panel.csv.panel"));
        linea(texto("panel.alcance"), panel.unidad() == null ? texto("panel.unidad.todas") : panel.unidad());
        linea(texto("panel.csv.fecha"), panel.hoy().format(DIA));

        bloque(texto("panel.abiertos.tabla"));
        linea(cabecera(PanelService.SUBESTADOS_ABIERTOS.stream()
                .map(s -> texto("caso.subestado." + s.name()))
                .toList()));
        for (FilaAbiertos f : panel.abiertos()) {
            linea(fila(unidad(f.unidad()), f.casos(), f.total()));
        }
        linea(fila(
                texto("panel.total"),
                panel.totalAbiertos().casos(),
                panel.totalAbiertos().total()));

        bloque(texto("panel.antiguedad.tabla"));
        linea(cabecera(Stream.of(TramoDeAntiguedad.values())
                .map(t -> texto("panel.antiguedad." + t.name()))
                .toList()));
        for (FilaAntiguedad f : panel.antiguedad()) {
            linea(fila(unidad(f.unidad()), f.casos(), f.total()));
        }
        linea(fila(
                texto("panel.total"),
                panel.totalAntiguedad().casos(),
                panel.totalAntiguedad().total()));

        bloque(texto("panel.porCerrar.tabla"));
        linea(
                texto("panel.porCerrar.numero"),
                texto("panel.porCerrar.tituloCaso"),
                texto("panel.alcance"),
                texto("panel.porCerrar.ultimoDia"));
        for (CasoPorCerrar c : panel.porCerrar()) {
            linea(
                    c.numero(),
                    c.titulo(),
                    unidad(c.unidad()),
                    c.ultimoDiaParaResponder().format(DIA));
        }

        valoraciones(
                texto("panel.valoraciones.porMateria"),
                texto("panel.valoraciones.materia"),
                panel.valoracionesPorMateria(),
                false,
                panel);
        valoraciones(
                texto("panel.valoraciones.porUnidad"),
                texto("panel.alcance"),
                panel.valoracionesPorUnidad(),
                true,
                panel);
        return csv;
    }

    private void valoraciones(
            String titulo, String primera, List<FilaValoracion> filas, boolean porCodigo, Panel panel) {
        bloque(titulo);
        List<String> cabecera =
                new ArrayList<>(List.of(primera, texto("panel.valoraciones.casos"), texto("panel.valoraciones.media")));
        for (int p = 1; p <= 5; p++) {
            cabecera.add(MessageFormat.format(texto("panel.valoraciones.con"), p));
        }
        linea(cabecera.toArray(String[]::new));
        for (FilaValoracion f : filas) {
            linea(valoracion(f.codigo() == null ? texto("panel.sinUnidad") : porCodigo ? f.codigo() : f.nombre(), f));
        }
        linea(valoracion(texto("panel.total"), panel.totalValoraciones()));
    }

    private String[] valoracion(String nombre, FilaValoracion f) {
        List<String> campos = new ArrayList<>(List.of(nombre, Long.toString(f.total()), media(f, idioma)));
        f.porPuntuacion().forEach(n -> campos.add(Long.toString(n)));
        return campos.toArray(String[]::new);
    }

    private String[] cabecera(List<String> columnas) {
        List<String> campos = new ArrayList<>();
        campos.add(texto("panel.alcance"));
        campos.addAll(columnas);
        campos.add(texto("panel.total"));
        return campos.toArray(String[]::new);
    }

    private static String[] fila(String primera, List<Long> casos, long total) {
        List<String> campos = new ArrayList<>();
        campos.add(primera);
        casos.forEach(n -> campos.add(Long.toString(n)));
        campos.add(Long.toString(total));
        return campos.toArray(String[]::new);
    }

    private String unidad(String codigo) {
        return codigo == null ? texto("panel.sinUnidad") : codigo;
    }

    /** A blank line and the table's caption. */
    private void bloque(String titulo) {
        csv.append("\r\n");
        linea(titulo);
    }

    private void linea(String... campos) {
        for (int i = 0; i < campos.length; i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(campo(campos[i]));
        }
        csv.append("\r\n");
    }

    /**
     * A field quoted when it holds the separator, a quote or a line end (RFC 4180, with ";"). A título is the
     * autorizado's text: one starting with = + - @ (or a tab or CR) would run as a formula when the file is opened, so
     * it gets a leading apostrophe, which the spreadsheet shows as text (OWASP, "CSV injection").
     */
    static String campo(String valor) {
        String v = valor == null ? "" : valor;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private String texto(String clave) {
        return textos.getString(clave);
    }
}

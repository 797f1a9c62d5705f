package es.tgss.casia.emision;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A QR code that a template shows as an image element ({@code $P{codigoQr}}): ZXing computes the modules and they
 * are drawn as filled rectangles, which the PDF exporter writes as vector paths (sharp at any zoom, nothing to
 * compress, no transparency for PDF/A). Error correction M, as printed documents of the administration use.
 */
public final class CodigoQr extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;
    /** The quiet zone around the symbol, in modules; the standard asks for 4, paper beside it is white anyway. */
    private static final int MARGEN = 2;

    private final int lado;
    private final BitSet oscuros;

    private CodigoQr(int lado, BitSet oscuros) {
        this.lado = lado;
        this.oscuros = oscuros;
    }

    public static CodigoQr de(String contenido) {
        try {
            ByteMatrix matriz = Encoder.encode(
                            contenido,
                            ErrorCorrectionLevel.M,
                            Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()))
                    .getMatrix();
            int lado = matriz.getWidth();
            BitSet oscuros = new BitSet(lado * lado);
            for (int y = 0; y < lado; y++) {
                for (int x = 0; x < lado; x++) {
                    if (matriz.get(x, y) == 1) {
                        oscuros.set(y * lado + x);
                    }
                }
            }
            return new CodigoQr(lado, oscuros);
        } catch (WriterException e) {
            throw new IllegalArgumentException("No cabe en un código QR: " + contenido, e);
        }
    }

    /** Modules per side, without the quiet zone. */
    int lado() {
        return lado;
    }

    boolean oscuro(int x, int y) {
        return oscuros.get(y * lado + x);
    }

    @Override
    public void render(JasperReportsContext contexto, Graphics2D grafico, Rectangle2D area) {
        double modulo = Math.min(area.getWidth(), area.getHeight()) / (lado + 2 * MARGEN);
        double x0 = area.getX() + (area.getWidth() - modulo * lado) / 2;
        double y0 = area.getY() + (area.getHeight() - modulo * lado) / 2;
        // One path for the whole symbol, one rectangle per run of dark modules in a row: a single fill leaves no
        // anti-aliased seams between modules, and the PDF gets a fifth of the rectangles of one per module.
        Path2D.Double simbolo = new Path2D.Double();
        for (int y = 0; y < lado; y++) {
            int x = 0;
            while (x < lado) {
                if (!oscuro(x, y)) {
                    x++;
                    continue;
                }
                int inicio = x;
                while (x < lado && oscuro(x, y)) {
                    x++;
                }
                simbolo.append(
                        new Rectangle2D.Double(x0 + inicio * modulo, y0 + y * modulo, (x - inicio) * modulo, modulo),
                        false);
            }
        }
        grafico.setColor(Color.BLACK);
        grafico.fill(simbolo);
    }
}

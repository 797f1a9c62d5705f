package es.tgss.casia.caso.documento;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What Tika makes of real files of each format, and of what CASIA must refuse. */
class DetectorDeFormatoTest {

    @TempDir
    Path carpeta;

    private DetectorDeFormato.Resultado reconocer(byte[] datos) throws IOException {
        Path fichero = Files.createTempFile(carpeta, "f", ".bin");
        Files.write(fichero, datos);
        return DetectorDeFormato.reconocer(fichero);
    }

    static Stream<Arguments> admitidos() {
        return Stream.of(
                Arguments.of(Ficheros.pdf(), Formato.PDF),
                Arguments.of(Ficheros.imagen("jpeg"), Formato.JPEG),
                Arguments.of(Ficheros.imagen("png"), Formato.PNG),
                Arguments.of(Ficheros.imagen("gif"), Formato.GIF),
                Arguments.of(Ficheros.imagen("tiff"), Formato.TIFF),
                Arguments.of(Ficheros.doc(), Formato.DOC),
                Arguments.of(Ficheros.xls(), Formato.XLS),
                Arguments.of(Ficheros.docx(), Formato.DOCX),
                Arguments.of(Ficheros.xlsx(), Formato.XLSX),
                Arguments.of(Ficheros.odf("application/vnd.oasis.opendocument.text"), Formato.ODT),
                Arguments.of(Ficheros.odf("application/vnd.oasis.opendocument.spreadsheet"), Formato.ODS),
                Arguments.of(
                        "Relación de trabajadores;NAF\n281234567840;Peña\n".getBytes(StandardCharsets.UTF_8),
                        Formato.TEXTO),
                Arguments.of(
                        "Relación de trabajadores;NAF\n281234567840;Peña\n".getBytes(StandardCharsets.ISO_8859_1),
                        Formato.TEXTO));
    }

    @ParameterizedTest
    @MethodSource("admitidos")
    void cadaFormatoAdmitidoSeReconocePorSuContenido(byte[] datos, Formato esperado) throws IOException {
        DetectorDeFormato.Resultado r = reconocer(datos);
        assertThat(r.formato()).as(r.tipoDetectado()).contains(esperado);
        assertThat(r.poliglota()).isFalse();
    }

    @Test
    void unZipCualquieraNoSeAdmite() throws IOException {
        assertThat(reconocer(Ficheros.zip()).formato()).isEmpty();
    }

    @Test
    void unOpenDocumentDeOtraClaseNoSeAdmite() throws IOException {
        assertThat(reconocer(Ficheros.odf("application/vnd.oasis.opendocument.graphics"))
                        .formato())
                .isEmpty();
    }

    @Test
    void ejecutablesNoSeAdmiten() throws IOException {
        assertThat(reconocer(Ficheros.ejecutable()).formato()).isEmpty();
        assertThat(reconocer(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0})
                        .formato())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>",
                "<html><body onload=\"robar()\">Nómina</body></html>"
            })
    void unaPaginaWebNoEsTexto(String html) throws IOException {
        DetectorDeFormato.Resultado r = reconocer(html.getBytes(StandardCharsets.UTF_8));
        assertThat(r.formato()).as(r.tipoDetectado()).isEmpty();
    }

    @Test
    void unPdfQueTambienEsUnZipEsPoliglota() throws IOException {
        DetectorDeFormato.Resultado r = reconocer(Ficheros.seguidos(Ficheros.pdf(), Ficheros.zip()));
        assertThat(r.formato()).contains(Formato.PDF);
        assertThat(r.poliglota()).isTrue();
        assertThat(reconocer(Ficheros.seguidos(Ficheros.imagen("png"), Ficheros.zip()))
                        .poliglota())
                .isTrue();
    }

    @Test
    void unOoxmlEsUnZipYNoPorEsoPoliglota() throws IOException {
        assertThat(reconocer(Ficheros.docx()).poliglota()).isFalse();
    }

    @Test
    void extensionesDeCadaFormato() {
        assertThat(Formato.JPEG.admiteExtension("JPG")).isTrue();
        assertThat(Formato.JPEG.admiteExtension("jpeg")).isTrue();
        assertThat(Formato.TIFF.admiteExtension("tif")).isTrue();
        assertThat(Formato.PDF.admiteExtension("jpg")).isFalse();
        assertThat(Formato.TEXTO.admiteExtension("html")).isFalse();
        assertThat(Formato.deTipoMime("application/zip")).isEqualTo(Optional.empty());
    }
}

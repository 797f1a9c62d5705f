package es.tgss.casia.caso.documento;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatoTest {

    @Test
    void pdf() {
        assertThat(Formato.reconocer(Ficheros.pdf())).contains(Formato.PDF);
    }

    @ParameterizedTest
    @CsvSource({"jpeg,JPEG", "png,PNG", "gif,GIF", "tiff,TIFF"})
    void imagenesEscritasPorElJdk(String escritor, Formato esperado) {
        assertThat(Formato.reconocer(Ficheros.imagen(escritor))).contains(esperado);
    }

    @Test
    void tiffBigEndian() {
        assertThat(Formato.reconocer(new byte[] {'M', 'M', 0, '*', 0, 0, 0, 8})).contains(Formato.TIFF);
    }

    @ParameterizedTest
    @CsvSource({"word/document.xml,DOCX", "xl/workbook.xml,XLSX", "ppt/presentation.xml,PPTX"})
    void officeOpenXml(String parte, Formato esperado) {
        assertThat(Formato.reconocer(Ficheros.ooxml(parte))).contains(esperado);
    }

    @ParameterizedTest
    @CsvSource({"application/vnd.oasis.opendocument.text,ODT", "application/vnd.oasis.opendocument.spreadsheet,ODS"})
    void openDocument(String tipoMime, Formato esperado) {
        assertThat(Formato.reconocer(Ficheros.odf(tipoMime))).contains(esperado);
    }

    @Test
    void office97PorLaCabeceraOle2() {
        byte[] doc = Arrays.copyOf(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                512);
        assertThat(Formato.reconocer(doc)).contains(Formato.OFFICE_97);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Relación de trabajadores;NAF\n281234567840;Peña\n", "línea\tcon tabulador\r\n\f"})
    void textoEnUtf8YEnLatin1(String texto) {
        assertThat(Formato.reconocer(texto.getBytes(StandardCharsets.UTF_8))).contains(Formato.TEXTO);
        assertThat(Formato.reconocer(texto.getBytes(StandardCharsets.ISO_8859_1)))
                .contains(Formato.TEXTO);
    }

    @Test
    void unZipCualquieraNoSeAdmite() {
        assertThat(Formato.reconocer(Ficheros.zip(false, null, "nomina.exe", "datos.bin")))
                .isEmpty();
    }

    @Test
    void unZipQueDiceSerOpenDocumentDeOtroTipoNoSeAdmite() {
        assertThat(Formato.reconocer(Ficheros.odf("application/vnd.oasis.opendocument.graphics")))
                .isEmpty();
    }

    @Test
    void ejecutablesYBinariosNoSeAdmiten() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        byte[] windows = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertThat(Formato.reconocer(elf)).isEmpty();
        assertThat(Formato.reconocer(windows)).isEmpty();
    }

    @Test
    void textoEnUtf16ConCerosNoEsTexto() {
        assertThat(Formato.reconocer("hola".getBytes(StandardCharsets.UTF_16LE)))
                .isEmpty();
    }

    @Test
    void vacioOCabecerasCortadas() {
        assertThat(Formato.reconocer(new byte[0])).isEmpty();
        assertThat(Formato.reconocer(null)).isEmpty();
        assertThat(Formato.reconocer(new byte[] {'P', 'K', 3, 4})).isEmpty();
    }
}

package es.tgss.casia.web.descarga;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CabecerasDeDescargaTest {

    @Test
    void conAcentosLlevaUnNombreAsciiYElNombreEnUtf8() {
        assertThat(CabecerasDeDescarga.contentDisposition("Escritura de constitución.pdf"))
                .isEqualTo("attachment; filename=\"Escritura de constitucion.pdf\"; "
                        + "filename*=UTF-8''Escritura%20de%20constituci%C3%B3n.pdf");
        assertThat(CabecerasDeDescarga.contentDisposition("Nómina año 2026 €.xlsx"))
                .isEqualTo("attachment; filename=\"Nomina ano 2026 _.xlsx\"; "
                        + "filename*=UTF-8''N%C3%B3mina%20a%C3%B1o%202026%20%E2%82%AC.xlsx");
    }

    @Test
    void sinRutaNiControlesNiComillas() {
        assertThat(CabecerasDeDescarga.nombreSeguro("C:\\fakepath\\..\\x.pdf")).isEqualTo("x.pdf");
        assertThat(CabecerasDeDescarga.nombreSeguro("../../etc/passwd")).isEqualTo("passwd");
        assertThat(CabecerasDeDescarga.nombreSeguro("a\r\nSet-Cookie: x=1.pdf")).isEqualTo("aSet-Cookie: x=1.pdf");
        // U+202E (right-to-left override) would show "factura\u202Efdp.exe" as "factura" + "exe.pdf".
        assertThat(CabecerasDeDescarga.nombreSeguro("factura\u202Efdp.exe")).isEqualTo("facturafdp.exe");
        assertThat(CabecerasDeDescarga.contentDisposition("di \"hola\"; filename=x.exe.txt"))
                .startsWith(
                        "attachment; filename=\"di _hola_; filename=x.exe.txt\"; filename*=UTF-8''di%20%22hola%22%3B%20")
                .doesNotContain("\"hola\"");
    }

    @Test
    void unNombreVacioOSoloPuntosEsDocumento() {
        assertThat(CabecerasDeDescarga.nombreSeguro(null)).isEqualTo("documento");
        assertThat(CabecerasDeDescarga.nombreSeguro(" / ")).isEqualTo("documento");
        assertThat(CabecerasDeDescarga.nombreSeguro("..")).isEqualTo("documento");
    }
}

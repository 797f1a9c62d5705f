package es.tgss.casia.caso.documento;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.almacen.FlujoVerificado;
import es.tgss.casia.catalogo.TipoDocumento;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.ErroresDeCampo;
import es.tgss.casia.error.Textos;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidacionDocumentosTest {

    private static final long MB = 1024 * 1024;
    private static final ValidacionDocumentos.Limites LIMITES = new ValidacionDocumentos.Limites(2 * MB, 3 * MB);
    private static final Map<String, TipoDocumento> CATALOGO = Map.of(
            "OTROS",
            new TipoDocumento("OTROS", "Otros documentos"),
            TipoDocumento.FORMULARIO_DATOS_TECNICOS,
            new TipoDocumento(TipoDocumento.FORMULARIO_DATOS_TECNICOS, "Formulario de datos técnicos"));

    private ErroresDeCampo errores;

    /** Every file a test received, deleted after it as the web layer will. */
    private final List<NuevoDocumento> recibidos = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void borrarTemporales() {
        recibidos.stream()
                .filter(d -> d.fichero() != null)
                .forEach(d -> d.fichero().close());
    }

    private List<DocumentoComprobado> validar(long yaGuardados, NuevoDocumento... documentos) {
        recibidos.addAll(List.of(documentos));
        errores = new ErroresDeCampo();
        return ValidacionDocumentos.validar(
                List.of(documentos), c -> Optional.ofNullable(CATALOGO.get(c)), LIMITES, yaGuardados, errores);
    }

    private Map<String, String> mensajes() {
        try {
            errores.lanzarSiHay();
            return Map.of();
        } catch (ErrorDeNegocio e) {
            return Textos.ESPANOL.deCampos(e);
        }
    }

    private static byte[] pdfDe(long bytes) {
        byte[] pdf = Arrays.copyOf(Ficheros.pdf(), (int) bytes);
        Arrays.fill(pdf, Ficheros.pdf().length, pdf.length, (byte) ' ');
        return pdf;
    }

    @Test
    void unDocumentoCorrectoQuedaComprobadoConSuFormatoYSuHuella() {
        byte[] pdf = Ficheros.pdf();
        List<DocumentoComprobado> ok = validar(
                0, NuevoDocumento.de("OTROS", "  Escritura de constitución ", "C:\\fakepath\\escritura.pdf", pdf));

        assertThat(mensajes()).isEmpty();
        assertThat(ok).singleElement().satisfies(d -> {
            assertThat(d.titulo()).isEqualTo("Escritura de constitución");
            assertThat(d.nombreFichero()).isEqualTo("escritura.pdf");
            assertThat(d.formato()).isEqualTo(Formato.PDF);
            assertThat(d.huella()).hasSize(64).isEqualTo(FlujoVerificado.huella(pdf));
        });
    }

    @Test
    void laHuellaEsSha256() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        assertThat(FicheroRecibido.de("abc".getBytes(StandardCharsets.US_ASCII)).huella())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void cadaCampoFaltaConSuMensaje() {
        validar(
                0,
                new NuevoDocumento(null, " ", null, null),
                NuevoDocumento.de("NO_EXISTE", "t", "vacio.txt", new byte[0]));

        assertThat(mensajes())
                .containsEntry("documentos[0].tipoDocumento", "Seleccione el tipo de documento.")
                .containsEntry("documentos[0].titulo", "Indique el título del documento.")
                .containsEntry("documentos[0].fichero", "Seleccione un archivo.")
                .containsEntry("documentos[1].tipoDocumento", "El tipo de documento no existe.")
                .containsEntry("documentos[1].fichero", "El archivo «vacio.txt» está vacío.");
    }

    @Test
    void tituloDe100SeAdmiteYDe101No() {
        assertThat(validar(0, NuevoDocumento.de("OTROS", "t".repeat(100), "a.pdf", Ficheros.pdf())))
                .hasSize(1);
        validar(0, NuevoDocumento.de("OTROS", "t".repeat(101), "a.pdf", Ficheros.pdf()));
        assertThat(mensajes())
                .containsEntry(
                        "documentos[0].titulo",
                        "El título del documento admite como máximo 100 caracteres (tiene 101).");
    }

    @Test
    void unFormatoNoAdmitidoSeRechazaPorSuContenidoAunqueElNombreDigaPdf() {
        validar(0, NuevoDocumento.de("OTROS", "Nómina", "nomina.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3}));

        assertThat(mensajes().get("documentos[0].fichero"))
                .startsWith("El archivo «nomina.pdf» no tiene un formato admitido (PDF, JPEG")
                .endsWith("El formato se reconoce por el contenido, no por el nombre.");
    }

    @Test
    void elLimitePorDocumentoAdmiteJustoElMaximo() {
        assertThat(validar(0, NuevoDocumento.de("OTROS", "Justo", "a.pdf", pdfDe(2 * MB))))
                .hasSize(1);
        assertThat(mensajes()).isEmpty();

        validar(0, NuevoDocumento.de("OTROS", "Grande", "grande.pdf", pdfDe(2 * MB + 1)));
        assertThat(mensajes())
                .containsEntry(
                        "documentos[0].fichero",
                        "El archivo «grande.pdf» ocupa 2,1 MB; el máximo por documento es 2 MB.");
    }

    @Test
    void elLimitePorCasoCuentaLoQueYaTiene() {
        NuevoDocumento uno = NuevoDocumento.de("OTROS", "Uno", "a.pdf", pdfDe(MB + MB / 2));
        assertThat(validar(MB, uno)).hasSize(1);
        assertThat(mensajes()).isEmpty();

        validar(2 * MB, uno);
        assertThat(mensajes())
                .containsEntry("documentos", "Los documentos del caso ocuparían 3,5 MB; el máximo por caso es 3 MB.");
    }

    @Test
    void delNombreDelFicheroQuedaSoloElUltimoSegmentoSinControles() {
        assertThat(ValidacionDocumentos.nombreFichero("/home/u/../etc/passwd")).isEqualTo("passwd");
        assertThat(ValidacionDocumentos.nombreFichero("a\u0000b\nc.pdf")).isEqualTo("abc.pdf");
        assertThat(ValidacionDocumentos.nombreFichero("x".repeat(300))).hasSize(255);
        assertThat(ValidacionDocumentos.nombreFichero(null)).isEmpty();
    }

    @Test
    void sinNombreSeGuardaConLaExtensionDelFormatoReconocido() {
        assertThat(validar(0, NuevoDocumento.de("OTROS", "Sin nombre", "  ", Ficheros.imagen("png"))))
                .extracting(DocumentoComprobado::nombreFichero)
                .containsExactly("documento.png");
    }

    @Test
    void unEjecutableRenombradoPdfSeRechaza() {
        validar(0, NuevoDocumento.de("OTROS", "Nómina", "nomina.pdf", Ficheros.ejecutable()));
        assertThat(mensajes().get("documentos[0].fichero"))
                .startsWith("El archivo «nomina.pdf» no tiene un formato admitido");
    }

    @Test
    void unaPaginaWebLlamadaTxtSeRechaza() {
        byte[] html = "<html><body><script>robar()</script></body></html>".getBytes(StandardCharsets.UTF_8);
        validar(0, NuevoDocumento.de("OTROS", "Captura", "captura.txt", html));
        assertThat(mensajes().get("documentos[0].fichero"))
                .startsWith("El archivo «captura.txt» no tiene un formato admitido");
    }

    @Test
    void unPdfLlamadoJpgSeRechazaPorqueElNombreNoCoincide() {
        validar(0, NuevoDocumento.de("OTROS", "Foto", "foto.JPG", Ficheros.pdf()));
        assertThat(mensajes())
                .containsEntry(
                        "documentos[0].fichero",
                        "El contenido del archivo «foto.JPG» es de tipo «PDF» pero su nombre termina en «.JPG»: el"
                                + " nombre y el contenido deben coincidir. Cambie el nombre o elija el archivo correcto.");
    }

    @Test
    void unPdfQueTambienEsUnZipSeRechaza() {
        validar(
                0,
                NuevoDocumento.de(
                        "OTROS", "Escritura", "escritura.pdf", Ficheros.seguidos(Ficheros.pdf(), Ficheros.zip())));
        assertThat(mensajes())
                .containsEntry(
                        "documentos[0].fichero",
                        "El archivo «escritura.pdf» empieza como de tipo «PDF» pero también contiene un archivo"
                                + " comprimido (ZIP), y no se admite. Envíe el documento por separado.");
    }

    @Test
    void unZipSeRechaza() {
        validar(0, NuevoDocumento.de("OTROS", "Varios", "varios.zip", Ficheros.zip()));
        assertThat(mensajes().get("documentos[0].fichero"))
                .startsWith("El archivo «varios.zip» no tiene un formato admitido");
    }

    @Test
    void sinExtensionSeAdmiteYSeGuardaConLaDelContenido() {
        assertThat(validar(0, NuevoDocumento.de("OTROS", "Hoja", "plantilla", Ficheros.xlsx())))
                .extracting(DocumentoComprobado::nombreFichero, DocumentoComprobado::formato)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("plantilla.xlsx", Formato.XLSX));
    }

    @Test
    void unFicheroCortadoEnElLimiteSeRechazaSinSaberSuTamano() {
        FicheroRecibido cortado = FicheroRecibido.recibir(new java.io.ByteArrayInputStream(pdfDe(3 * MB)), 2 * MB);
        validar(0, new NuevoDocumento("OTROS", "Grande", "grande.pdf", cortado));
        assertThat(mensajes())
                .containsEntry(
                        "documentos[0].fichero", "El archivo «grande.pdf» ocupa más de 2 MB, el máximo por documento.");
    }
}

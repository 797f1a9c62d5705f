package es.tgss.casia.caso;

import static es.tgss.casia.error.CodigoError.CASO_NO_ENCONTRADO;
import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.LUCIA_2;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Casos.consulta;
import static es.tgss.casia.prueba.Casos.tramite;
import static es.tgss.casia.prueba.Fallos.codigo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.justificante.JustificanteVerificado;
import es.tgss.casia.caso.justificante.VerificacionDeJustificantes;
import es.tgss.casia.caso.vista.DescargaJustificante;
import es.tgss.casia.caso.vista.JustificanteVisible;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.emision.Cea;
import es.tgss.casia.emision.ClaseDeJustificante;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.ClienteWeb;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Justificantes inside the server, on PostgreSQL: issued in the action's transaction for Trámites only, sealed PDFs
 * listed in the detail and downloaded only by who may see the case, unchangeable in the database, and checked by
 * their CEA through the service and through the public page over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class JustificantesIT {

    private static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private VerificacionDeJustificantes verificacion;

    @Inject
    private Actores actores;

    @Inject
    private Configuracion configuracion;

    @Resource(lookup = "jdbc/casia")
    private DataSource baseDeDatos;

    private static NuevoDocumento documento(String titulo, String nombre) {
        return NuevoDocumento.de("DOCUMENTACION_ACREDITATIVA", titulo, nombre, PDF);
    }

    private static String sha256(byte[] datos) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
    }

    private static String texto(byte[] pdf) throws Exception {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(documento);
        }
    }

    /** The CEA of a justificante, read from the database: no screen shows the code, only the PDF's foot. */
    private Cea cea(long idJustificante) throws SQLException {
        try (Connection c = baseDeDatos.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select cea_id, cea_fecha, cea_codigo from justificante where id = ?")) {
            s.setLong(1, idJustificante);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Cea(r.getString(1), r.getDate(2).toLocalDate(), r.getString(3));
            }
        }
    }

    @Test
    void unTramiteDeAltaTieneSuJustificanteDeSolicitudConLosDocumentosYElCea() throws Exception {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(tramite("Cambio de CNAE con justificante")
                .documento(documento("Escritura de constitución", "escritura.pdf"))
                .crear());

        List<JustificanteVisible> justificantes =
                vista.detalle(caso.getNumero()).justificantes();
        assertThat(justificantes).singleElement().satisfies(j -> {
            assertThat(j.clase()).isEqualTo(ClaseDeJustificante.SOLICITUD_TRAMITE);
            assertThat(j.emitido())
                    .isEqualTo(vista.detalle(caso.getNumero()).cabecera().fechaAlta());
            assertThat(j.ceaId()).hasSize(12);
        });
        JustificanteVisible visible = justificantes.get(0);
        DescargaJustificante descarga = vista.justificante(caso.getNumero(), visible.id());
        assertThat(descarga.pdf()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(descarga.pdf()).hasSize((int) visible.tamano());
        assertThat(sha256(descarga.pdf())).isEqualTo(descarga.huellaSha256());
        assertThat(descarga.nombreFichero())
                .isEqualTo("justificante-" + caso.getNumero().replace('/', '-') + "-" + visible.id() + ".pdf");
        assertThat(vista.justificante(caso.getNumero(), visible.id()).pdf())
                .as("the same bytes on every download")
                .isEqualTo(descarga.pdf());

        String texto = texto(descarga.pdf());
        assertThat(texto)
                .contains(caso.getNumero())
                .contains("Cambio de CNAE con justificante")
                .contains("Escritura de constitución")
                .contains("escritura.pdf")
                .contains("1000001")
                .contains(cea(visible.id()).id().substring(0, 4));

        actores.entrar(TRAMITADOR);
        assertThat(vista.justificante(caso.getNumero(), visible.id()).pdf()).isEqualTo(descarga.pdf());
    }

    @Test
    void losDocumentosAnadidosDespuesDanUnJustificanteDeDocumentacionComplementariaYElTextoSoloNinguno()
            throws Exception {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(
                tramite("Trámite al que se añade documentación").crear());
        caso = casos.modificarInformacion(caso.getNumero(), caso.getVersion(), "Solo texto, sin documentos.", null);
        assertThat(vista.detalle(caso.getNumero()).justificantes())
                .extracting(JustificanteVisible::clase)
                .containsExactly(ClaseDeJustificante.SOLICITUD_TRAMITE);

        caso = casos.modificarInformacion(
                caso.getNumero(), caso.getVersion(), null, List.of(documento("Poder notarial", "poder.pdf")));

        List<JustificanteVisible> justificantes =
                vista.detalle(caso.getNumero()).justificantes();
        assertThat(justificantes)
                .extracting(JustificanteVisible::clase)
                .containsExactly(
                        ClaseDeJustificante.SOLICITUD_TRAMITE, ClaseDeJustificante.DOCUMENTACION_COMPLEMENTARIA);
        String texto = texto(
                vista.justificante(caso.getNumero(), justificantes.get(1).id()).pdf());
        assertThat(texto).contains("Poder notarial").contains(caso.getNumero());
        assertThat(justificantes.get(0).ceaId())
                .isNotEqualTo(justificantes.get(1).ceaId());
    }

    @Test
    void unaConsultaNoTieneJustificante() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Consulta sin justificante").crear());
        caso = casos.modificarInformacion(
                caso.getNumero(), caso.getVersion(), null, List.of(documento("Anexo", "anexo.pdf")));
        assertThat(vista.detalle(caso.getNumero()).justificantes()).isEmpty();
    }

    @Test
    void elJustificanteDeOtraAutorizacionNoSeEncuentra() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(
                tramite("Trámite de la autorización 1000001").crear());
        long id = vista.detalle(caso.getNumero()).justificantes().get(0).id();

        for (Actores.Actor otro : List.of(LUCIA_2, ANA_3)) {
            actores.entrar(otro);
            assertThat(catchThrowable(() -> vista.justificante(caso.getNumero(), id)))
                    .as(otro.toString())
                    .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO));
        }
        actores.entrar(ANA_3);
        Caso deAna = casos.finalizarAlta(tramite("Trámite de Ana").crear());
        assertThat(catchThrowable(() -> vista.justificante(deAna.getNumero(), id)))
                .as("the id of another case's justificante, with a case the caller may see")
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO));
    }

    @Test
    void unJustificanteNoSePuedeModificarNiBorrarNiSiquieraPorSql() throws Exception {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(tramite("Trámite inmutable").crear());
        long id = vista.detalle(caso.getNumero()).justificantes().get(0).id();

        try (Connection c = baseDeDatos.getConnection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update justificante set pdf = '\\x00' where id = " + id))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no se modifica ni se elimina");
            assertThatThrownBy(() -> s.executeUpdate("delete from justificante where id = " + id))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no se modifica ni se elimina");
        }
        assertThat(vista.justificante(caso.getNumero(), id).pdf())
                .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void elServicioDeVerificacionReconoceElCeaYNadaMas() throws Exception {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(tramite("Trámite a verificar").crear());
        JustificanteVisible visible =
                vista.detalle(caso.getNumero()).justificantes().get(0);
        Cea cea = cea(visible.id());
        actores.salir();

        JustificanteVerificado verificado =
                verificacion.verificar(new Cea.Clave(cea.id(), cea.codigo())).orElseThrow();
        assertThat(verificado.numeroCaso()).isEqualTo(caso.getNumero());
        assertThat(verificado.clase()).isEqualTo(ClaseDeJustificante.SOLICITUD_TRAMITE);
        assertThat(verificado.fechaCea()).isEqualTo(cea.fecha());
        assertThat(verificacion.pdf(new Cea.Clave(cea.id(), cea.codigo())))
                .hasValueSatisfying(pdf -> assertThat(pdf).hasSize((int) visible.tamano()));

        String otroCodigo = Cea.nuevo(new SecureRandom(), LocalDate.now()).codigo();
        assertThat(verificacion.verificar(new Cea.Clave(cea.id(), otroCodigo)))
                .as("wrong code")
                .isEmpty();
        assertThat(verificacion.pdf(new Cea.Clave(cea.id(), otroCodigo))).isEmpty();
        Cea desconocido = Cea.nuevo(new SecureRandom(), LocalDate.now());
        assertThat(verificacion.verificar(new Cea.Clave(desconocido.id(), desconocido.codigo())))
                .as("unknown ID")
                .isEmpty();
    }

    /**
     * The public page over HTTP, as a person or a script would use it. One test, in order: the throttle's count is
     * per address and every test of this server comes from 127.0.0.1.
     */
    @Test
    void laPaginaDeVerificacionMuestraElOriginalYFrenaAQuienAdivina() throws Exception {
        actores.entrar(LUCIA_1);
        Caso caso =
                casos.finalizarAlta(tramite("Trámite verificado en la página").crear());
        JustificanteVisible visible =
                vista.detalle(caso.getNumero()).justificantes().get(0);
        byte[] original = vista.justificante(caso.getNumero(), visible.id()).pdf();
        Cea cea = cea(visible.id());
        actores.salir();
        ClienteWeb cliente = new ClienteWeb(
                URI.create("http://127.0.0.1:" + configuracion.urlPublica().getPort() + "/"));

        HttpResponse<String> bien = cliente.get("verificar/?id=" + cea.id() + "&codigo=" + cea.codigo());
        assertThat(bien.statusCode()).isEqualTo(200);
        assertThat(bien.body())
                .contains("El documento es auténtico")
                .contains("Justificante de solicitud de trámite")
                .contains(caso.getNumero())
                .contains(sha256(original));

        // As a person types it from paper: lower case, spaces, hyphens.
        String aMano =
                cea.id().toLowerCase(Locale.ROOT).replaceAll("(.{4})", "$1 ").strip() + "&codigo="
                        + cea.codigo().toLowerCase(Locale.ROOT).replaceAll("(.{5})", "$1-");
        assertThat(cliente.get("verificar/?id=" + aMano.replace(" ", "+")).body())
                .contains("El documento es auténtico");

        HttpResponse<byte[]> pdf =
                cliente.getBytes("verificar/?id=" + cea.id() + "&codigo=" + cea.codigo() + "&descargar=true");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).isEqualTo(original);
        assertThat(pdf.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"justificante-" + cea.id() + ".pdf\"; filename*=UTF-8''justificante-"
                        + cea.id() + ".pdf");
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        String neutro = "Los datos introducidos no corresponden a ningún documento emitido por este servicio.";
        Cea desconocido = Cea.nuevo(new SecureRandom(), LocalDate.now());
        for (String mal : List.of(
                "id=XYZ&codigo=123",
                "id=" + desconocido.id() + "&codigo=" + desconocido.codigo(),
                "id=" + cea.id() + "&codigo=" + desconocido.codigo(),
                "id=" + cea.id() + "&codigo=" + cea.codigo().substring(1))) {
            HttpResponse<String> r = cliente.get("verificar/?" + mal);
            assertThat(r.statusCode()).as(mal).isEqualTo(200);
            assertThat(r.body()).as(mal).contains(neutro).doesNotContain("El documento es auténtico");
        }

        // From the fifth wrong try on, the next try waits; by the tenth it waits a quarter of an hour. A right CEA
        // sent right after a wrong one is refused while the wait lasts (each wait doubles, so one is soon caught).
        HttpResponse<String> refusada = null;
        for (int i = 5; i <= 10 && refusada == null; i++) {
            cliente.get("verificar/?id=" + desconocido.id() + "&codigo=" + desconocido.codigo());
            HttpResponse<String> r = cliente.get("verificar/?id=" + cea.id() + "&codigo=" + cea.codigo());
            if (r.statusCode() == 429) {
                refusada = r;
            }
        }
        assertThat(refusada).as("a 429 by the tenth wrong try").isNotNull();
        assertThat(refusada.body())
                .contains("Se han realizado demasiadas comprobaciones fallidas desde su conexión")
                .doesNotContain("El documento es auténtico");
        assertThat(refusada.headers().firstValue("Retry-After")).isPresent();
        assertThat(cliente.getBytes("verificar/?id=" + cea.id() + "&codigo=" + cea.codigo() + "&descargar=true")
                        .statusCode())
                .as("nor the PDF")
                .isEqualTo(429);
    }
}

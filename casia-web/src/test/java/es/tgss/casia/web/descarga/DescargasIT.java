package es.tgss.casia.web.descarga;

import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Casos.consulta;
import static es.tgss.casia.prueba.Casos.tramite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.tgss.casia.almacen.AlmacenEnCarpeta;
import es.tgss.casia.almacen.ContenidoGuardado;
import es.tgss.casia.arranque.Arranque;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.vista.DocumentoVisible;
import es.tgss.casia.caso.vista.JustificanteVisible;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.ClienteWeb;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Downloads over HTTP through the servlet, with real logins: who gets the bytes, who a 404, what headers; a
 * document whose stored bytes were altered is never served whole; nothing of a document changes by SQL; the folder
 * store inside the server's transactions.
 */
@ExtendWith(ArquillianExtension.class)
class DescargasIT {

    private static final String CONTRASENA = "casia";

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private Actores actores;

    @Inject
    private Configuracion configuracion;

    @Resource(lookup = Arranque.DATASOURCE)
    private DataSource dataSource;

    @Resource
    private UserTransaction transaccion;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry sincronizaciones;

    /** A PDF of several pieces of the store, so that a download streams in more than one read. */
    private static byte[] pdf(int tamano) {
        byte[] cabecera = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = Arrays.copyOf(cabecera, tamano);
        byte[] relleno = new byte[tamano - cabecera.length];
        new Random(tamano).nextBytes(relleno);
        System.arraycopy(relleno, 0, pdf, cabecera.length, relleno.length);
        byte[] fin = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(fin, 0, pdf, tamano - fin.length, fin.length);
        return pdf;
    }

    private record Subido(String numero, DocumentoVisible documento, byte[] datos) {
        String ruta() {
            return "descargas/casos/" + numero + "/documentos/" + documento.id();
        }
    }

    /**
     * As Ana, whose autorización (1000003) has no contact e-mail: the altas queue no notice, so the outbox the
     * notification tests read stays as they left it.
     */
    private Subido subir(String nombre, byte[] datos) {
        actores.entrar(ANA_3);
        try (var fichero = es.tgss.casia.caso.documento.FicheroRecibido.de(datos)) {
            Caso caso = casos.finalizarAlta(consulta("Con documento")
                    .documento(new NuevoDocumento("OTROS", "Escritura", nombre, fichero))
                    .crear());
            DocumentoVisible d = vista.detalle(caso.getNumero()).documentos().get(0);
            return new Subido(caso.getNumero(), d, datos);
        }
    }

    private ClienteWeb cliente(String login) {
        ClienteWeb cliente = new ClienteWeb(
                URI.create("http://127.0.0.1:" + configuracion.urlPublica().getPort() + "/"));
        assertThat(cliente.acceder(login, CONTRASENA).statusCode()).isEqualTo(302);
        if (!login.startsWith("tram.")) {
            // A user of one autorización has it chosen on the way in.
            cliente.get("portal/autorizaciones.xhtml");
        }
        return cliente;
    }

    @Test
    void quienVeElCasoDescargaLosBytesConSusCabeceras() throws IOException {
        Subido s = subir("Escritura de constitución.pdf", pdf(300_000));

        for (String login : new String[] {"11111111H", "tram.madrid1"}) {
            HttpResponse<byte[]> r = cliente(login).getBytes(s.ruta());

            assertThat(r.statusCode()).as(login).isEqualTo(200);
            assertThat(r.body()).isEqualTo(s.datos());
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(300_000);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"Escritura de constitucion.pdf\"; "
                            + "filename*=UTF-8''Escritura%20de%20constituci%C3%B3n.pdf");
        }
    }

    @Test
    void otraAutorizacionOtroCasoOSinSesionNoDescargaNada() throws IOException {
        Subido s = subir("escritura.pdf", pdf(1000));
        Subido otro = subir("otra.pdf", pdf(1000));

        // Javier belongs to 1000001 only; Lucía to 1000001 and 1000002 and has chosen neither yet: a 404 like any
        // case that does not exist.
        for (String login : new String[] {"87654321X", "12345678Z"}) {
            HttpResponse<byte[]> r = cliente(login).getBytes(s.ruta());
            assertThat(r.statusCode()).as(login).isEqualTo(404);
            assertThat(new String(r.body(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        }
        ClienteWeb ana = cliente("11111111H");
        // A document id through another case of the same autorización, an unknown case, a malformed path.
        assertThat(ana.getBytes("descargas/casos/" + otro.numero() + "/documentos/"
                                + s.documento().id())
                        .statusCode())
                .isEqualTo(404);
        assertThat(ana.getBytes("descargas/casos/NO-EXISTE/documentos/1").statusCode())
                .isEqualTo(404);
        assertThat(ana.getBytes("descargas/casos/" + s.numero() + "/documentos/x")
                        .statusCode())
                .isEqualTo(404);
        assertThat(cliente("ops1").getBytes(s.ruta()).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> anonimo = new ClienteWeb(URI.create(
                        "http://127.0.0.1:" + configuracion.urlPublica().getPort() + "/"))
                .getBytes(s.ruta());
        // Without a session: the login page, never the document.
        assertThat(anonimo.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(new String(anonimo.body(), StandardCharsets.UTF_8))
                .doesNotContain("%PDF")
                .contains("Acceso al servicio");
    }

    @Test
    void elJustificanteDeUnTramiteLoDescargaQuienVeElCasoYNadieMas() throws IOException {
        actores.entrar(ANA_3);
        Caso caso = casos.finalizarAlta(tramite("Trámite con justificante").crear());
        JustificanteVisible j = vista.detalle(caso.getNumero()).justificantes().get(0);
        byte[] pdf = vista.justificante(caso.getNumero(), j.id()).pdf();
        String ruta = "descargas/casos/" + caso.getNumero() + "/justificantes/" + j.id();
        String nombre = "justificante-" + caso.getNumero().replace('/', '-') + "-" + j.id() + ".pdf";
        assertThat(j.nombreFichero(caso.getNumero())).isEqualTo(nombre);

        for (String login : new String[] {"11111111H", "tram.madrid1"}) {
            HttpResponse<byte[]> r = cliente(login).getBytes(ruta);
            assertThat(r.statusCode()).as(login).isEqualTo(200);
            assertThat(r.body()).isEqualTo(pdf);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(r.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"" + nombre + "\"; filename*=UTF-8''" + nombre);
        }
        assertThat(cliente("87654321X").getBytes(ruta).statusCode())
                .as("another autorización")
                .isEqualTo(404);
        assertThat(cliente("11111111H")
                        .getBytes("descargas/casos/" + caso.getNumero() + "/justificantes/" + (j.id() + 1))
                        .statusCode())
                .as("an id that is not this case's")
                .isEqualTo(404);
    }

    /** As a superuser could: the immutability trigger off for a moment, one byte of one piece changed. */
    private void alterar(Subido s, int pieza) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("alter table contenido_trozo disable trigger tr_contenido_trozo_inmutable");
            try {
                assertThat(st.executeUpdate(
                                "update contenido_trozo set datos = set_byte(datos, 10, (get_byte(datos, 10)"
                                        + " + 1) % 256) where numero = " + pieza
                                        + " and contenido_id = (select cast(substring("
                                        + "referencia from 12) as bigint) from documento_caso where id = "
                                        + s.documento().id()
                                        + ")"))
                        .isEqualTo(1);
            } finally {
                st.execute("alter table contenido_trozo enable trigger tr_contenido_trozo_inmutable");
            }
        }
    }

    @Test
    void unDocumentoAlteradoNoSeDescargaEntero() throws Exception {
        Subido grande = subir("grande.pdf", pdf(1_000_000));
        Subido pequeno = subir("pequeno.pdf", pdf(5_000));
        alterar(grande, 3);
        alterar(pequeno, 0);
        ClienteWeb ana = cliente("11111111H");

        // Part of it had left when the check failed: the connection ends short of the Content-Length.
        // (java.net.http hands the short body over without an error; a browser marks such a download as failed.)
        try {
            HttpResponse<byte[]> cortada = ana.getBytes(grande.ruta());
            assertThat(cortada.headers().firstValueAsLong("Content-Length")).hasValue(grande.datos().length);
            assertThat(cortada.body().length).isLessThan(grande.datos().length);
        } catch (IOException cortadaPorElCliente) {
            // the other way a client reports a connection that ended short of its length
        }
        // Nothing had left: an error, and no byte of the document.
        HttpResponse<byte[]> r = ana.getBytes(pequeno.ruta());
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(new String(r.body(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
    }

    @Test
    void niElDocumentoNiSuContenidoCambianPorSql() throws SQLException {
        Subido s = subir("escritura.pdf", pdf(1000));
        long id = s.documento().id();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            for (String sql : new String[] {
                "update documento_caso set titulo = 'Otra cosa' where id = " + id,
                "delete from documento_caso where id = " + id,
                "update contenido_trozo set datos = '\\x00' where contenido_id = (select cast(substring(referencia"
                        + " from 12) as bigint) from documento_caso where id = " + id + ")",
                "delete from contenido where id = (select cast(substring(referencia from 12) as bigint)"
                        + " from documento_caso where id = " + id + ")"
            }) {
                assertThatThrownBy(() -> st.executeUpdate(sql))
                        .as(sql)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("no se pueden modificar ni eliminar");
            }
        }
        actores.entrar(ANA_3);
        assertThat(vista.detalle(s.numero()).documentos())
                .singleElement()
                .satisfies(d -> assertThat(d.titulo()).isEqualTo("Escritura"));
    }

    @Test
    void elAlmacenEnCarpetaBorraLoQueGuardoUnaTransaccionDeshecha() throws Exception {
        Path carpeta = Files.createTempDirectory("casia-carpeta-");
        AlmacenEnCarpeta almacen = new AlmacenEnCarpeta(carpeta, sincronizaciones);
        byte[] datos = pdf(200_000);

        transaccion.begin();
        ContenidoGuardado deshecho = almacen.guardar(datos);
        transaccion.rollback();
        transaccion.begin();
        ContenidoGuardado hecho = almacen.guardar(datos);
        transaccion.commit();

        Path raiz = carpeta.toAbsolutePath();
        assertThat(raiz.resolve(deshecho.referencia().substring("carpeta:".length())))
                .doesNotExist();
        try (var leido = almacen.abrir(hecho)) {
            assertThat(leido.readAllBytes()).isEqualTo(datos);
        }
    }
}

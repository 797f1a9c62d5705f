package es.tgss.casia.caso;

import static es.tgss.casia.error.CodigoError.CASO_NO_ENCONTRADO;
import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.LUCIA_2;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Casos.consulta;
import static es.tgss.casia.prueba.Casos.errorTecnico;
import static es.tgss.casia.prueba.Casos.tramite;
import static es.tgss.casia.prueba.Fallos.codigo;
import static es.tgss.casia.prueba.Fallos.erroresDeCampo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import es.tgss.casia.caso.documento.Formato;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.vista.DescargaDocumento;
import es.tgss.casia.caso.vista.DocumentoVisible;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.ContadorDeSentencias;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Documents of a case inside the server, on PostgreSQL: the technical data form rule, storage, isolation. */
@ExtendWith(ArquillianExtension.class)
class DocumentosCasoIT {

    private static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TEXTO =
            "Certificado caducado el 01/11/2026; error 0x80090016 al firmar.\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private Actores actores;

    /** Counts with an EntityManager of the test's own, opened and closed per count, outside any transaction. */
    @PersistenceUnit(unitName = "casia")
    private EntityManagerFactory emf;

    @Resource
    private ManagedExecutorService ejecutor;

    private static NuevoDocumento formulario() {
        return NuevoDocumento.de("FORMULARIO_DATOS_TECNICOS", "Formulario de datos técnicos", "formulario.pdf", PDF);
    }

    private long contar(String jpql, Object... parametros) {
        try (EntityManager em = emf.createEntityManager()) {
            var consulta = em.createQuery(jpql, Long.class);
            for (int i = 0; i < parametros.length; i++) {
                consulta.setParameter(i + 1, parametros[i]);
            }
            return consulta.getSingleResult();
        }
    }

    /** Whether the document came with the alta: no screen shows it, so it is read from the database. */
    private boolean enAlta(long idDocumento) {
        try (EntityManager em = emf.createEntityManager()) {
            return em.createQuery("select d.enAlta from DocumentoCaso d where d.id = ?1", Boolean.class)
                    .setParameter(1, idDocumento)
                    .getSingleResult();
        }
    }

    private static byte[] leer(DescargaDocumento descarga) throws java.io.IOException {
        try (var bytes = descarga.abrir()) {
            return bytes.readAllBytes();
        }
    }

    private static String sha256(byte[] datos) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(datos));
    }

    @Test
    void unErrorDeMateriaTecnicaSinElFormularioDeDatosTecnicosNoSeDaDeAlta() {
        long antes = contar("select count(c) from Caso c");
        NuevoDocumento otro = NuevoDocumento.de("OTROS", "Captura", "captura.txt", TEXTO);

        actores.entrar(LUCIA_1);
        var e = erroresDeCampo(catchThrowable(() -> casos.finalizarAlta(
                errorTecnico("Sin formulario").documento(otro).crear())));

        assertThat(e)
                .containsEntry(
                        "documentos",
                        "Para comunicar un error/incidencia de materia Técnica debe anexar el Formulario de datos técnicos.");
        assertThat(contar("select count(c) from Caso c")).isEqualTo(antes);
    }

    @Test
    void conElFormularioSeDaDeAltaYLosDocumentosQuedanGuardadosTalCualLlegaron() throws Exception {
        NuevoDocumento captura = NuevoDocumento.de("OTROS", "Mensaje de error", "error.txt", TEXTO);
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(errorTecnico("Con formulario")
                .documento(formulario())
                .documento(captura)
                .crear());

        List<DocumentoVisible> documentos = vista.detalle(caso.getNumero()).documentos();
        // The tipo de documento as the screens show it: its name in the catalogue.
        assertThat(documentos)
                .extracting(
                        DocumentoVisible::tipoDocumento,
                        DocumentoVisible::titulo,
                        DocumentoVisible::formato,
                        DocumentoVisible::tamano)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Formulario de datos técnicos", "Formulario de datos técnicos", Formato.PDF, (long)
                                        PDF.length),
                        org.assertj.core.groups.Tuple.tuple(
                                "Otros documentos", "Mensaje de error", Formato.TEXTO, (long) TEXTO.length));
        assertThat(documentos).allSatisfy(d -> assertThat(enAlta(d.id())).isTrue());
        DocumentoVisible pdf = documentos.get(0);
        assertThat(pdf.huellaSha256()).isEqualTo(sha256(PDF));
        assertThat(pdf.autor()).isEqualTo("12345678Z");

        DescargaDocumento descarga;
        try (EntityManager em = emf.createEntityManager();
                ContadorDeSentencias contador = ContadorDeSentencias.empezar(em)) {
            descarga = vista.contenido(caso.getNumero(), pdf.id());
            // Access and what describes the document together: one statement; the bytes only when opened.
            assertThat(contador.sentencias()).hasSize(1);
        }
        assertThat(leer(descarga)).isEqualTo(PDF);
        assertThat(descarga.huellaSha256()).isEqualTo(pdf.huellaSha256());
        assertThat(descarga.nombreFichero()).isEqualTo("formulario.pdf");
        assertThat(descarga.tipoMime()).isEqualTo("application/pdf");
        assertThat(descarga.tamano()).isEqualTo(PDF.length);
        actores.entrar(TRAMITADOR);
        DescargaDocumento texto =
                vista.contenido(caso.getNumero(), documentos.get(1).id());
        assertThat(leer(texto)).isEqualTo(TEXTO);
        assertThat(texto.nombreFichero()).isEqualTo("error.txt");
        assertThat(texto.tipoMime()).isEqualTo("text/plain");
    }

    @Test
    void unaConsultaDeMateriaTecnicaNoNecesitaElFormulario() {
        NuevoCaso consulta = NuevoCaso.de(TipoCaso.CONSULTA)
                .clasificacion("TECNICA", "CON_TEC_COMUNICACIONES", null)
                .afectaPeriodoEnCurso(false)
                .titulo("Consulta técnica")
                .descripcion("¿Qué certificado necesito?")
                .crear();
        actores.entrar(LUCIA_1);
        assertThat(casos.finalizarAlta(consulta).getSubestado()).isEqualTo(Subestado.PRESENTADO);
    }

    @Test
    void unArchivoNoAdmitidoSeRechazaCampoACampoYNoSeGuardaNada() {
        long casosAntes = contar("select count(c) from Caso c");
        long documentosAntes = contar("select count(d) from DocumentoCaso d");
        NuevoDocumento ejecutable =
                NuevoDocumento.de("OTROS", "Nómina", "nomina.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        actores.entrar(LUCIA_1);
        var e = erroresDeCampo(catchThrowable(() -> casos.finalizarAlta(errorTecnico("Ejecutable")
                .documento(formulario())
                .documento(ejecutable)
                .crear())));

        assertThat(e).containsOnlyKeys("documentos[1].fichero");
        assertThat(e.get("documentos[1].fichero")).startsWith("El archivo «nomina.pdf» no tiene un formato");
        assertThat(contar("select count(c) from Caso c")).isEqualTo(casosAntes);
        assertThat(contar("select count(d) from DocumentoCaso d")).isEqualTo(documentosAntes);
    }

    @Test
    void modificarInformacionSoloConDocumentosDevuelveElCasoAlTramitador() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(tramite("Trámite con documentos").crear());
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        caso = casos.solicitarInformacion(caso.getNumero(), caso.getVersion(), "Aporte la escritura.");

        NuevoDocumento escritura = NuevoDocumento.de("DOCUMENTACION_ACREDITATIVA", "Escritura", "escritura.pdf", PDF);
        actores.entrar(LUCIA_1);
        caso = casos.modificarInformacion(caso.getNumero(), caso.getVersion(), null, List.of(escritura));

        assertThat(caso.getSubestado()).isEqualTo(Subestado.ASIGNADO);
        assertThat(vista.historial(caso.getNumero()))
                .last()
                .satisfies(h -> assertThat(h.observacion()).isEqualTo("Documento anexado: Escritura"));
        actores.entrar(TRAMITADOR);
        assertThat(vista.detalle(caso.getNumero()).documentos())
                .singleElement()
                .satisfies(d -> assertThat(enAlta(d.id())).isFalse());
    }

    @Test
    void modificarInformacionSinTextoNiDocumentosPideAlgo() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Nada que aportar").crear());
        var e = erroresDeCampo(
                catchThrowable(() -> casos.modificarInformacion(caso.getNumero(), caso.getVersion(), " ", List.of())));
        assertThat(e).containsEntry("informacion", "Escriba la información que aporta o anexe algún documento.");
    }

    @Test
    void unDocumentoDeOtroCasoOOtraAutorizacionNoSeEncuentra() {
        actores.entrar(LUCIA_1);
        Caso mio =
                casos.finalizarAlta(errorTecnico("Mío").documento(formulario()).crear());
        actores.entrar(ANA_3);
        Caso otro = casos.finalizarAlta(
                errorTecnico("De Ana").documento(formulario()).crear());
        long idAjeno = vista.detalle(otro.getNumero()).documentos().get(0).id();

        // Through my own case, a document id of another case: not found, as for any case I cannot see.
        actores.entrar(LUCIA_1);
        assertThat(catchThrowable(() -> vista.contenido(mio.getNumero(), idAjeno)))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO));
        assertThat(catchThrowable(() -> vista.contenido(otro.getNumero(), idAjeno)))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO))
                .hasMessage("No se ha encontrado el caso " + otro.getNumero() + ".");
        actores.entrar(LUCIA_2);
        assertThat(catchThrowable(() -> vista.detalle(mio.getNumero())))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO));
    }

    @Test
    void elMismoEnvioDosVecesALaVezCreaUnSoloCasoYAmbosRecibenSuNumero() throws Exception {
        for (int intento = 0; intento < 5; intento++) {
            String token = UUID.randomUUID().toString();
            NuevoCaso nuevo = errorTecnico("Doble clic " + intento)
                    .documento(formulario())
                    .tokenAlta(token)
                    .crear();
            CountDownLatch salida = new CountDownLatch(1);
            List<Future<Caso>> envios = new ArrayList<>();
            actores.entrar(LUCIA_1);
            for (int i = 0; i < 2; i++) {
                envios.add(ejecutor.submit(actores.enTarea(() -> {
                    salida.await();
                    return casos.finalizarAlta(nuevo);
                })));
            }
            salida.countDown();
            List<String> numeros = new ArrayList<>();
            for (Future<Caso> envio : envios) {
                try {
                    numeros.add(envio.get().getNumero());
                } catch (ExecutionException e) {
                    throw new AssertionError("Un envío repetido no debe fallar", e.getCause());
                }
            }
            assertThat(numeros.get(0)).isEqualTo(numeros.get(1));
            assertThat(contar("select count(c) from Caso c where c.tokenAlta = ?1", token))
                    .isEqualTo(1);
            assertThat(vista.detalle(numeros.get(0)).documentos()).hasSize(1);
        }
    }
}

package es.tgss.casia.caso;

import es.tgss.casia.catalogo.TipoCaso;
import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.LUCIA_2;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import es.tgss.casia.caso.documento.DocumentoCaso;
import es.tgss.casia.caso.documento.Formato;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.prueba.Actores;
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
    private static final byte[] TEXTO = "Certificado caducado el 01/11/2026; error 0x80090016 al firmar.\n"
            .getBytes(StandardCharsets.UTF_8);

    @Inject
    private CasoService casos;

    @Inject
    private Actores actores;

    /** Counts with an EntityManager of the test's own, opened and closed per count, outside any transaction. */
    @PersistenceUnit(unitName = "casia")
    private EntityManagerFactory emf;

    @Resource
    private ManagedExecutorService ejecutor;

    private static NuevoCaso errorTecnico(String titulo, List<NuevoDocumento> documentos, String token) {
        return new NuevoCaso(TipoCaso.ERROR_INCIDENCIA, "TECNICA", "ERR_TEC_CERTIFICADOS", null, true, titulo,
                "No puedo firmar los envíos con el certificado de la autorización.", List.of(), documentos, token);
    }

    private static NuevoDocumento formulario() {
        return new NuevoDocumento("FORMULARIO_DATOS_TECNICOS", "Formulario de datos técnicos", "formulario.pdf", PDF);
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

    @Test
    void unErrorDeMateriaTecnicaSinElFormularioDeDatosTecnicosNoSeDaDeAlta() {
        long antes = contar("select count(c) from Caso c");
        NuevoDocumento otro = new NuevoDocumento("OTROS", "Captura", "captura.txt", TEXTO);

        actores.entrar(LUCIA_1);
        var e = (DatosCasoInvalidosException) catchThrowable(
                () -> casos.finalizarAlta(errorTecnico("Sin formulario", List.of(otro), null)));

        assertThat(e.errores()).containsEntry("documentos",
                "Para comunicar un error/incidencia de materia Técnica debe anexar el Formulario de datos técnicos.");
        assertThat(contar("select count(c) from Caso c")).isEqualTo(antes);
    }

    @Test
    void conElFormularioSeDaDeAltaYLosDocumentosQuedanGuardadosTalCualLlegaron() throws Exception {
        NuevoDocumento captura = new NuevoDocumento("OTROS", "Mensaje de error", "error.txt", TEXTO);
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(errorTecnico("Con formulario", List.of(formulario(), captura), null));

        List<DocumentoCaso> documentos = casos.documentos(caso.getNumero());
        assertThat(documentos).extracting(d -> d.getTipoDocumento().getCodigo(), DocumentoCaso::getTitulo,
                        DocumentoCaso::getFormato, DocumentoCaso::getTamano, DocumentoCaso::isEnAlta)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FORMULARIO_DATOS_TECNICOS",
                                "Formulario de datos técnicos", Formato.PDF, (long) PDF.length, true),
                        org.assertj.core.groups.Tuple.tuple("OTROS", "Mensaje de error", Formato.TEXTO,
                                (long) TEXTO.length, true));
        DocumentoCaso pdf = documentos.get(0);
        assertThat(pdf.getHuellaSha256()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(pdf.getAutor()).isEqualTo("12345678Z");
        assertThat(casos.contenido(caso.getNumero(), pdf.getId()).getDatos()).isEqualTo(PDF);
        actores.entrar(TRAMITADOR);
        assertThat(casos.contenido(caso.getNumero(), documentos.get(1).getId()).getDatos())
                .isEqualTo(TEXTO);
    }

    @Test
    void unaConsultaDeMateriaTecnicaNoNecesitaElFormulario() {
        NuevoCaso consulta = new NuevoCaso(TipoCaso.CONSULTA, "TECNICA", "CON_TEC_COMUNICACIONES", null, false,
                "Consulta técnica", "¿Qué certificado necesito?", List.of(), List.of(), null);
        actores.entrar(LUCIA_1);
        assertThat(casos.finalizarAlta(consulta).getSubestado()).isEqualTo(Subestado.PRESENTADO);
    }

    @Test
    void unArchivoNoAdmitidoSeRechazaCampoACampoYNoSeGuardaNada() {
        long casosAntes = contar("select count(c) from Caso c");
        long documentosAntes = contar("select count(d) from DocumentoCaso d");
        NuevoDocumento ejecutable = new NuevoDocumento("OTROS", "Nómina", "nomina.pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        actores.entrar(LUCIA_1);
        var e = (DatosCasoInvalidosException) catchThrowable(() -> casos.finalizarAlta(
                errorTecnico("Ejecutable", List.of(formulario(), ejecutable), null)));

        assertThat(e.errores()).containsOnlyKeys("documentos[1].fichero");
        assertThat(e.errores().get("documentos[1].fichero")).startsWith("El archivo «nomina.pdf» no tiene un formato");
        assertThat(contar("select count(c) from Caso c")).isEqualTo(casosAntes);
        assertThat(contar("select count(d) from DocumentoCaso d")).isEqualTo(documentosAntes);
    }

    @Test
    void modificarInformacionSoloConDocumentosDevuelveElCasoAlTramitador() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(CasoServiceIT.tramite("Trámite con documentos"));
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        caso = casos.solicitarInformacion(caso.getNumero(), caso.getVersion(), "Aporte la escritura.");

        NuevoDocumento escritura = new NuevoDocumento("DOCUMENTACION_ACREDITATIVA", "Escritura", "escritura.pdf",
                PDF);
        actores.entrar(LUCIA_1);
        caso = casos.modificarInformacion(caso.getNumero(), caso.getVersion(), null, List.of(escritura));

        assertThat(caso.getSubestado()).isEqualTo(Subestado.ASIGNADO);
        assertThat(casos.historial(caso.getNumero())).last()
                .satisfies(h -> assertThat(h.getObservacion()).isEqualTo("Documento anexado: Escritura"));
        actores.entrar(TRAMITADOR);
        assertThat(casos.documentos(caso.getNumero())).singleElement()
                .satisfies(d -> assertThat(d.isEnAlta()).isFalse());
    }

    @Test
    void modificarInformacionSinTextoNiDocumentosPideAlgo() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(CasoServiceIT.consulta("Nada que aportar", null));
        var e = (DatosCasoInvalidosException) catchThrowable(
                () -> casos.modificarInformacion(caso.getNumero(), caso.getVersion(), " ", List.of()));
        assertThat(e.errores()).containsEntry("informacion",
                "Escriba la información que aporta o anexe algún documento.");
    }

    @Test
    void unDocumentoDeOtroCasoOOtraAutorizacionNoSeEncuentra() {
        actores.entrar(LUCIA_1);
        Caso mio = casos.finalizarAlta(errorTecnico("Mío", List.of(formulario()), null));
        actores.entrar(ANA_3);
        Caso otro = casos.finalizarAlta(new NuevoCaso(TipoCaso.ERROR_INCIDENCIA, "TECNICA",
                "ERR_TEC_CERTIFICADOS", null, true, "De Ana", "Descripción", List.of(), List.of(formulario()),
                null));
        long idAjeno = casos.documentos(otro.getNumero()).get(0).getId();

        // Through my own case, a document id of another case: not found, as for any case I cannot see.
        actores.entrar(LUCIA_1);
        assertThat(catchThrowable(() -> casos.contenido(mio.getNumero(), idAjeno)))
                .isInstanceOf(CasoNoEncontradoException.class);
        assertThat(catchThrowable(() -> casos.contenido(otro.getNumero(), idAjeno)))
                .isInstanceOf(CasoNoEncontradoException.class)
                .hasMessage("No se ha encontrado el caso " + otro.getNumero() + ".");
        actores.entrar(LUCIA_2);
        assertThat(catchThrowable(() -> casos.documentos(mio.getNumero())))
                .isInstanceOf(CasoNoEncontradoException.class);
    }

    @Test
    void elMismoEnvioDosVecesALaVezCreaUnSoloCasoYAmbosRecibenSuNumero() throws Exception {
        for (int intento = 0; intento < 5; intento++) {
            String token = UUID.randomUUID().toString();
            NuevoCaso nuevo = errorTecnico("Doble clic " + intento, List.of(formulario()), token);
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
            assertThat(contar("select count(c) from Caso c where c.tokenAlta = ?1", token)).isEqualTo(1);
            assertThat(casos.documentos(numeros.get(0))).hasSize(1);
        }
    }
}

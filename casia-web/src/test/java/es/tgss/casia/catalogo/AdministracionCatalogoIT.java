package es.tgss.casia.catalogo;

import static es.tgss.casia.error.CodigoError.CATALOGO_MODIFICADO;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.SUPERVISORA;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Fallos.codigo;
import static es.tgss.casia.prueba.Fallos.erroresDeCampo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.NuevoCaso;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Textos;
import es.tgss.casia.prueba.Actores;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The supervisor's catalogue (issue 10) through the real services on PostgreSQL: what a supervisor adds is offered
 * by Nuevo Caso's reads at once, what is retired stops being offered and stays on the cases that have it; names are
 * checked; two supervisors at once, one wins; a tramitador may not; every change leaves an audit row nobody can
 * change. Each test works on entries of its own (names ending in "IT"), retired before it ends when they sit where
 * other classes read exact lists.
 */
@ExtendWith(ArquillianExtension.class)
class AdministracionCatalogoIT {

    @Inject
    private AdministracionCatalogo administracion;

    @Inject
    private VistaDelCatalogo vista;

    @Inject
    private CatalogoService catalogo;

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vistaDeCasos;

    @Inject
    private Actores actores;

    @Resource(lookup = "jdbc/casia")
    private DataSource datos;

    @Test
    void unaCategoriaRetiradaSigueEnLosCasosQueLaTienenPeroNoSeOfreceNiSeAcepta() {
        actores.entrar(SUPERVISORA);
        EntradaCatalogo embargos =
                administracion.anadirCategoria(TipoCaso.CONSULTA, "RECAUDACION", "Embargos IT", null);
        // V3's shape: the prefix of Recaudación's categorías of Consultas, then the name's words.
        assertThat(embargos.codigo()).isEqualTo("CON_REC_EMBARGOS_IT");

        actores.entrar(LUCIA_1);
        assertThat(catalogo.categorias(TipoCaso.CONSULTA, "RECAUDACION"))
                .extracting(Categoria::getNombre)
                .endsWith("Embargos IT");
        Caso caso = casos.finalizarAlta(consultaDe(embargos.codigo(), "Con categoría que se retirará"));

        actores.entrar(SUPERVISORA);
        administracion.retirar(NivelCatalogo.CATEGORIA, embargos.id(), embargos.version());
        assertThat(vista.categorias(TipoCaso.CONSULTA, "RECAUDACION"))
                .filteredOn(e -> e.id() == embargos.id())
                .singleElement()
                .satisfies(e -> assertThat(e.activa()).isFalse());

        actores.entrar(LUCIA_1);
        assertThat(catalogo.categorias(TipoCaso.CONSULTA, "RECAUDACION"))
                .extracting(Categoria::getCodigo)
                .doesNotContain(embargos.codigo())
                .contains("CON_REC_DEUDAS");
        ResultadoClasificacion clasificacion =
                catalogo.clasificar(TipoCaso.CONSULTA, "RECAUDACION", embargos.codigo(), null);
        assertThat(clasificacion.clasificacion()).isEmpty();
        assertThat(Textos.ESPANOL.de(clasificacion.errores().get("categoria")))
                .isEqualTo("La categoría no corresponde a la materia Recaudación.");
        assertThat(erroresDeCampo(
                        catchThrowable(() -> casos.finalizarAlta(consultaDe(embargos.codigo(), "Ya no se puede")))))
                .containsOnlyKeys("categoria");
        // The old case keeps it, read by join.
        assertThat(vistaDeCasos.detalle(caso.getNumero()).cabecera().categoria())
                .isEqualTo("Embargos IT");

        // Brought back, it is offered again.
        actores.entrar(SUPERVISORA);
        administracion.reactivar(NivelCatalogo.CATEGORIA, embargos.id(), embargos.version() + 1);
        assertThat(catalogo.clasificar(TipoCaso.CONSULTA, "RECAUDACION", embargos.codigo(), null)
                        .clasificacion())
                .isPresent();
        administracion.retirar(NivelCatalogo.CATEGORIA, embargos.id(), embargos.version() + 2);
    }

    @Test
    void subcategoriasQueSeAnadenRenombranYOrdenanConSuAuditoria() {
        actores.entrar(SUPERVISORA);
        EntradaCatalogo categoria =
                administracion.anadirCategoria(TipoCaso.CONSULTA, "RECAUDACION", "Fraccionamientos IT", null);
        EntradaCatalogo uno = administracion.anadirSubcategoria(categoria.codigo(), "Uno IT", null);
        EntradaCatalogo dos = administracion.anadirSubcategoria(categoria.codigo(), "Dos IT", "CON_REC_DOS_TECLEADO");
        assertThat(uno.codigo()).isEqualTo("CON_REC_UNO_IT");
        assertThat(dos.codigo()).isEqualTo("CON_REC_DOS_TECLEADO");

        administracion.renombrar(NivelCatalogo.SUBCATEGORIA, uno.id(), uno.version(), "  Primera IT ");
        administracion.subir(NivelCatalogo.SUBCATEGORIA, dos.id(), dos.version());

        assertThat(vista.subcategorias(categoria.codigo()))
                .extracting(EntradaCatalogo::nombre)
                .containsExactly("Dos IT", "Primera IT");
        // Nuevo Caso reads the same order and the new name (the entities' cache was told).
        assertThat(catalogo.subcategorias(categoria.codigo()))
                .extracting(Subcategoria::getNombre, Subcategoria::getCodigo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Dos IT", "CON_REC_DOS_TECLEADO"),
                        org.assertj.core.groups.Tuple.tuple("Primera IT", "CON_REC_UNO_IT"));
        // Down from the last place: nothing moves, nothing is audited.
        int version = vista.subcategorias(categoria.codigo()).get(1).version();
        administracion.bajar(NivelCatalogo.SUBCATEGORIA, uno.id(), version);

        List<LineaAuditoriaCatalogo> auditoria = vista.auditoria(0, 4).elementos();
        assertThat(auditoria)
                .extracting(
                        LineaAuditoriaCatalogo::accion, LineaAuditoriaCatalogo::codigo, LineaAuditoriaCatalogo::detalle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "ORDENAR", "CON_REC_DOS_TECLEADO", "«Dos IT»: posición 2 → 1"),
                        org.assertj.core.groups.Tuple.tuple("RENOMBRAR", "CON_REC_UNO_IT", "«Uno IT» → «Primera IT»"),
                        org.assertj.core.groups.Tuple.tuple(
                                "ANADIR", "CON_REC_DOS_TECLEADO", "«Dos IT» en Fraccionamientos IT"),
                        org.assertj.core.groups.Tuple.tuple(
                                "ANADIR", "CON_REC_UNO_IT", "«Uno IT» en Fraccionamientos IT"));
        assertThat(auditoria).allSatisfy(l -> {
            assertThat(l.actor()).isEqualTo("sup.madrid");
            assertThat(l.entidad()).isEqualTo(NivelCatalogo.SUBCATEGORIA);
            // The test's own request went through the web filter that notes the address.
            assertThat(l.direccion()).isNotBlank();
            assertThat(l.fecha()).isNotNull();
        });
        assertThat(vista.auditoria(1, 4).elementos()).first().satisfies(l -> {
            assertThat(l.accion()).isEqualTo("ANADIR");
            assertThat(l.codigo()).isEqualTo("CON_REC_FRACCIONAMIENTOS_IT");
        });

        administracion.retirar(NivelCatalogo.CATEGORIA, categoria.id(), categoria.version());
    }

    @Test
    void losNombresYLosCodigosSeCompruebanYSeDicenPorCampo() {
        actores.entrar(SUPERVISORA);
        assertThat(erroresDeCampo(catchThrowable(
                        () -> administracion.anadirCategoria(TipoCaso.CONSULTA, "RECAUDACION", "  ", "con rec"))))
                .containsExactly(
                        entrada("nombre", "El nombre es obligatorio."),
                        entrada(
                                "codigo",
                                "El código solo puede contener letras mayúsculas sin acentos, cifras y guiones bajos"
                                        + " entre palabras (por ejemplo, CON_REC_DEUDAS)."));
        // Repeated whatever the case of its letters, among its siblings only.
        assertThat(erroresDeCampo(catchThrowable(() -> administracion.anadirCategoria(
                        TipoCaso.CONSULTA, "RECAUDACION", "deudas y RECLAMACIONES", "CON_REC_DEUDAS"))))
                .containsExactly(
                        entrada("nombre", "Ya existe «deudas y RECLAMACIONES» en este mismo nivel del catálogo."),
                        entrada("codigo", "El código CON_REC_DEUDAS ya está en uso."));
        assertThat(erroresDeCampo(catchThrowable(() -> administracion.anadirTipoDocumento("x".repeat(101), null))))
                .containsExactly(entrada("nombre", "El nombre admite como máximo 100 caracteres (tiene 101)."));
        assertThat(erroresDeCampo(catchThrowable(
                        () -> administracion.anadirCategoria(TipoCaso.TRAMITE, "RECAUDACION", "Nada IT", null))))
                .containsExactly(entrada("materia", "La materia no existe para el tipo de caso Trámite."));
        assertThat(erroresDeCampo(catchThrowable(() -> administracion.anadirRespuesta("Sin texto IT", " ", null))))
                .containsExactly(entrada("texto", "El texto de la respuesta es obligatorio."));
        // A categoría with subcategorías asks for its documents in each of them (V12).
        assertThat(erroresDeCampo(catchThrowable(() ->
                        administracion.anadirDocumentoTramite("TRA_INS_DOCUMENTACION", null, "Escritura IT", true))))
                .containsOnlyKeys("subcategoria");
        EntradaCatalogo deudas =
                vista.categorias(TipoCaso.CONSULTA, "RECAUDACION").get(0);
        assertThat(erroresDeCampo(catchThrowable(() -> administracion.renombrar(
                        NivelCatalogo.CATEGORIA, deudas.id(), deudas.version(), "Aplazamientos"))))
                .containsExactly(entrada("nombre", "Ya existe «Aplazamientos» en este mismo nivel del catálogo."));
        // Nothing of a refused command is stored.
        assertThat(vista.categorias(TipoCaso.CONSULTA, "RECAUDACION"))
                .extracting(EntradaCatalogo::nombre)
                .doesNotContain("Nada IT", "  ")
                .contains("Deudas y reclamaciones");
    }

    @Test
    void deDosSupervisoresALaVezGanaUnoYElOtroLoSabe() {
        actores.entrar(SUPERVISORA);
        EntradaCatalogo tipo = administracion.anadirTipoDocumento("Poder notarial IT", null);
        assertThat(tipo.codigo()).isEqualTo("PODER_NOTARIAL_IT");
        administracion.renombrar(NivelCatalogo.TIPO_DOCUMENTO, tipo.id(), tipo.version(), "Poder de representación IT");

        assertThatThrownBy(() -> administracion.renombrar(
                        NivelCatalogo.TIPO_DOCUMENTO, tipo.id(), tipo.version(), "Apoderamiento IT"))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CATALOGO_MODIFICADO))
                .hasMessage("«Poder de representación IT» ha cambiado mientras trabajaba en ello: no se ha guardado"
                        + " nada. Revise la lista actualizada; lo que escribió sigue en el formulario.");
        assertThatThrownBy(() -> administracion.retirar(NivelCatalogo.TIPO_DOCUMENTO, tipo.id(), tipo.version()))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CATALOGO_MODIFICADO));
        assertThat(catalogo.tipoDocumento("PODER_NOTARIAL_IT"))
                .hasValueSatisfying(t -> assertThat(t.getNombre()).isEqualTo("Poder de representación IT"));

        administracion.retirar(NivelCatalogo.TIPO_DOCUMENTO, tipo.id(), tipo.version() + 1);
        assertThat(catalogo.tipoDocumento("PODER_NOTARIAL_IT")).isEmpty();
        assertThat(catalogo.tiposDocumento())
                .extracting(TipoDocumento::getCodigo)
                .doesNotContain("PODER_NOTARIAL_IT");
    }

    @Test
    void unaMateriaSeOfrecePorTipoYLaDocumentacionYLasRespuestasSeAdministranIgual() {
        actores.entrar(SUPERVISORA);
        EntradaCatalogo consulta = administracion.anadirMateria(TipoCaso.CONSULTA, "Pensiones IT", null);
        // The same name for another tipo is the same materia, offered there too.
        EntradaCatalogo tramite = administracion.anadirMateria(TipoCaso.TRAMITE, "pensiones it", null);
        assertThat(tramite.codigo()).isEqualTo(consulta.codigo()).isEqualTo("PENSIONES_IT");
        assertThat(catalogo.materias(TipoCaso.TRAMITE))
                .extracting(Materia::getCodigo)
                .endsWith("PENSIONES_IT");
        assertThat(erroresDeCampo(
                        catchThrowable(() -> administracion.anadirMateria(TipoCaso.TRAMITE, "Pensiones IT", null))))
                .containsOnlyKeys("nombre");
        administracion.retirar(NivelCatalogo.MATERIA, tramite.id(), tramite.version());
        assertThat(catalogo.materias(TipoCaso.TRAMITE))
                .extracting(Materia::getCodigo)
                .doesNotContain("PENSIONES_IT");
        assertThat(catalogo.materias(TipoCaso.CONSULTA))
                .extracting(Materia::getCodigo)
                .endsWith("PENSIONES_IT");
        administracion.retirar(NivelCatalogo.MATERIA, consulta.id(), consulta.version());

        EntradaCatalogo documento = administracion.anadirDocumentoTramite(
                "TRA_INS_DOCUMENTACION", "TRA_INS_DOC_OBLIG_TRIBUTARIAS", "Certificado de la AEAT IT", false);
        assertThat(catalogo.documentacion("TRA_INS_DOCUMENTACION", "TRA_INS_DOC_OBLIG_TRIBUTARIAS"))
                .containsExactly(new DocumentoDeTramite("Certificado de la AEAT IT", false));
        administracion.retirar(NivelCatalogo.DOCUMENTO_TRAMITE, documento.id(), documento.version());
        assertThat(catalogo.documentacion("TRA_INS_DOCUMENTACION", "TRA_INS_DOC_OBLIG_TRIBUTARIAS"))
                .isEmpty();

        EntradaCatalogo respuesta = administracion.anadirRespuesta("Derivada IT", "Se deriva a su unidad.", null);
        administracion.editarRespuesta(respuesta.id(), respuesta.version(), "Derivada IT", "Texto nuevo.");
        assertThat(catalogo.respuestasPredefinidas())
                .contains(new RespuestaPredefinida("DERIVADA_IT", "Derivada IT", "Texto nuevo."));
        administracion.retirar(NivelCatalogo.RESPUESTA_PREDEFINIDA, respuesta.id(), respuesta.version() + 1);
        assertThat(catalogo.respuestasPredefinidas())
                .extracting(RespuestaPredefinida::codigo)
                .doesNotContain("DERIVADA_IT")
                .contains("TRAMITE_REALIZADO");
        assertThat(vista.auditoria(0, 3).elementos())
                .extracting(LineaAuditoriaCatalogo::accion, LineaAuditoriaCatalogo::entidad)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RETIRAR", NivelCatalogo.RESPUESTA_PREDEFINIDA),
                        org.assertj.core.groups.Tuple.tuple("EDITAR", NivelCatalogo.RESPUESTA_PREDEFINIDA),
                        org.assertj.core.groups.Tuple.tuple("ANADIR", NivelCatalogo.RESPUESTA_PREDEFINIDA));
    }

    @Test
    void unTramitadorNoAdministraElCatalogoNiLeeSuAuditoria() {
        actores.entrar(TRAMITADOR);
        assertThatThrownBy(() -> administracion.anadirTipoDocumento("De tramitador IT", null))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> administracion.retirar(NivelCatalogo.TIPO_DOCUMENTO, 50, 0))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> vista.auditoria(0, 10)).isInstanceOf(EJBAccessException.class);
        actores.entrar(LUCIA_1);
        assertThatThrownBy(() -> administracion.anadirTipoDocumento("De autorizado IT", null))
                .isInstanceOf(EJBAccessException.class);
        actores.entrar(SUPERVISORA);
        assertThat(vista.tiposDocumento()).extracting(EntradaCatalogo::nombre).doesNotContain("De tramitador IT");
    }

    @Test
    void laAuditoriaDelCatalogoNoSeModificaNiSeBorra() throws SQLException {
        actores.entrar(SUPERVISORA);
        administracion.anadirTipoDocumento("Auditado IT", null);
        for (String sentencia : List.of(
                "update auditoria_catalogo set detalle = 'otro'",
                "delete from auditoria_catalogo",
                "truncate auditoria_catalogo")) {
            try (Connection c = datos.getConnection();
                    Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate(sentencia))
                        .as(sentencia)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("no se modifican ni se eliminan")
                        .hasMessageContaining("auditoria_catalogo");
            }
        }
        assertThat(vista.auditoria(0, 1).elementos())
                .singleElement()
                .satisfies(l -> assertThat(l.detalle()).isEqualTo("«Auditado IT»"));
    }

    private static NuevoCaso consultaDe(String categoria, String titulo) {
        return NuevoCaso.de(TipoCaso.CONSULTA)
                .clasificacion("RECAUDACION", categoria, null)
                .afectaPeriodoEnCurso(false)
                .titulo(titulo)
                .descripcion("Una consulta de recaudación.")
                .crear();
    }

    private static java.util.Map.Entry<String, String> entrada(String campo, String texto) {
        return java.util.Map.entry(campo, texto);
    }
}

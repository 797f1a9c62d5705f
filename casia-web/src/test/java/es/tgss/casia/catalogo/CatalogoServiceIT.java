package es.tgss.casia.catalogo;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.error.Textos;
import es.tgss.casia.prueba.Actores;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue as the Nuevo caso screen will read it (an autorizado logged in), through JPA on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class CatalogoServiceIT {

    @Inject
    private CatalogoService catalogo;

    @Inject
    private Actores actores;

    @Test
    void elCatalogoNoEsPublicoNiDeOps() {
        actores.salir();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalogo.materias(TipoCaso.CONSULTA))
                .isInstanceOf(EJBAccessException.class);
        actores.entrar(Actores.OPS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalogo.tiposDocumento())
                .isInstanceOf(EJBAccessException.class);
        actores.entrar(Actores.TRAMITADOR);
        assertThat(catalogo.materias(TipoCaso.CONSULTA)).isNotEmpty();
    }

    @Test
    void cadaTipoOfreceSusMateriasEnOrden() {
        actores.entrar(Actores.LUCIA_1);
        assertThat(catalogo.materias(TipoCaso.TRAMITE))
                .extracting(Materia::getNombre)
                .containsExactly(
                        "Inscripción de empresas",
                        "Afiliación, altas y bajas",
                        "Cotización",
                        "Gestión de Autorizaciones RED");
        assertThat(catalogo.materias(TipoCaso.CONSULTA))
                .extracting(Materia::getCodigo)
                .contains("RECAUDACION");
        assertThat(catalogo.materias(TipoCaso.ERROR_INCIDENCIA))
                .extracting(Materia::getCodigo)
                .doesNotContain("RECAUDACION");
    }

    @Test
    void categoriasYSubcategoriasDeUnTramite() {
        actores.entrar(Actores.LUCIA_1);
        assertThat(catalogo.categorias(TipoCaso.TRAMITE, "INSCRIPCION_EMPRESAS"))
                .extracting(Categoria::getNombre)
                .containsExactly("Asignación de CCC", "Aportar documentación acreditativa", "Modificaciones de datos");
        assertThat(catalogo.subcategorias("TRA_INS_MODIFICACION_DATOS"))
                .extracting(Subcategoria::getNombre)
                .containsExactly(
                        "Cambio de CNAE",
                        "Declaración Responsable F.D. Turismo",
                        "Renuncia a exenciones por reparto de dividendos");
        assertThat(catalogo.categorias(TipoCaso.TRAMITE, "RECAUDACION")).isEmpty();
    }

    @Test
    void soloLosErroresDeMateriaTecnicaPidenElFormularioDeDatosTecnicos() {
        actores.entrar(Actores.LUCIA_1);
        Materia tecnica = catalogo.materias(TipoCaso.ERROR_INCIDENCIA).stream()
                .filter(m -> m.getCodigo().equals("TECNICA"))
                .findFirst()
                .orElseThrow();
        assertThat(catalogo.requiereFormularioTecnico(TipoCaso.ERROR_INCIDENCIA, tecnica))
                .isTrue();
        assertThat(catalogo.requiereFormularioTecnico(TipoCaso.CONSULTA, tecnica))
                .isFalse();
        assertThat(catalogo.requiereFormularioTecnico(TipoCaso.ERROR_INCIDENCIA, "TECNICA"))
                .isTrue();
        assertThat(catalogo.requiereFormularioTecnico(TipoCaso.ERROR_INCIDENCIA, "COTIZACION"))
                .isFalse();
        assertThat(catalogo.requiereFormularioTecnico(TipoCaso.ERROR_INCIDENCIA, "NO_EXISTE"))
                .isFalse();
    }

    /** FAQ: the Social Security number is asked for with the TA.1, the DNI or NIE and, si procede, the disability. */
    @Test
    void laSolicitudDeNumeroDeSeguridadSocialPideSuDocumentacion() {
        actores.entrar(Actores.LUCIA_1);
        assertThat(catalogo.documentacion("TRA_AFI_ALTA_CTA_AJENA", "TRA_AFI_ALTA_SOLICITUD_NSS"))
                .containsExactly(
                        new DocumentoDeTramite("Modelo TA.1 firmado por el trabajador", true),
                        new DocumentoDeTramite("DNI o NIE", true),
                        new DocumentoDeTramite("Certificado de discapacidad", false));
        assertThat(catalogo.documentacion("TRA_AFI_ALTA_CTA_AJENA", null)).isEmpty();
        assertThat(catalogo.documentacion("TRA_INS_MODIFICACION_DATOS", "TRA_INS_MOD_CNAE"))
                .isEmpty();
        assertThat(catalogo.documentacion("NO_EXISTE", "")).isEmpty();
    }

    @Test
    void losTiposDeDocumentoEmpiezanPorElFormularioDeDatosTecnicos() {
        actores.entrar(Actores.LUCIA_1);
        assertThat(catalogo.tiposDocumento())
                .extracting(TipoDocumento::getCodigo)
                .startsWith(TipoDocumento.FORMULARIO_DATOS_TECNICOS)
                .contains("OTROS")
                .doesNotHaveDuplicates();
        assertThat(catalogo.tipoDocumento("DNI_NIE"))
                .hasValueSatisfying(t -> assertThat(t.getNombre()).isEqualTo("DNI o NIE"));
        assertThat(catalogo.tipoDocumento("NO_EXISTE")).isEmpty();
    }

    @Test
    void unaSubcategoriaEsObligatoriaSiLaCategoriaLasTiene() {
        actores.entrar(Actores.LUCIA_1);
        ResultadoClasificacion sinSubcategoria =
                catalogo.clasificar(TipoCaso.TRAMITE, "INSCRIPCION_EMPRESAS", "TRA_INS_MODIFICACION_DATOS", null);
        assertThat(sinSubcategoria.clasificacion()).isEmpty();
        assertThat(sinSubcategoria.errores()).containsOnlyKeys("subcategoria");
        assertThat(Textos.ESPANOL.de(sinSubcategoria.errores().get("subcategoria")))
                .isEqualTo("La subcategoría es obligatoria para la categoría Modificaciones de datos.");
        assertThat(catalogo.clasificar(TipoCaso.TRAMITE, "GESTION_AUTORIZACIONES", "TRA_AUT_RAZON_SOCIAL", null)
                        .clasificacion()
                        .orElseThrow()
                        .subcategoria())
                .isEmpty();
    }
}

package es.tgss.casia.caso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Textos;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidacionNuevoCasoTest {

    private static final LineaDatosComplementarios VACIA =
            new LineaDatosComplementarios(null, null, null, null, null, null, null, null, null);

    private static NuevoCaso caso(String titulo, String descripcion, List<LineaDatosComplementarios> lineas) {
        NuevoCaso.Builder form = NuevoCaso.de(TipoCaso.CONSULTA)
                .clasificacion("COTIZACION", "CON_COT_SLD", null)
                .afectaPeriodoEnCurso(false)
                .titulo(titulo)
                .descripcion(descripcion);
        lineas.forEach(form::dato);
        return form.crear();
    }

    private static LineaDatosComplementarios linea(String campo, String valor) {
        return new LineaDatosComplementarios(
                campo.equals("ccc") ? valor : null,
                campo.equals("naf") ? valor : null,
                campo.equals("ipf") ? "1" : null,
                campo.equals("ipf") ? valor : null,
                campo.equals("numeroEnvio") ? valor : null,
                campo.equals("numeroLiquidacion") ? valor : null,
                campo.equals("tipoLiquidacion") ? valor : null,
                campo.equals("periodoDesde") ? valor : null,
                campo.equals("periodoHasta") ? valor : null);
    }

    /** Field → its Spanish text, the words of the manual. */
    private static java.util.Map<String, String> errores(NuevoCaso nuevo) {
        ErrorDeNegocio e = catchThrowableOfType(ErrorDeNegocio.class, () -> ValidacionNuevoCaso.validar(nuevo));
        assertThat(e.codigo()).isEqualTo(CodigoError.CAMPO_INVALIDO);
        return Textos.ESPANOL.deCampos(e);
    }

    @Test
    void unCasoCorrectoSinDatosComplementariosPasa() {
        assertThat(ValidacionNuevoCaso.validar(caso("Título", "Descripción", List.of())))
                .isEmpty();
    }

    @Test
    void tituloDe50YDescripcionDe1000CaracteresSeAdmiten() {
        assertThat(ValidacionNuevoCaso.validar(caso("t".repeat(50), "d".repeat(1000), List.of())))
                .isEmpty();
    }

    @Test
    void faltaTodoLoObligatorio() {
        var e = errores(NuevoCaso.de(null).descripcion("  ").crear());
        assertThat(e)
                .containsEntry("tipo", "El tipo de caso es obligatorio.")
                .containsEntry("afectaPeriodoEnCurso", "Indique si afecta al Período de Presentación en Curso (SI/NO).")
                .containsEntry("titulo", "El título es obligatorio.")
                .containsEntry("descripcion", "La descripción es obligatoria.");
    }

    @Test
    void longitudesMaximas() {
        var e = errores(caso("t".repeat(51), "d".repeat(1001), List.of()));
        assertThat(e)
                .containsEntry("titulo", "El título admite como máximo 50 caracteres (tiene 51).")
                .containsEntry("descripcion", "La descripción admite como máximo 1000 caracteres (tiene 1001).");
    }

    @Test
    void elIdentificadorDelEnvioCabeEnSuColumna() {
        NuevoCaso.Builder form = NuevoCaso.de(TipoCaso.CONSULTA)
                .clasificacion("COTIZACION", "CON_COT_SLD", null)
                .afectaPeriodoEnCurso(false)
                .titulo("T")
                .descripcion("D");
        assertThat(errores(form.tokenAlta("x".repeat(65)).crear()))
                .containsOnly(org.assertj.core.api.Assertions.entry(
                        "tokenAlta", "El identificador del envío admite como máximo 64 caracteres."));
        assertThat(ValidacionNuevoCaso.validar(form.tokenAlta("x".repeat(64)).crear()))
                .isEmpty();
    }

    @Test
    void masDeCincoLineasSeRechazanYLasVaciasNoCuentan() {
        List<LineaDatosComplementarios> seis = Collections.nCopies(6, linea("numeroEnvio", "123"));
        assertThat(errores(caso("T", "D", seis)))
                .containsEntry("datos", "Se admiten como máximo 5 líneas de datos complementarios.");
        List<LineaDatosComplementarios> cinco =
                new java.util.ArrayList<>(Collections.nCopies(5, linea("numeroEnvio", "123")));
        cinco.add(VACIA);
        assertThat(ValidacionNuevoCaso.validar(caso("T", "D", cinco))).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ccc               | 28 1234567 00 | datos[0].ccc               | El dígito de control del CCC no es correcto.
            naf               | 1234          | datos[0].naf               | El NAF debe tener 12 dígitos.
            ipf               | 12345678A     | datos[0].ipf               | La letra del DNI no es correcta.
            numeroEnvio       | 12a           | datos[0].numeroEnvio       | El número de envío solo puede contener cifras (hasta 20).
            numeroLiquidacion | -5            | datos[0].numeroLiquidacion | El número de liquidación solo puede contener cifras (hasta 20).
            tipoLiquidacion   | L-00          | datos[0].tipoLiquidacion   | El tipo de liquidación admite hasta 5 letras o cifras.
            periodoDesde      | 13/2025       | datos[0].periodoDesde      |
            """)
    void cadaCampoDeUnaLineaSeValida(String campo, String valor, String clave, String mensaje) {
        var e = errores(caso("T", "D", List.of(linea(campo, valor))));
        assertThat(e).containsKey(clave);
        if (mensaje != null) {
            assertThat(e.get(clave)).isEqualTo(mensaje);
        }
    }

    @Test
    void elPeriodoDesdeNoPuedeSerPosteriorAlHasta() {
        var l = new LineaDatosComplementarios(null, null, null, null, null, null, null, "05/2026", "03/2026");
        assertThat(errores(caso("T", "D", List.of(l)))).containsKey("datos[0].periodoDesde");
    }

    @Test
    void unaLineaSolaSeCompruebaConLasMismasReglasYSusCamposPorSuNombre() {
        var l = new LineaDatosComplementarios(
                "28 1234567 00", "28/12345678/40", "1", null, "12a", null, null, "05/2026", "03/2026");
        var e = ValidacionNuevoCaso.erroresDeLinea(l);
        assertThat(e.keySet()).containsExactlyInAnyOrder("ccc", "ipf", "numeroEnvio", "periodoDesde");
        assertThat(Textos.ESPANOL.de(e.get("ccc"))).isEqualTo("El dígito de control del CCC no es correcto.");
        assertThat(Textos.ESPANOL.de(e.get("ipf"))).isEqualTo("El IPF es obligatorio.");
        assertThat(ValidacionNuevoCaso.erroresDeLinea(linea("ccc", "28 1234567 42")))
                .isEmpty();
        assertThat(ValidacionNuevoCaso.erroresDeLinea(VACIA)).isEmpty();
    }

    @Test
    void losValoresSeGuardanNormalizados() {
        var l = new LineaDatosComplementarios(
                "28-1234567-42", null, "1", "12345678z", " 0042 ", null, "l00", "01/2026", null);
        DatoComplementario d =
                ValidacionNuevoCaso.validar(caso("T", "D", List.of(l))).get(0);
        assertThat(d.getCcc()).isEqualTo("28123456742");
        assertThat(d.getIpf()).isEqualTo("12345678Z");
        assertThat(d.getNumeroEnvio()).isEqualTo("0042");
        assertThat(d.getTipoLiquidacion()).isEqualTo("L00");
        assertThat(d.getPeriodoDesde()).isEqualTo("01/2026");
        assertThat(d.getPeriodoHasta()).isNull();
    }
}

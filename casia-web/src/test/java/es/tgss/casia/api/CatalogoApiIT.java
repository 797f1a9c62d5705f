package es.tgss.casia.api;

import static org.assertj.core.api.Assertions.assertThat;

import es.tgss.casia.prueba.Local;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue a program classifies its cases with: the portal's lists, for autorizados and the TGSS only. */
@ExtendWith(ArquillianExtension.class)
class CatalogoApiIT {

    @ArquillianResource
    private URL base;

    private ClienteApi anonimo() {
        return ClienteApi.anonimo(Local.raiz(base));
    }

    private ClienteApi como(String usuario) {
        return anonimo().conToken(TokensApiIT.token(usuario));
    }

    @Test
    void materiasCategoriasSubcategoriasYTiposDeDocumentoPorCodigoYNombre() {
        ClienteApi ana = como("11111111H");
        ClienteApi.Respuesta materias = ana.get("catalogo/materias?tipo=CONSULTA");
        assertThat(materias.estado()).as(materias.cuerpo()).isEqualTo(200);
        assertThat(materias.cuerpo()).contains("{\"codigo\":\"COTIZACION\",\"nombre\":");

        ClienteApi.Respuesta categorias = ana.get("catalogo/categorias?tipo=consulta&materia=COTIZACION");
        assertThat(categorias.estado()).isEqualTo(200);
        assertThat(categorias.cuerpo()).contains("\"codigo\":\"CON_COT_SLD\"");

        ClienteApi.Respuesta subcategorias = ana.get("catalogo/subcategorias?categoria=TRA_INS_MODIFICACION_DATOS");
        assertThat(subcategorias.estado()).isEqualTo(200);
        assertThat(subcategorias.cuerpo()).contains("\"codigo\":\"TRA_INS_MOD_CNAE\"");

        ClienteApi.Respuesta tipos = ana.get("catalogo/tipos-documento");
        assertThat(tipos.estado()).isEqualTo(200);
        assertThat(tipos.cuerpo()).contains("\"codigo\":\"OTROS\"").contains("Formulario de datos técnicos");

        ClienteApi.Respuesta documentacion =
                ana.get("catalogo/documentacion?categoria=TRA_INS_MODIFICACION_DATOS&subcategoria=TRA_INS_MOD_CNAE");
        assertThat(documentacion.estado()).isEqualTo(200);
        assertThat(documentacion.lista()).isNotNull();
    }

    @Test
    void unParametroQueFaltaOQueNoEsValidoEsUn400QueLoNombra() {
        ClienteApi ana = como("11111111H");
        ClienteApi.Respuesta sinTipo = ana.get("catalogo/materias");
        assertThat(sinTipo.estado()).isEqualTo(400);
        assertThat(sinTipo.json().getJsonArray("errores").toString()).contains("\"campo\":\"tipo\"");

        ClienteApi.Respuesta sinMateria = ana.get("catalogo/categorias?tipo=TRAMITE");
        assertThat(sinMateria.estado()).isEqualTo(400);
        assertThat(sinMateria.json().getJsonArray("errores").toString()).contains("\"campo\":\"materia\"");

        ClienteApi.Respuesta tipoMalo = ana.get("catalogo/materias?tipo=QUEJA");
        assertThat(tipoMalo.estado()).isEqualTo(400);
        assertThat(tipoMalo.tipo()).startsWith("application/problem+json");
    }

    @Test
    void elDocumentoOpenApiDescribeElCatalogoYElAlta() {
        ClienteApi.Respuesta r = anonimo().get("../../openapi?format=JSON");
        assertThat(r.estado()).isEqualTo(200);
        assertThat(r.cuerpo())
                .contains("/api/v1/catalogo/materias")
                .contains("/api/v1/autorizaciones/{autorizacion}/casos")
                .contains("Dar de alta un caso con documentos")
                .contains("multipart/form-data");
    }

    @Test
    void laTgssLoLeeOpsNoYSinTokenTampoco() {
        assertThat(como("tram.madrid1").get("catalogo/tipos-documento").estado())
                .isEqualTo(200);
        ClienteApi.Respuesta ops = como("ops1").get("catalogo/tipos-documento");
        assertThat(ops.estado()).as(ops.cuerpo()).isEqualTo(403);
        assertThat(anonimo().get("catalogo/tipos-documento").estado()).isEqualTo(401);
    }
}

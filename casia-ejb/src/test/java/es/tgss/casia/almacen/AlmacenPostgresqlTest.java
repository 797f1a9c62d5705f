package es.tgss.casia.almacen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract on the PostgreSQL store, in a new database with every migration; and V9's immutability. */
class AlmacenPostgresqlTest extends AlmacenDeContenidosContrato {

    private static BaseDeDatosDePrueba base;

    @BeforeAll
    static void crear() throws SQLException {
        base = new BaseDeDatosDePrueba();
    }

    @AfterAll
    static void borrar() throws SQLException {
        base.close();
    }

    @Override
    AlmacenDeContenidos almacen() {
        return new AlmacenPostgresql(base.dataSource);
    }

    @Override
    String referenciaInexistente() {
        return AlmacenPostgresql.PREFIJO + Long.MAX_VALUE;
    }

    /** As a superuser would: the trigger off, a byte changed, the trigger on again. */
    @Override
    void alterar(ContenidoGuardado contenido, long posicion) throws SQLException {
        long id = Long.parseLong(contenido.referencia().substring(AlmacenPostgresql.PREFIJO.length()));
        int trozo = (int) (posicion / AlmacenPostgresql.TROZO);
        int dentro = (int) (posicion % AlmacenPostgresql.TROZO);
        base.ejecutar("alter table contenido_trozo disable trigger tr_contenido_trozo_inmutable");
        try {
            assertThat(base.ejecutar(
                            "update contenido_trozo set datos = set_byte(datos, " + dentro + ", (get_byte(datos, "
                                    + dentro + ") + 1) % 256) where contenido_id = " + id + " and numero = " + trozo))
                    .isEqualTo(1);
        } finally {
            base.ejecutar("alter table contenido_trozo enable trigger tr_contenido_trozo_inmutable");
        }
    }

    @Test
    void ningunContenidoSePuedeCambiarNiBorrarPorSql() {
        ContenidoGuardado guardado = almacen().guardar(aleatorios(300_000));
        long id = Long.parseLong(guardado.referencia().substring(AlmacenPostgresql.PREFIJO.length()));

        for (String sql : new String[] {
            "update contenido_trozo set datos = '\\x00' where contenido_id = " + id,
            "delete from contenido_trozo where contenido_id = " + id,
            "truncate contenido_trozo cascade",
            "update contenido set tamano = 1 where id = " + id,
            "delete from contenido where id = " + id,
            "truncate contenido cascade",
            "update documento_caso set titulo = 'otro'",
            "delete from documento_caso",
            "truncate documento_caso cascade"
        }) {
            assertThatThrownBy(() -> base.ejecutar(sql))
                    .as(sql)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no se pueden modificar ni eliminar");
        }
    }
}

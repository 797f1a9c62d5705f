package es.tgss.casia.almacen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store must do, run against each ({@link AlmacenPostgresqlTest}, {@link AlmacenEnCarpetaTest}): store
 * from a stream, a file or bytes, read back exactly, refuse what is not what was announced, and never hand out
 * altered bytes whole.
 */
abstract class AlmacenDeContenidosContrato {

    @TempDir
    Path temporal;

    /** The store under test. */
    abstract AlmacenDeContenidos almacen();

    /** Changes one byte of what the store keeps for this content, as someone with access to the storage could. */
    abstract void alterar(ContenidoGuardado contenido, long posicion) throws Exception;

    /** A reference of this store that names nothing. */
    abstract String referenciaInexistente();

    static byte[] aleatorios(int tamano) {
        byte[] datos = new byte[tamano];
        new Random(tamano).nextBytes(datos);
        return datos;
    }

    @Test
    void unJustificanteDeBytesSeLeeIgual() throws IOException {
        byte[] pdf = aleatorios(100 * 1024);

        ContenidoGuardado guardado = almacen().guardar(pdf);

        assertThat(guardado.tamano()).isEqualTo(pdf.length);
        assertThat(guardado.huellaSha256()).isEqualTo(FlujoVerificado.huella(pdf));
        assertThat(guardado.referencia().length()).isLessThanOrEqualTo(ContenidoGuardado.MAX_REFERENCIA);
        try (InputStream leido = almacen().abrir(guardado)) {
            assertThat(leido.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void unFicheroDeVariosTrozosSeLeeIgual() throws IOException {
        byte[] datos = aleatorios(3 * AlmacenPostgresql.TROZO + 17);
        Path fichero = temporal.resolve("recibido");
        Files.write(fichero, datos);

        ContenidoGuardado guardado = almacen().guardar(fichero, FlujoVerificado.huella(datos), datos.length);

        try (InputStream leido = almacen().abrir(guardado)) {
            assertThat(leido.readAllBytes()).isEqualTo(datos);
        }
    }

    @Test
    void tamanosEnElBordeDeUnTrozo() throws IOException {
        for (int tamano : new int[] {1, AlmacenPostgresql.TROZO, AlmacenPostgresql.TROZO + 1, FlujoVerificado.PIEZA}) {
            byte[] datos = aleatorios(tamano);
            try (InputStream leido = almacen().abrir(almacen().guardar(datos))) {
                assertThat(leido.readAllBytes()).as("%d bytes", tamano).isEqualTo(datos);
            }
        }
    }

    @Test
    void loQueNoEsLoAnunciadoNoSeGuarda() {
        byte[] datos = aleatorios(1000);
        assertThatThrownBy(() -> almacen().guardar(new ByteArrayInputStream(datos), "0".repeat(64), datos.length))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> almacen().guardar(new ByteArrayInputStream(datos), FlujoVerificado.huella(datos), 999))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unContenidoAlteradoNoSeEntregaEntero() throws Exception {
        byte[] datos = aleatorios(2 * AlmacenPostgresql.TROZO + 5);
        ContenidoGuardado guardado = almacen().guardar(datos);
        alterar(guardado, AlmacenPostgresql.TROZO + 3);

        byte[] recibido = new byte[datos.length];
        int leidos = 0;
        try (InputStream leido = almacen().abrir(guardado)) {
            assertThatThrownBy(() -> {
                        int[] total = {0};
                        int n;
                        while ((n = leido.read(recibido, total[0], recibido.length - total[0])) > 0) {
                            total[0] += n;
                        }
                    })
                    .isInstanceOf(ContenidoAlterado.class);
        }
        // Whatever was handed out before the check, the last piece never was: the copy is never complete.
        try (InputStream leido = almacen().abrir(guardado)) {
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = leido.read(buffer)) > 0) {
                    leidos += n;
                }
            } catch (ContenidoAlterado esperado) {
                // the failure is the point
            }
        }
        assertThat(leidos).isLessThan(datos.length);
    }

    @Test
    void unaReferenciaQueNoExisteEsUnContenidoAlterado() throws IOException {
        ContenidoGuardado guardado = almacen().guardar(aleatorios(10));
        ContenidoGuardado otro = new ContenidoGuardado(referenciaInexistente(), guardado.huellaSha256(), 10);
        assertThatThrownBy(() -> {
                    try (InputStream leido = almacen().abrir(otro)) {
                        leido.readAllBytes();
                    }
                })
                .isInstanceOf(ContenidoAlterado.class);
    }
}

package es.tgss.casia.caso.documento;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FicheroRecibidoTest {

    private static final long MB = 1024 * 1024;

    /** A client that would send a gigabyte, counting what the server actually read. */
    static final class UnGigabyte extends InputStream {
        long leidos;

        @Override
        public int read() {
            return leidos++ < 1024 * MB ? 'x' : -1;
        }

        @Override
        public int read(byte[] b, int desde, int largo) {
            int n = (int) Math.min(largo, 1024 * MB - leidos);
            if (n <= 0) {
                return -1;
            }
            java.util.Arrays.fill(b, desde, desde + n, (byte) 'x');
            leidos += n;
            return n;
        }
    }

    @Test
    void laLecturaSeDetieneNadaMasPasarElLimite() {
        UnGigabyte cliente = new UnGigabyte();
        var antes = temporales();

        FicheroRecibido f = FicheroRecibido.recibir(cliente, 10 * MB);

        assertThat(f.excedido()).isTrue();
        assertThat(cliente.leidos).isEqualTo(10 * MB + 1);
        assertThat(f.tamano()).isEqualTo(10 * MB + 1);
        assertThat(temporales()).isEqualTo(antes);
    }

    @Test
    void justoElLimiteSeRecibeConSuTamanoYSuHuella() throws Exception {
        byte[] datos = new byte[(int) (2 * MB)];
        new java.util.Random(7).nextBytes(datos);
        var antes = temporales();

        try (FicheroRecibido f = FicheroRecibido.recibir(new ByteArrayInputStream(datos), 2 * MB)) {
            assertThat(f.excedido()).isFalse();
            assertThat(f.tamano()).isEqualTo(2 * MB);
            assertThat(f.huella())
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(datos)));
            assertThat(Files.readAllBytes(f.ruta())).isEqualTo(datos);
            assertThat(f.ruta().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        }
        assertThat(temporales()).isEqualTo(antes);
    }

    private static java.util.Set<Path> temporales() {
        try (var ficheros = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return ficheros.filter(p -> p.getFileName().toString().startsWith("casia-documento-")
                            && p.getFileName().toString().endsWith(".recibido"))
                    .collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

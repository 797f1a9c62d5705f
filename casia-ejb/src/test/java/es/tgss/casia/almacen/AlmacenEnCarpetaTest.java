package es.tgss.casia.almacen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the folder store. */
class AlmacenEnCarpetaTest extends AlmacenDeContenidosContrato {

    @TempDir
    Path carpeta;

    @Override
    AlmacenDeContenidos almacen() {
        return new AlmacenEnCarpeta(carpeta, null);
    }

    @Override
    String referenciaInexistente() {
        return AlmacenEnCarpeta.PREFIJO + "00/00/00000000-0000-0000-0000-000000000000";
    }

    private Path fichero(ContenidoGuardado contenido) {
        return carpeta.resolve(contenido.referencia().substring(AlmacenEnCarpeta.PREFIJO.length()));
    }

    /** As someone with access to the volume would: making the file writable again and changing a byte. */
    @Override
    void alterar(ContenidoGuardado contenido, long posicion) throws Exception {
        Path f = fichero(contenido);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        try (RandomAccessFile acceso = new RandomAccessFile(f.toFile(), "rw")) {
            acceso.seek(posicion);
            int b = acceso.read();
            acceso.seek(posicion);
            acceso.write((b + 1) % 256);
        }
    }

    @Test
    void cadaContenidoEsUnFicheroDeSoloLecturaSinTemporalesAlLado() throws Exception {
        ContenidoGuardado guardado = almacen().guardar(aleatorios(1000));

        Path f = fichero(guardado);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo("r--r-----");
        try (var hermanos = Files.list(f.getParent())) {
            assertThat(hermanos).containsExactly(f);
        }
    }

    @Test
    void unaReferenciaNoSaleDeLaCarpeta() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> almacen().abrir(new ContenidoGuardado("carpeta:../../etc/passwd", "0".repeat(64), 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

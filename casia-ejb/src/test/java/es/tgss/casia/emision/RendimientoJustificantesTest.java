package es.tgss.casia.emision;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark of docs/rendimiento-justificantes.md: justificantes generated and sealed per second on one thread.
 * Not a timed test (the figure depends on the machine): excluded from the default run, it prints what it measured.
 */
@Tag("rendimiento")
class RendimientoJustificantesTest {

    private static final int CALENTAMIENTO = 1500;
    private static final int MEDIDOS = 1500;

    @TempDir
    Path carpeta;

    @Test
    void justificantesPorSegundoEnUnHilo() {
        GeneradorDeJustificantes generador =
                new GeneradorDeJustificantes(Sello.dePruebas(carpeta), ZoneId.of("Europe/Madrid"));
        // Three documents: the usual Trámite (a form, an ID, a power of representation), one page.
        DatosJustificante datos = Justificantes.solicitud(3);
        List<Cea> ceas = new ArrayList<>();
        for (int i = 0; i < CALENTAMIENTO + MEDIDOS; i++) {
            ceas.add(Justificantes.cea());
        }
        long bytes = 0;
        for (int i = 0; i < CALENTAMIENTO; i++) {
            bytes += generador.generar(datos, ceas.get(i), Justificantes.URL).length;
        }
        ThreadMXBean hilos = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean proceso = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long inicio = System.nanoTime();
        long cpuInicio = hilos.getCurrentThreadCpuTime();
        long procesoInicio = proceso.getProcessCpuTime();
        for (int i = CALENTAMIENTO; i < CALENTAMIENTO + MEDIDOS; i++) {
            bytes += generador.generar(datos, ceas.get(i), Justificantes.URL).length;
        }
        double segundos = (System.nanoTime() - inicio) / 1e9;
        // CPU time too: on a shared machine the wall clock also counts other people's work. The process's CPU adds
        // what the thread's leaves out (garbage collection, JIT), so it is the figure for one dedicated core.
        double cpu = (hilos.getCurrentThreadCpuTime() - cpuInicio) / 1e9;
        double cpuProceso = (proceso.getProcessCpuTime() - procesoInicio) / 1e9;
        System.out.printf(
                "rendimiento: %d justificantes en %.2f s = %.1f justificantes/s (%.1f ms cada uno, %d KB de media);"
                        + " CPU del hilo %.2f s = %.1f ms cada uno; CPU del proceso %.2f s = %.1f ms cada uno"
                        + " = %.1f justificantes/s por núcleo%n",
                MEDIDOS,
                segundos,
                MEDIDOS / segundos,
                segundos * 1000 / MEDIDOS,
                bytes / (CALENTAMIENTO + MEDIDOS) / 1024,
                cpu,
                cpu * 1000 / MEDIDOS,
                cpuProceso,
                cpuProceso * 1000 / MEDIDOS,
                MEDIDOS / cpuProceso);
        assertThat(bytes).isPositive();
    }
}

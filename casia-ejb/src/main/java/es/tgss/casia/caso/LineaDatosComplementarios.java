package es.tgss.casia.caso;

import java.util.stream.Stream;

/** One line of datos complementarios as typed: every field optional, at least one per line. */
public record LineaDatosComplementarios(
        String ccc,
        String naf,
        String tipoIpf,
        String ipf,
        String numeroEnvio,
        String numeroLiquidacion,
        String tipoLiquidacion,
        String periodoDesde,
        String periodoHasta) {

    public boolean vacia() {
        return Stream.of(
                        ccc,
                        naf,
                        tipoIpf,
                        ipf,
                        numeroEnvio,
                        numeroLiquidacion,
                        tipoLiquidacion,
                        periodoDesde,
                        periodoHasta)
                .allMatch(v -> v == null || v.isBlank());
    }
}

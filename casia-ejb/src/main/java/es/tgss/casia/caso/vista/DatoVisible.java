package es.tgss.casia.caso.vista;

/** One line of datos complementarios as stored (normalised; an empty field is null). */
public record DatoVisible(
        String ccc,
        String naf,
        String tipoIpf,
        String ipf,
        String numeroEnvio,
        String numeroLiquidacion,
        String tipoLiquidacion,
        String periodoDesde,
        String periodoHasta) {}

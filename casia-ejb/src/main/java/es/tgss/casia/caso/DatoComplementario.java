package es.tgss.casia.caso;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One checked line of datos complementarios, as stored (normalised values, empty fields null). */
@Embeddable
public class DatoComplementario {

    @Column(length = 11)
    private String ccc;

    @Column(length = 12)
    private String naf;

    @Column(name = "tipo_ipf", length = 2)
    private String tipoIpf;

    @Column(length = 10)
    private String ipf;

    @Column(name = "numero_envio", length = 20)
    private String numeroEnvio;

    @Column(name = "numero_liquidacion", length = 20)
    private String numeroLiquidacion;

    @Column(name = "tipo_liquidacion", length = 5)
    private String tipoLiquidacion;

    @Column(name = "periodo_desde", length = 7)
    private String periodoDesde;

    @Column(name = "periodo_hasta", length = 7)
    private String periodoHasta;

    protected DatoComplementario() {
        // for JPA
    }

    DatoComplementario(
            String ccc,
            String naf,
            String tipoIpf,
            String ipf,
            String numeroEnvio,
            String numeroLiquidacion,
            String tipoLiquidacion,
            String periodoDesde,
            String periodoHasta) {
        this.ccc = ccc;
        this.naf = naf;
        this.tipoIpf = tipoIpf;
        this.ipf = ipf;
        this.numeroEnvio = numeroEnvio;
        this.numeroLiquidacion = numeroLiquidacion;
        this.tipoLiquidacion = tipoLiquidacion;
        this.periodoDesde = periodoDesde;
        this.periodoHasta = periodoHasta;
    }

    public String getCcc() {
        return ccc;
    }

    public String getNaf() {
        return naf;
    }

    public String getTipoIpf() {
        return tipoIpf;
    }

    public String getIpf() {
        return ipf;
    }

    public String getNumeroEnvio() {
        return numeroEnvio;
    }

    public String getNumeroLiquidacion() {
        return numeroLiquidacion;
    }

    public String getTipoLiquidacion() {
        return tipoLiquidacion;
    }

    public String getPeriodoDesde() {
        return periodoDesde;
    }

    public String getPeriodoHasta() {
        return periodoHasta;
    }
}

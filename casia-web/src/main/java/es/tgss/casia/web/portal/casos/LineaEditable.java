package es.tgss.casia.web.portal.casos;

import es.tgss.casia.caso.LineaDatosComplementarios;
import java.io.Serializable;

/** One line of datos complementarios while it is typed on the screen (JSF writes its fields one by one). */
public class LineaEditable implements Serializable {

    private String ccc;
    private String naf;
    private String tipoIpf;
    private String ipf;
    private String numeroEnvio;
    private String numeroLiquidacion;
    private String tipoLiquidacion;
    private String periodoDesde;
    private String periodoHasta;

    LineaDatosComplementarios linea() {
        return new LineaDatosComplementarios(
                ccc, naf, tipoIpf, ipf, numeroEnvio, numeroLiquidacion, tipoLiquidacion, periodoDesde, periodoHasta);
    }

    public String getCcc() {
        return ccc;
    }

    public void setCcc(String ccc) {
        this.ccc = ccc;
    }

    public String getNaf() {
        return naf;
    }

    public void setNaf(String naf) {
        this.naf = naf;
    }

    public String getTipoIpf() {
        return tipoIpf;
    }

    public void setTipoIpf(String tipoIpf) {
        this.tipoIpf = tipoIpf;
    }

    public String getIpf() {
        return ipf;
    }

    public void setIpf(String ipf) {
        this.ipf = ipf;
    }

    public String getNumeroEnvio() {
        return numeroEnvio;
    }

    public void setNumeroEnvio(String numeroEnvio) {
        this.numeroEnvio = numeroEnvio;
    }

    public String getNumeroLiquidacion() {
        return numeroLiquidacion;
    }

    public void setNumeroLiquidacion(String numeroLiquidacion) {
        this.numeroLiquidacion = numeroLiquidacion;
    }

    public String getTipoLiquidacion() {
        return tipoLiquidacion;
    }

    public void setTipoLiquidacion(String tipoLiquidacion) {
        this.tipoLiquidacion = tipoLiquidacion;
    }

    public String getPeriodoDesde() {
        return periodoDesde;
    }

    public void setPeriodoDesde(String periodoDesde) {
        this.periodoDesde = periodoDesde;
    }

    public String getPeriodoHasta() {
        return periodoHasta;
    }

    public void setPeriodoHasta(String periodoHasta) {
        this.periodoHasta = periodoHasta;
    }
}

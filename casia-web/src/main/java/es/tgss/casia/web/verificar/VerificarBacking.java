package es.tgss.casia.web.verificar;

import es.tgss.casia.caso.justificante.JustificanteVerificado;
import es.tgss.casia.caso.justificante.VerificacionDeJustificantes;
import es.tgss.casia.caso.vista.DescargaJustificante;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.emision.Cea;
import es.tgss.casia.web.Mensajes;
import es.tgss.casia.web.descarga.CabecerasDeDescarga;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * {@code /verificar/}: anyone types the CEA printed at the foot of a justificante (or scans its QR code, which
 * fills it in) and sees whether CASIA issued it, with the original PDF to compare. A GET form, so that it works
 * without JavaScript and the QR code's address is the answer itself; nothing is changed, so there is no state to
 * protect. Every try is counted per client address before anything is looked up ({@link LimiteDeVerificaciones}).
 */
@Named
@RequestScoped
public class VerificarBacking {

    /** 429 Too Many Requests (Jakarta Servlet 6 has no constant for it). */
    static final int DEMASIADAS_PETICIONES = 429;

    private static final DateTimeFormatter FECHA_Y_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private VerificacionDeJustificantes verificacion;

    @Inject
    private LimiteDeVerificaciones limite;

    @Inject
    private Configuracion configuracion;

    @Inject
    private FacesContext facesContext;

    private String id;
    private String codigo;
    private boolean descargar;
    private JustificanteVerificado verificado;

    /** The view action: nothing typed yet, a CEA to check, or the original PDF of a CEA to send. */
    public void verificar() throws IOException {
        if (vacio(id) && vacio(codigo)) {
            return;
        }
        ExternalContext externo = facesContext.getExternalContext();
        String direccion = ((HttpServletRequest) externo.getRequest()).getRemoteAddr();
        Optional<Duration> espera = limite.intentar(direccion);
        if (espera.isPresent()) {
            HttpServletResponse respuesta = (HttpServletResponse) externo.getResponse();
            respuesta.setStatus(DEMASIADAS_PETICIONES);
            respuesta.setHeader(
                    "Retry-After", Long.toString(Math.max(1, espera.get().toSeconds())));
            avisarDeLaEspera(espera.get());
            return;
        }
        Optional<Cea.Clave> clave = Cea.leer(id, codigo);
        Optional<JustificanteVerificado> encontrado = clave.flatMap(verificacion::verificar);
        if (encontrado.isEmpty()) {
            limite.fallo(direccion);
            // One message for a malformed code and for an unknown one: the page tells nothing about which CEAs exist.
            Mensajes.error("verificar.noEncontrado");
            return;
        }
        limite.acierto(direccion);
        if (descargar) {
            enviarPdf(clave.get(), externo);
            return;
        }
        verificado = encontrado.get();
    }

    private void enviarPdf(Cea.Clave clave, ExternalContext externo) throws IOException {
        byte[] pdf = verificacion.pdf(clave).orElseThrow();
        externo.responseReset();
        CabecerasDeDescarga.aplicar(
                (HttpServletResponse) externo.getResponse(),
                "justificante-" + clave.id() + ".pdf",
                DescargaJustificante.TIPO_MIME,
                pdf.length);
        try (OutputStream salida = externo.getResponseOutputStream()) {
            salida.write(pdf);
        }
        facesContext.responseComplete();
    }

    /** In seconds while slowed down, in minutes once locked. */
    private static void avisarDeLaEspera(Duration espera) {
        long segundos = Math.max(1, espera.toSeconds());
        if (segundos < 60) {
            Mensajes.error("verificar.esperaSegundos", segundos);
        } else {
            Mensajes.error("verificar.esperaMinutos", (segundos + 59) / 60);
        }
    }

    private static boolean vacio(String s) {
        return s == null || s.isBlank();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCodigo() {
        return codigo;
    }

    public void setCodigo(String codigo) {
        this.codigo = codigo;
    }

    public boolean isDescargar() {
        return descargar;
    }

    public void setDescargar(boolean descargar) {
        this.descargar = descargar;
    }

    public JustificanteVerificado getVerificado() {
        return verificado;
    }

    public String getEmitido() {
        return verificado
                .emitido()
                .atZoneSameInstant(configuracion.zonaHoraria())
                .format(FECHA_Y_HORA);
    }

    public String getFechaCea() {
        return verificado.fechaCea().format(FECHA);
    }
}

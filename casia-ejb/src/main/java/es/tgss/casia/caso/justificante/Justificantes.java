package es.tgss.casia.caso.justificante;

import es.tgss.casia.almacen.FlujoVerificado;
import es.tgss.casia.autorizacion.Autorizacion;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.emision.Cea;
import es.tgss.casia.emision.ClaseDeJustificante;
import es.tgss.casia.emision.DatosJustificante;
import es.tgss.casia.emision.DocumentoDelJustificante;
import es.tgss.casia.emision.GeneradorDeJustificantes;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Issues the justificantes of a case inside the transaction of the action that calls for them: the PDF is made,
 * sealed, stored and recorded with its CEA, or, if anything fails, the action fails with it — a Trámite is never
 * left without its justificante. Not a bean: {@link es.tgss.casia.caso.CasoService} makes one, like
 * {@link es.tgss.casia.caso.documento.DocumentosCaso}.
 */
public final class Justificantes {

    /** The page the QR code and the foot of the PDF point to, under {@code CASIA_PUBLIC_URL}. */
    public static final String PAGINA_DE_VERIFICACION = "verificar/";

    private static final SecureRandom AZAR = new SecureRandom();

    private final EntityManager em;
    private final GeneradorDeJustificantes generador;
    private final URI urlPublica;
    private final ZoneId zona;

    public Justificantes(EntityManager em, GeneradorDeJustificantes generador, URI urlPublica, ZoneId zona) {
        this.em = em;
        this.generador = generador;
        this.urlPublica = urlPublica;
        this.zona = zona;
    }

    /**
     * @param documentos what the action attached (at the alta: every document of the case; later: the new ones)
     * @param ahora      the action's instant: the date of the CEA and the time printed as issued
     */
    public void emitir(Caso caso, ClaseDeJustificante clase, List<DocumentoDelJustificante> documentos, Instant ahora) {
        Autorizacion autorizacion = caso.getAutorizacion();
        DatosJustificante datos = new DatosJustificante(
                clase,
                caso.getNumero(),
                caso.getFechaAlta().toInstant(),
                autorizacion.getNumero(),
                autorizacion.getRazonSocial(),
                caso.getUsuarioAlta().getNombreYApellidos(),
                caso.getTipo().etiqueta(),
                caso.getMateria().getNombre(),
                caso.getCategoria().getNombre(),
                caso.getSubcategoria().map(s -> s.getNombre()).orElse(null),
                caso.getTitulo(),
                documentos,
                ahora);
        Cea cea = Cea.nuevo(AZAR, LocalDate.ofInstant(ahora, zona));
        byte[] pdf = generador.generar(datos, cea, urlDeVerificacion(urlPublica, cea));
        em.persist(
                new Justificante(caso, clase, cea, pdf, FlujoVerificado.huella(pdf), ahora.atOffset(ZoneOffset.UTC)));
    }

    /** What the QR code holds: the verification page with the CEA filled in, so that scanning it shows the PDF. */
    public static URI urlDeVerificacion(URI urlPublica, Cea cea) {
        return urlPublica.resolve(PAGINA_DE_VERIFICACION + "?id=" + URLEncoder.encode(cea.id(), StandardCharsets.UTF_8)
                + "&codigo=" + URLEncoder.encode(cea.codigo(), StandardCharsets.UTF_8));
    }
}

package es.tgss.casia.caso.justificante;

import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.emision.GeneradorDeJustificantes;
import es.tgss.casia.emision.Sello;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The one generator of justificantes, made once per instance (templates compiled, fonts and seal loaded), with
 * the configured seal or, when there is none, the demo seal of the data folder. {@link es.tgss.casia.arranque
 * .Arranque} asks for it at start-up, so that a wrong seal stops the start instead of the first Trámite.
 */
@ApplicationScoped
public class GeneradorProductor {

    /** Under {@code CASIA_DATA_DIR}: where the demo seal is created on the first start. */
    static final String CARPETA_DEL_SELLO_DE_PRUEBAS = "sello";

    @Inject
    private Configuracion configuracion;

    private GeneradorDeJustificantes generador;

    /**
     * The same instance to every injection point. Not a proxy (the generator is a final, immutable class shared by
     * every thread), so the producer is dependent-scoped and this application-scoped bean keeps the one instance.
     */
    @Produces
    synchronized GeneradorDeJustificantes generador() {
        if (generador == null) {
            generador = crear();
        }
        return generador;
    }

    private GeneradorDeJustificantes crear() {
        Sello sello = configuracion
                .sello()
                .map(s -> Sello.dePkcs12(s.p12(), s.contrasena().toCharArray()))
                .orElseGet(() -> Sello.dePruebas(configuracion.carpetaDeDatos().resolve(CARPETA_DEL_SELLO_DE_PRUEBAS)));
        return new GeneradorDeJustificantes(sello, configuracion.zonaHoraria());
    }
}

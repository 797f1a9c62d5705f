package es.tgss.casia.caso;

import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.notificacion.BuzonDeSalida;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Queues a notice about a case: to the autorización's contact e-mail, subject = the case's título (the manual), the
 * text and its HTML alternative from {@link CorreoDeAviso}. No e-mail on file, no notice, and nothing fails. In
 * Spanish only: CASIA keeps no language of the autorización (the contact e-mail is the autorización's, not a user's).
 * Runs in the caller's transaction, so the notice goes out only if the change it announces commits.
 */
@ApplicationScoped
public class Avisos {

    @Inject
    private BuzonDeSalida buzon;

    @Inject
    private Configuracion configuracion;

    /** @return whether a notice was queued */
    public boolean avisar(Caso caso, String aviso) {
        Optional<String> email = caso.getAutorizacion().getEmailContacto();
        email.ifPresent(destino -> {
            CorreoDeAviso correo = CorreoDeAviso.componer(
                    aviso, caso.getNumero(), caso.getAutorizacion().getNumero(), configuracion.urlPublica());
            buzon.encolar(destino, caso.getTitulo(), correo.texto(), correo.html());
        });
        return email.isPresent();
    }
}

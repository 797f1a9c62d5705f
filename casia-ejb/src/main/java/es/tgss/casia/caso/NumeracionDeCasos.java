package es.tgss.casia.caso;

import es.tgss.casia.configuracion.Configuracion;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The número de caso: the year of the alta (in CASIA's time zone) and the next value of one database sequence,
 * "2026/00000042". Unique across instances and never reused, even when the alta that took it rolls back.
 */
@Dependent
class NumeracionDeCasos {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private Configuracion configuracion;

    String siguiente(Instant alta) {
        Number n = (Number)
                em.createNativeQuery("select nextval('caso_numero_seq')").getSingleResult();
        return alta.atZone(configuracion.zonaHoraria()).getYear() + "/" + String.format("%08d", n.longValue());
    }
}

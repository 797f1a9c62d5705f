package es.tgss.casia.caso.justificante;

import es.tgss.casia.emision.Cea;
import es.tgss.casia.emision.ClaseDeJustificante;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The public check of a CEA (no login): anyone holding a justificante can see that CASIA issued it and get the
 * original to compare. Looked up by the ID (unique, indexed), then the code compared in constant time, so that
 * neither the database nor the time taken tells how much of a guess was right. How often a client may guess is the
 * web layer's business (per address).
 */
@Stateless
@PermitAll
public class VerificacionDeJustificantes {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    /** Empty when no justificante has this CEA: unknown and wrong code read the same. */
    public Optional<JustificanteVerificado> verificar(Cea.Clave clave) {
        return em.createQuery("""
                        select j.ceaCodigo, j.clase, j.emitido, j.ceaFecha, c.numero, j.huellaSha256, j.tamano
                        from Justificante j join j.caso c where j.ceaId = :id""", Object[].class)
                .setParameter("id", clave.id())
                .getResultStream()
                .filter(fila -> mismoCodigo((String) fila[0], clave.codigo()))
                .map(fila -> new JustificanteVerificado(
                        (ClaseDeJustificante) fila[1],
                        (OffsetDateTime) fila[2],
                        (LocalDate) fila[3],
                        (String) fila[4],
                        (String) fila[5],
                        (Long) fila[6]))
                .findFirst();
    }

    /** The original PDF of a justificante, under the same check as {@link #verificar}. */
    public Optional<byte[]> pdf(Cea.Clave clave) {
        return em.createQuery("select j.ceaCodigo, j.pdf from Justificante j where j.ceaId = :id", Object[].class)
                .setParameter("id", clave.id())
                .getResultStream()
                .filter(fila -> mismoCodigo((String) fila[0], clave.codigo()))
                .map(fila -> (byte[]) fila[1])
                .findFirst();
    }

    private static boolean mismoCodigo(String guardado, String dado) {
        return MessageDigest.isEqual(
                guardado.getBytes(StandardCharsets.US_ASCII), dado.getBytes(StandardCharsets.US_ASCII));
    }
}

package es.tgss.casia.api;

import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Mensaje;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReaderFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code Idempotency-Key} of a POST that creates something: the same user, key and request answer the first
 * response again without creating anything; the same key with another request is refused (422). The key's row
 * ({@code peticion_idempotente}) is inserted <em>first</em> in the transaction of the creation: a second copy of the
 * request arriving meanwhile waits on the primary key until the first commits, then finds its response; if the
 * creation fails, the row goes with its rollback and a retry creates. Keys live 24 hours: an expired key is taken over
 * by the next request that sends it, and an hourly purge deletes the rest.
 */
@Stateless
public class Idempotencia {

    private static final Logger LOG = Logger.getLogger(Idempotencia.class.getName());

    public static final String CABECERA = "Idempotency-Key";
    /** Sent with a response given again for a repeated key, so that a client can tell (informative only). */
    public static final String CABECERA_REPETIDA = "Idempotent-Replayed";

    public static final int LONGITUD_MAXIMA = 255;
    public static final Duration VIGENCIA = Duration.ofHours(24);

    /**
     * Made once: {@code Json.createReader} looks its provider up through the class path on every call, which was a
     * tenth of the CPU of an alta under load.
     */
    private static final JsonReaderFactory LECTORES = Json.createReaderFactory(Map.of());

    /** What a creation answered: stored as it was sent, so that a retry gets exactly the same. */
    public record Respuesta(int estado, String ubicacion, String cuerpo, boolean repetida) {

        public static Respuesta nueva(int estado, String ubicacion, String cuerpo) {
            return new Respuesta(estado, ubicacion, cuerpo, false);
        }

        /**
         * The creation of a case as HTTP: its status, Location, the detail as it was sent the first time, and the ETag
         * of the version the case had then (the stored detail says it), marked when it is a repeat.
         */
        public Response delCaso() {
            int version;
            try (var lector = LECTORES.createReader(new StringReader(cuerpo))) {
                version = lector.readObject().getJsonObject("cabecera").getInt("version");
            }
            Response.ResponseBuilder r = Response.status(estado)
                    .location(URI.create(ubicacion))
                    .entity(cuerpo)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .tag(Versiones.etag(version));
            if (repetida) {
                r.header(CABECERA_REPETIDA, "true");
            }
            return r.build();
        }
    }

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private Clock reloj;

    /**
     * The key of a request's header, checked: null when there is none (the request is then not idempotent).
     *
     * @throws ProblemaDeLaApi 400 when it is longer than {@value #LONGITUD_MAXIMA}
     */
    public static String clave(String cabecera) {
        if (cabecera == null || cabecera.isBlank()) {
            return null;
        }
        String clave = cabecera.strip();
        if (clave.length() > LONGITUD_MAXIMA) {
            throw new ProblemaDeLaApi(TipoDeProblema.CAMPO_INVALIDO, Mensaje.de("api.idempotencia.larga"));
        }
        return clave;
    }

    /**
     * What makes "the same request": SHA-256 of the method, the path and the pieces of the body the caller names
     * (each one length-prefixed, so that no two different lists run together into the same bytes). A multipart body
     * is named by its meaning (its JSON and each file's name and SHA-256), not by its bytes: a client that retries
     * with a new boundary sends the same request.
     */
    public static byte[] huella(String metodo, String ruta, List<String> partes) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
        List<String> todo = new ArrayList<>(List.of(metodo, ruta));
        todo.addAll(partes);
        for (String parte : todo) {
            byte[] bytes = (parte == null ? "\0" : parte).getBytes(StandardCharsets.UTF_8);
            sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) ':');
            sha256.update(bytes);
        }
        return sha256.digest();
    }

    /**
     * Creates once per key: runs {@code crear} in this transaction (the services it calls join it) unless the user
     * already used the key in the last 24 hours, in which case it answers what the first request answered.
     *
     * @param usuario the caller's login
     * @param clave   from {@link #clave(String)}; null runs {@code crear} without any of this
     * @param huella  from {@link #huella}
     * @throws ErrorDeNegocio {@code CLAVE_DE_IDEMPOTENCIA_REUTILIZADA} when the key came with another request; or
     *                        whatever {@code crear} throws (nothing is stored then)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Respuesta ejecutar(String usuario, String clave, byte[] huella, Supplier<Respuesta> crear) {
        if (clave == null) {
            return crear.get();
        }
        Instant ahora = reloj.instant();
        // One statement: a new key is inserted, and an expired one is taken over as if it were new (the hourly purge
        // may not have reached it yet); a live key is left alone and answers 0 rows. estado_http stays 0 until the
        // creation is done: nobody else ever reads it so (the row is not committed yet).
        int insertadas = em.createNativeQuery("""
                        insert into peticion_idempotente (usuario, clave, huella, estado_http, creada)
                        values (?1, ?2, ?3, 0, ?4)
                        on conflict (usuario, clave) do update
                            set huella = excluded.huella, estado_http = 0, ubicacion = null, cuerpo = null,
                                creada = excluded.creada
                            where peticion_idempotente.creada < ?5""")
                .setParameter(1, usuario)
                .setParameter(2, clave)
                .setParameter(3, huella)
                .setParameter(4, Timestamp.from(ahora))
                .setParameter(5, Timestamp.from(ahora.minus(VIGENCIA)))
                .executeUpdate();
        if (insertadas == 0) {
            return repetir(usuario, clave, huella);
        }
        Respuesta respuesta = crear.get();
        em.createNativeQuery("""
                        update peticion_idempotente set estado_http = ?3, ubicacion = ?4, cuerpo = ?5
                        where usuario = ?1 and clave = ?2""")
                .setParameter(1, usuario)
                .setParameter(2, clave)
                .setParameter(3, respuesta.estado())
                .setParameter(4, respuesta.ubicacion())
                .setParameter(5, respuesta.cuerpo())
                .executeUpdate();
        return respuesta;
    }

    /**
     * Every hour, the keys older than {@link #VIGENCIA} of every user, also of those who never send another request.
     * Each instance runs it; a second delete finds nothing. The keys of the last 24 hours are at most a day of
     * creations, so the range on {@code creada} stays small.
     */
    @Schedule(minute = "17", hour = "*", persistent = false)
    void purgarPeriodicamente() {
        try {
            purgarCaducadas();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CASIA: no se han podido borrar las claves de idempotencia caducadas", e);
        }
    }

    /** Deletes the keys older than {@link #VIGENCIA}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int purgarCaducadas() {
        return em.createNativeQuery("delete from peticion_idempotente where creada < ?1")
                .setParameter(1, Timestamp.from(reloj.instant().minus(VIGENCIA)))
                .executeUpdate();
    }

    private Respuesta repetir(String usuario, String clave, byte[] huella) {
        Object[] fila = (Object[]) em.createNativeQuery("""
                        select huella, estado_http, ubicacion, cuerpo from peticion_idempotente
                        where usuario = ?1 and clave = ?2""")
                .setParameter(1, usuario)
                .setParameter(2, clave)
                .getSingleResult();
        if (!Arrays.equals((byte[]) fila[0], huella)) {
            throw new ErrorDeNegocio(
                    CodigoError.CLAVE_DE_IDEMPOTENCIA_REUTILIZADA, "api.idempotencia.reutilizada", clave);
        }
        return new Respuesta(((Number) fila[1]).intValue(), (String) fila[2], (String) fila[3], true);
    }
}

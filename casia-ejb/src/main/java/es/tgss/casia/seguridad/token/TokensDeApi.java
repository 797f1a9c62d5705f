package es.tgss.casia.seguridad.token;

import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Mensaje;
import es.tgss.casia.seguridad.Rol;
import es.tgss.casia.seguridad.Usuario;
import es.tgss.casia.seguridad.UsuarioService;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API tokens: a user makes, lists and revokes their own; the API's authentication checks one per request.
 * A token is 32 bytes from {@link SecureRandom}: with 256 bits nobody can guess one, so its SHA-256 is all that is
 * stored and a check is one index lookup, not a password hash.
 */
@Stateless
public class TokensDeApi {

    /** What every token starts with, so that a leaked one is recognisable (secret scanners, logs). */
    public static final String PREFIJO = "casia_";

    public static final int DIAS_POR_DEFECTO = 90;
    public static final int DIAS_MAXIMOS = 365;
    public static final int LONGITUD_MAXIMA_DEL_NOMBRE = 80;

    /** The prefix and 43 base64url characters (32 bytes, no padding). */
    private static final int LONGITUD_DEL_TOKEN = PREFIJO.length() + 43;

    private static final SecureRandom AZAR = new SecureRandom();

    private static final String VALIDAR = "select u.login, r.rol, t.id, t.ultimo_uso from token_api t"
            + " join usuario u on u.id = t.usuario_id left join usuario_rol r on r.usuario_id = u.id"
            + " where t.huella = ? and t.revocado is null and t.caduca > ? and u.activo = true";

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource
    private SessionContext contexto;

    @Inject
    private UsuarioService usuarios;

    @Inject
    private Clock reloj;

    /**
     * Makes a token for the caller.
     *
     * @param dias days it is valid, 1..{@value #DIAS_MAXIMOS}; null for {@value #DIAS_POR_DEFECTO}
     * @throws ErrorDeNegocio {@code CAMPO_INVALIDO} for a missing or too long name, or days out of range
     */
    @RolesAllowed({Rol.Nombre.AUTORIZADO, Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR, Rol.Nombre.OPS})
    public TokenCreado crear(String nombre, Integer dias) {
        Map<String, Mensaje> errores = new LinkedHashMap<>();
        String limpio = nombre == null ? "" : nombre.strip();
        if (limpio.isEmpty()) {
            errores.put("nombre", Mensaje.de("token.nombre.obligatorio"));
        } else if (limpio.length() > LONGITUD_MAXIMA_DEL_NOMBRE) {
            errores.put("nombre", Mensaje.de("token.nombre.largo", LONGITUD_MAXIMA_DEL_NOMBRE));
        }
        int validez = dias == null ? DIAS_POR_DEFECTO : dias;
        if (validez < 1 || validez > DIAS_MAXIMOS) {
            errores.put("dias", Mensaje.de("token.dias", DIAS_MAXIMOS));
        }
        if (!errores.isEmpty()) {
            throw ErrorDeNegocio.enCampos(errores);
        }
        byte[] aleatorio = new byte[32];
        AZAR.nextBytes(aleatorio);
        String token = PREFIJO + Base64.getUrlEncoder().withoutPadding().encodeToString(aleatorio);
        Instant ahora = reloj.instant();
        TokenDeApi nuevo = new TokenDeApi(
                usuarios.actual(),
                limpio,
                token.substring(0, PREFIJO.length() + 6),
                huella(token),
                ahora,
                ahora.plus(Duration.ofDays(validez)));
        em.persist(nuevo);
        em.flush();
        return new TokenCreado(nuevo.visible(), token);
    }

    /** The caller's tokens, newest first, revoked and expired ones included (they say so). */
    @RolesAllowed({Rol.Nombre.AUTORIZADO, Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR, Rol.Nombre.OPS})
    public List<TokenVisible> mios() {
        return em.createQuery(
                        "select t from TokenDeApi t where t.usuario.login = :login order by t.creado desc, t.id desc",
                        TokenDeApi.class)
                .setParameter("login", contexto.getCallerPrincipal().getName())
                .getResultStream()
                .map(TokenDeApi::visible)
                .toList();
    }

    /**
     * Revokes one of the caller's tokens; from the next request on it authenticates nobody. Revoking one already
     * revoked changes nothing.
     *
     * @throws ErrorDeNegocio {@code TOKEN_NO_ENCONTRADO}: no such token of the caller's (someone else's is the same)
     */
    @RolesAllowed({Rol.Nombre.AUTORIZADO, Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR, Rol.Nombre.OPS})
    public TokenVisible revocar(long id) {
        TokenDeApi token = em.find(TokenDeApi.class, id);
        Usuario yo = usuarios.actual();
        if (token == null || !token.usuario().equals(yo)) {
            throw new ErrorDeNegocio(CodigoError.TOKEN_NO_ENCONTRADO, "token.noEncontrado", id);
        }
        token.revocar(reloj.instant());
        return token.visible();
    }

    /**
     * Who the token authenticates, if anyone: it exists, is neither revoked nor expired, and its owner is active. Open
     * to anyone (it is what authenticates). Notes the day of use, at most once a day per token.
     *
     * <p>Every API request comes through here: the lookup runs outside any transaction (one statement, no BEGIN and
     * COMMIT around it); only the day's first use opens one, to write it.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<AccesoPorToken> validar(String token) {
        if (token == null || token.length() != LONGITUD_DEL_TOKEN || !token.startsWith(PREFIJO)) {
            return Optional.empty();
        }
        Instant ahora = reloj.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> filas = em.createNativeQuery(VALIDAR)
                .setParameter(1, huella(token))
                .setParameter(2, ahora.atOffset(ZoneOffset.UTC))
                .getResultList();
        if (filas.isEmpty()) {
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>();
        for (Object[] fila : filas) {
            if (fila[1] != null) {
                roles.add((String) fila[1]);
            }
        }
        LocalDate hoy = LocalDate.ofInstant(ahora, ZoneOffset.UTC);
        java.sql.Date ultimoUso = (java.sql.Date) filas.get(0)[3];
        if (ultimoUso == null || !hoy.equals(ultimoUso.toLocalDate())) {
            contexto.getBusinessObject(TokensDeApi.class).anotarUso(((Number) filas.get(0)[2]).longValue(), hoy);
        }
        return Optional.of(new AccesoPorToken((String) filas.get(0)[0], roles));
    }

    /** The day a token was last used (for its owner's list); called by {@link #validar} through the container. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void anotarUso(long id, LocalDate dia) {
        em.createNativeQuery("update token_api set ultimo_uso = ? where id = ?")
                .setParameter(1, dia)
                .setParameter(2, id)
                .executeUpdate();
    }

    static byte[] huella(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

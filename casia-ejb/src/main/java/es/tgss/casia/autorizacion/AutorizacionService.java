package es.tgss.casia.autorizacion;

import es.tgss.casia.comun.Pagina;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The autorizaciones RED a user may act for. The user is always the caller the container authenticated; every
 * choice of autorización goes through {@link #elegir}, so a user can never act for an autorización they do not
 * belong to.
 */
@Stateless
public class AutorizacionService {

    /** A practical check (one @, a dot in the domain, no spaces); the mail server has the last word. */
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource
    private SessionContext contexto;

    /**
     * One page of the caller's autorizaciones, ordered by número, read as rows in the database (a short first page
     * is the whole list, and is not counted again).
     */
    @RolesAllowed(Rol.Nombre.AUTORIZADO)
    public Pagina<AutorizacionDelUsuario> misAutorizaciones(int numeroPagina, int tamanoPedido) {
        int pagina = Math.max(numeroPagina, 0);
        int tamano = Pagina.tamano(tamanoPedido, 10);
        List<AutorizacionDelUsuario> filas = em.createQuery("""
                        select new es.tgss.casia.autorizacion.AutorizacionDelUsuario(a.numero, a.razonSocial, m.tipo)
                        from MiembroAutorizacion m join m.autorizacion a
                        where m.usuario.login = :login order by a.numero""", AutorizacionDelUsuario.class)
                .setParameter("login", login())
                .setFirstResult(Pagina.primera(pagina, tamano))
                .setMaxResults(tamano)
                .getResultList();
        long total = pagina == 0 && filas.size() < tamano
                ? filas.size()
                : em.createQuery(
                                "select count(m) from MiembroAutorizacion m where m.usuario.login = :login", Long.class)
                        .setParameter("login", login())
                        .getSingleResult();
        return new Pagina<>(filas, total, pagina, tamano);
    }

    /** The TGSS looks up any autorización (e.g. to open a case towards it). */
    @RolesAllowed({Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR})
    public Optional<Autorizacion> buscarPorNumero(String numero) {
        return em.createNamedQuery(Autorizacion.POR_NUMERO, Autorizacion.class)
                .setParameter("numero", numero)
                .getResultStream()
                .findFirst();
    }

    /**
     * Consulta/Modificación de datos de contacto: only the usuario principal may change the contact e-mail;
     * an empty one means no notices.
     *
     * @throws ErrorDeNegocio {@code ACCESO_NO_PERMITIDO} when the user may not, {@code CAMPO_INVALIDO} (field
     *     {@code email}) when the address is not valid
     */
    @RolesAllowed(Rol.Nombre.AUTORIZADO)
    public Autorizacion cambiarEmailContacto(String numero, String email) {
        MiembroAutorizacion miembro = elegir(numero)
                .orElseThrow(() -> new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "acceso.noDeAlta", numero));
        if (!miembro.isPrincipal()) {
            throw new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "acceso.soloPrincipal");
        }
        String limpio = email == null || email.isBlank() ? null : email.strip();
        if (limpio != null && (limpio.length() > 254 || !EMAIL.matcher(limpio).matches())) {
            throw ErrorDeNegocio.enCampo("email", "contacto.email");
        }
        Autorizacion autorizacion =
                em.find(Autorizacion.class, miembro.getAutorizacion().getId());
        autorizacion.cambiarEmailContacto(limpio);
        return autorizacion;
    }

    /** The caller's membership in the autorización with that número; empty if they do not belong to it. */
    @RolesAllowed(Rol.Nombre.AUTORIZADO)
    public Optional<MiembroAutorizacion> elegir(String numero) {
        return em.createNamedQuery(MiembroAutorizacion.DE_USUARIO_Y_NUMERO, MiembroAutorizacion.class)
                .setParameter("login", login())
                .setParameter("numero", numero)
                .getResultStream()
                .findFirst();
    }

    /**
     * Whether the caller belongs to the autorización with that número: one statement and no entity, for the checks
     * that only need the answer (every API request under an autorización, every action of an autorizado). Loading
     * the membership instead also loaded its user and the user's roles, three statements each time.
     */
    @RolesAllowed(Rol.Nombre.AUTORIZADO)
    public boolean perteneceA(String numero) {
        return em.createNamedQuery(MiembroAutorizacion.PERTENENCIA, Long.class)
                        .setParameter("login", login())
                        .setParameter("numero", numero)
                        .getSingleResult()
                > 0;
    }

    private String login() {
        return contexto.getCallerPrincipal().getName();
    }
}

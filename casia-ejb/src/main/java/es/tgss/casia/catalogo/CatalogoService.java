package es.tgss.casia.catalogo;

import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue as the screens and the case rules use it: what a tipo offers (active entries only) and whether
 * a combination is valid for a tipo. Retired entries stay valid on the cases that already have them. Read by
 * whoever opens or classifies a case: autorizados and the TGSS (not public: the catalogue is the service's own).
 */
@Stateless
@RolesAllowed({Rol.Nombre.AUTORIZADO, Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR})
public class CatalogoService {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private CatalogoEnMemoria memoria;

    public List<Materia> materias(TipoCaso tipo) {
        return entidades(Materia.class, memoria.arbol().materias().get(tipo));
    }

    public List<Categoria> categorias(TipoCaso tipo, String materia) {
        return entidades(
                Categoria.class, memoria.arbol().categorias().get(CatalogoEnMemoria.Arbol.clave(tipo, materia)));
    }

    public List<Subcategoria> subcategorias(String categoria) {
        return entidades(Subcategoria.class, memoria.arbol().subcategorias().get(categoria));
    }

    /** The "Tipo de documento" list of Anexar Información (active entries). */
    public List<TipoDocumento> tiposDocumento() {
        return em.createQuery(
                        "select t from TipoDocumento t where t.activo = true order by t.orden", TipoDocumento.class)
                .getResultList();
    }

    /** An active tipo de documento by código. */
    public Optional<TipoDocumento> tipoDocumento(String codigo) {
        return em.createQuery(
                        "select t from TipoDocumento t where t.codigo = :codigo and t.activo = true",
                        TipoDocumento.class)
                .setParameter("codigo", codigo)
                .getResultStream()
                .findFirst();
    }

    /** The ready-made answers in use, in their order: the TGSS's. */
    @RolesAllowed({Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR})
    public List<RespuestaPredefinida> respuestasPredefinidas() {
        List<?> filas = em.createNativeQuery(
                        "select codigo, titulo, texto from respuesta_predefinida where activa = true order by orden, id")
                .getResultList();
        return filas.stream()
                .map(Object[].class::cast)
                .map(f -> new RespuestaPredefinida((String) f[0], (String) f[1], (String) f[2]))
                .toList();
    }

    /**
     * The documents a Trámite asks for, in order: those of its subcategoría or, with none chosen, of its categoría
     * (a categoría with subcategorías has no rows of its own). Read by SQL into records: nothing here is ever
     * changed through the application.
     */
    public List<DocumentoDeTramite> documentacion(String categoria, String subcategoria) {
        boolean porSubcategoria = subcategoria != null && !subcategoria.isBlank();
        String nivel = porSubcategoria
                ? "join subcategoria n on n.id = d.subcategoria_id"
                : "join categoria n on n.id = d.categoria_id";
        List<?> filas = em.createNativeQuery("select d.descripcion, d.obligatorio from documento_tramite d " + nivel
                        + " where n.codigo = ?1 and d.activo = true order by d.orden")
                .setParameter(1, porSubcategoria ? subcategoria : categoria)
                .getResultList();
        return filas.stream()
                .map(Object[].class::cast)
                .map(f -> new DocumentoDeTramite((String) f[0], (Boolean) f[1]))
                .toList();
    }

    /** Whether Materia Técnica (or another flagged materia, by código) needs the technical data form for this tipo. */
    public boolean requiereFormularioTecnico(TipoCaso tipo, String materia) {
        return memoria.arbol().formularioTecnico().getOrDefault(CatalogoEnMemoria.Arbol.clave(tipo, materia), false);
    }

    /** The same, for a materia already read. */
    public boolean requiereFormularioTecnico(TipoCaso tipo, Materia materia) {
        return requiereFormularioTecnico(tipo, materia.getCodigo());
    }

    /**
     * Checks a new classification: active entries of this tipo, each inside its parent. The first missing or wrong
     * level is reported (a categoría cannot be judged without its materia).
     */
    public ResultadoClasificacion clasificar(TipoCaso tipo, String materia, String categoria, String subcategoria) {
        CatalogoEnMemoria.Arbol arbol = memoria.arbol();
        Optional<Materia> m = buscar(Materia.class, arbol.materias().get(tipo), materia);
        if (m.isEmpty()) {
            return materia == null || materia.isBlank()
                    ? ResultadoClasificacion.conError("materia", "catalogo.materia.obligatoria")
                    : ResultadoClasificacion.conError("materia", "catalogo.materia.noExiste", tipo.etiqueta());
        }
        Optional<Categoria> c = buscar(
                Categoria.class, arbol.categorias().get(CatalogoEnMemoria.Arbol.clave(tipo, materia)), categoria);
        if (c.isEmpty()) {
            return categoria == null || categoria.isBlank()
                    ? ResultadoClasificacion.conError("categoria", "catalogo.categoria.obligatoria")
                    : ResultadoClasificacion.conError(
                            "categoria",
                            "catalogo.categoria.noCorresponde",
                            m.get().getNombre());
        }
        List<CatalogoEnMemoria.Entrada> posibles = arbol.subcategorias().get(categoria);
        Optional<Subcategoria> s = Optional.empty();
        if (subcategoria != null && !subcategoria.isBlank()) {
            s = buscar(Subcategoria.class, posibles, subcategoria);
            if (s.isEmpty()) {
                return ResultadoClasificacion.conError(
                        "subcategoria",
                        "catalogo.subcategoria.noCorresponde",
                        c.get().getNombre());
            }
        } else if (posibles != null && !posibles.isEmpty()) {
            return ResultadoClasificacion.conError(
                    "subcategoria", "catalogo.subcategoria.obligatoria", c.get().getNombre());
        }
        return ResultadoClasificacion.valida(new Clasificacion(m.get(), c.get(), s));
    }

    /** The entity of the entry with that código among those offered, if it is one of them. */
    private <T> Optional<T> buscar(Class<T> clase, List<CatalogoEnMemoria.Entrada> ofrecidas, String codigo) {
        if (ofrecidas == null || codigo == null) {
            return Optional.empty();
        }
        return ofrecidas.stream()
                .filter(e -> e.codigo().equals(codigo))
                .findFirst()
                .map(e -> em.find(clase, e.id()));
    }

    /** The entities of the entries, in their order, from the shared cache (read from the database the first time). */
    private <T> List<T> entidades(Class<T> clase, List<CatalogoEnMemoria.Entrada> entradas) {
        if (entradas == null) {
            return List.of();
        }
        return entradas.stream().map(e -> em.find(clase, e.id())).toList();
    }
}

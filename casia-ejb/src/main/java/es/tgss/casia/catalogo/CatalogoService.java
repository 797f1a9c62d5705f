package es.tgss.casia.catalogo;

import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
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

    public List<Materia> materias(TipoCaso tipo) {
        return em.createQuery("""
                        select m from Materia m, MateriaTipoCaso mt
                        where mt.materiaId = m.id and mt.tipo = :tipo and mt.activa = true and m.activa = true
                        order by mt.orden""", Materia.class).setParameter("tipo", tipo).getResultList();
    }

    public List<Categoria> categorias(TipoCaso tipo, String materia) {
        return em.createQuery("""
                        select c from Categoria c where c.tipo = :tipo and c.materia.codigo = :materia
                        and c.activa = true order by c.orden""", Categoria.class)
                .setParameter("tipo", tipo)
                .setParameter("materia", materia)
                .getResultList();
    }

    public List<Subcategoria> subcategorias(String categoria) {
        return em.createQuery("""
                        select s from Subcategoria s where s.categoria.codigo = :categoria and s.activa = true
                        order by s.orden""", Subcategoria.class)
                .setParameter("categoria", categoria)
                .getResultList();
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
        return em.createQuery("""
                        select mt.requiereFormularioTecnico from MateriaTipoCaso mt, Materia m
                        where mt.materiaId = m.id and m.codigo = :materia and mt.tipo = :tipo""", Boolean.class)
                .setParameter("materia", materia)
                .setParameter("tipo", tipo)
                .getResultStream()
                .findFirst()
                .orElse(false);
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
        Optional<Materia> m = materias(tipo).stream()
                .filter(x -> x.getCodigo().equals(materia))
                .findFirst();
        if (m.isEmpty()) {
            return materia == null || materia.isBlank()
                    ? ResultadoClasificacion.conError("materia", "catalogo.materia.obligatoria")
                    : ResultadoClasificacion.conError("materia", "catalogo.materia.noExiste", tipo.etiqueta());
        }
        Optional<Categoria> c = categorias(tipo, materia).stream()
                .filter(x -> x.getCodigo().equals(categoria))
                .findFirst();
        if (c.isEmpty()) {
            return categoria == null || categoria.isBlank()
                    ? ResultadoClasificacion.conError("categoria", "catalogo.categoria.obligatoria")
                    : ResultadoClasificacion.conError(
                            "categoria",
                            "catalogo.categoria.noCorresponde",
                            m.get().getNombre());
        }
        List<Subcategoria> posibles = subcategorias(categoria);
        Optional<Subcategoria> s = Optional.empty();
        if (subcategoria != null && !subcategoria.isBlank()) {
            s = posibles.stream()
                    .filter(x -> x.getCodigo().equals(subcategoria))
                    .findFirst();
            if (s.isEmpty()) {
                return ResultadoClasificacion.conError(
                        "subcategoria",
                        "catalogo.subcategoria.noCorresponde",
                        c.get().getNombre());
            }
        } else if (!posibles.isEmpty()) {
            return ResultadoClasificacion.conError(
                    "subcategoria", "catalogo.subcategoria.obligatoria", c.get().getNombre());
        }
        return ResultadoClasificacion.valida(new Clasificacion(m.get(), c.get(), s));
    }
}

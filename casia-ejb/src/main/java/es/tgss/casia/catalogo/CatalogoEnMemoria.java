package es.tgss.casia.catalogo;

import es.tgss.casia.comun.EnMemoria;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The active catalogue as codes and ids, in the order the screens offer it: what {@link CatalogoService} checks every
 * alta and reclassification against, and what it lists. Four statements per alta before it; none now, but once a
 * minute. {@link AdministracionCatalogo} forgets it with each change; another instance sees the change within
 * {@link #VIDA} (the entities' own names are cached per instance already: see {@link AdministracionCatalogo}).
 */
@ApplicationScoped
public class CatalogoEnMemoria {

    static final Duration VIDA = Duration.ofMinutes(1);

    /** An entry by id and código; the entity itself comes from the shared cache ({@code em.find}). */
    record Entrada(long id, String codigo) {}

    /**
     * The tree: materias offered per tipo, categorías per tipo and materia, subcategorías per categoría (códigos are
     * unique), and whether a materia needs the technical form for a tipo (offered or not, active or not).
     */
    record Arbol(
            Map<TipoCaso, List<Entrada>> materias,
            Map<String, List<Entrada>> categorias,
            Map<String, List<Entrada>> subcategorias,
            Map<String, Boolean> formularioTecnico) {

        static String clave(TipoCaso tipo, String materia) {
            return tipo.name() + "/" + materia;
        }
    }

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transacciones;

    private EnMemoria<Arbol> arbol;

    @PostConstruct
    void iniciar() {
        arbol = new EnMemoria<>(VIDA, this::leer);
    }

    /**
     * Outside the caller's transaction: an entity that EclipseLink reads in a transaction that has already written
     * stays out of the shared cache, and so the alta, which writes first, would read its materia and categoría from
     * the database every time. Read here, with the tree, they are in the cache for every alta after.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    Arbol arbol() {
        return arbol.valor();
    }

    /** Called inside the transaction of a change of the catalogue. */
    void olvidar() {
        arbol.olvidar(transacciones);
    }

    private Arbol leer() {
        Map<TipoCaso, List<Entrada>> materias = new HashMap<>();
        Map<String, Boolean> formulario = new HashMap<>();
        for (Object[] f : filas("""
                select mt.tipo_caso, m.id, m.codigo, mt.activa and m.activa, mt.requiere_formulario_tecnico
                from materia_tipo_caso mt join materia m on m.id = mt.materia_id order by mt.orden, mt.id""")) {
            TipoCaso tipo = TipoCaso.valueOf((String) f[0]);
            if ((Boolean) f[3]) {
                materias.computeIfAbsent(tipo, t -> new ArrayList<>()).add(entrada(f[1], f[2]));
            }
            formulario.put(Arbol.clave(tipo, (String) f[2]), (Boolean) f[4]);
        }
        Map<String, List<Entrada>> categorias = new HashMap<>();
        for (Object[] f : filas("""
                select c.tipo_caso, m.codigo, c.id, c.codigo from categoria c join materia m on m.id = c.materia_id
                where c.activa order by c.orden, c.id""")) {
            categorias
                    .computeIfAbsent(
                            Arbol.clave(TipoCaso.valueOf((String) f[0]), (String) f[1]), k -> new ArrayList<>())
                    .add(entrada(f[2], f[3]));
        }
        Map<String, List<Entrada>> subcategorias = new HashMap<>();
        for (Object[] f : filas("""
                select c.codigo, s.id, s.codigo from subcategoria s join categoria c on c.id = s.categoria_id
                where s.activa order by s.orden, s.id""")) {
            subcategorias.computeIfAbsent((String) f[0], k -> new ArrayList<>()).add(entrada(f[1], f[2]));
        }
        Arbol leido = new Arbol(copia(materias), copia(categorias), copia(subcategorias), Map.copyOf(formulario));
        alCache(Materia.class, leido.materias().values());
        alCache(Categoria.class, leido.categorias().values());
        alCache(Subcategoria.class, leido.subcategorias().values());
        return leido;
    }

    private void alCache(Class<?> clase, Collection<List<Entrada>> entradas) {
        entradas.forEach(lista -> lista.forEach(e -> em.find(clase, e.id())));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> filas(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private static Entrada entrada(Object id, Object codigo) {
        return new Entrada(((Number) id).longValue(), (String) codigo);
    }

    private static <K> Map<K, List<Entrada>> copia(Map<K, List<Entrada>> mapa) {
        Map<K, List<Entrada>> copia = new HashMap<>();
        mapa.forEach((k, v) -> copia.put(k, List.copyOf(v)));
        return Map.copyOf(copia);
    }
}

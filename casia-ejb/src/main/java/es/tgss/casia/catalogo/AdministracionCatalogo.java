package es.tgss.casia.catalogo;

import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.ErroresDeCampo;
import es.tgss.casia.seguridad.DireccionDeLaPeticion;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The supervisor's commands on the catalogue (issue 10, Catálogo): add, rename, order, retire and bring back
 * materias (per tipo de caso), categorías, subcategorías, tipos de documento, the documents a Trámite asks for and the
 * respuestas predefinidas. Nothing is ever deleted: a retired entry stays valid on the cases that already point at
 * it, and {@link CatalogoService} stops offering it to new cases and reclassifications.
 *
 * <p>Each command is one transaction that checks the version the screen read (two supervisors at once: one wins, the
 * other gets {@link CodigoError#CATALOGO_MODIFICADO} and keeps what they typed) and writes its row of
 * auditoria_catalogo: who (the container's caller), when, from which address, what was and what is. Written in SQL:
 * the catalogue's entities are read-only and cached, so after a change the cache of that level is evicted for the
 * next read to see it.
 */
@Stateless
@RolesAllowed(Rol.Nombre.SUPERVISOR)
public class AdministracionCatalogo {

    /** The gap V3 leaves between orders, kept when entries are renumbered. */
    private static final int PASO = 10;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource
    private SessionContext contexto;

    @Inject
    private DireccionDeLaPeticion direccion;

    @Inject
    private Clock reloj;

    @Inject
    private CatalogoEnMemoria enMemoria;

    /** The entry as it is now, for the checks and the audit. */
    private record Actual(long id, int version, String codigo, String nombre, boolean activa) {}

    // ---- Añadir ---------------------------------------------------------------------------------------------

    /**
     * Offers a materia for a tipo de caso, at the end of its list. A materia of that name offered by another tipo is
     * the same materia (materias are shared): it is offered here too, with its own código.
     */
    public EntradaCatalogo anadirMateria(TipoCaso tipo, String nombre, String codigo) {
        NivelCatalogo nivel = NivelCatalogo.MATERIA;
        ErroresDeCampo errores = new ErroresDeCampo();
        String limpio = nombre(nivel, nombre, errores);
        errores.lanzarSiHay();
        Optional<Object[]> existente =
                primera(em.createNativeQuery("select id, codigo from materia where lower(nombre) = lower(?1)")
                        .setParameter(1, limpio));
        long materiaId;
        String codigoMateria;
        if (existente.isPresent()) {
            materiaId = ((Number) existente.get()[0]).longValue();
            codigoMateria = (String) existente.get()[1];
            if (cuenta(em.createNativeQuery(
                                    "select count(*) from materia_tipo_caso where materia_id = ?1 and tipo_caso = ?2")
                            .setParameter(1, materiaId)
                            .setParameter(2, tipo.name()))
                    > 0) {
                throw ErrorDeNegocio.enCampo("nombre", "catalogo.nombre.repetido", limpio);
            }
        } else {
            codigoMateria = codigo(nivel, "materia", "", limpio, codigo, errores);
            errores.lanzarSiHay();
            materiaId = siguienteId("materia_seq");
            em.createNativeQuery("""
                            insert into materia (id, codigo, nombre, activa, orden, version)
                            values (?1, ?2, ?3, true, (select coalesce(max(orden), 0) + ?4 from materia), 0)""")
                    .setParameter(1, materiaId)
                    .setParameter(2, codigoMateria)
                    .setParameter(3, limpio)
                    .setParameter(4, PASO)
                    .executeUpdate();
        }
        long id = siguienteId("materia_tipo_caso_seq");
        em.createNativeQuery("""
                        insert into materia_tipo_caso
                            (id, materia_id, tipo_caso, requiere_formulario_tecnico, activa, orden, version)
                        values (?1, ?2, ?3, false, true,
                                (select coalesce(max(orden), 0) + ?4 from materia_tipo_caso where tipo_caso = ?3), 0)""")
                .setParameter(1, id)
                .setParameter(2, materiaId)
                .setParameter(3, tipo.name())
                .setParameter(4, PASO)
                .executeUpdate();
        auditar("ANADIR", nivel, codigoMateria, "«" + limpio + "» en " + tipo.etiqueta());
        olvidar(nivel);
        return new EntradaCatalogo(nivel, id, 0, codigoMateria, limpio, true, false, null);
    }

    /** A categoría of a materia for a tipo de caso, at the end of its list. */
    public EntradaCatalogo anadirCategoria(TipoCaso tipo, String materia, String nombre, String codigo) {
        NivelCatalogo nivel = NivelCatalogo.CATEGORIA;
        Object[] padre = primera(
                        em.createNativeQuery("""
                                select m.id, m.codigo, m.nombre from materia m
                                join materia_tipo_caso mt on mt.materia_id = m.id and mt.tipo_caso = ?1
                                where m.codigo = ?2""").setParameter(1, tipo.name()).setParameter(2, materia))
                .orElseThrow(() -> ErrorDeNegocio.enCampo("materia", "catalogo.materia.noExiste", tipo.etiqueta()));
        long materiaId = ((Number) padre[0]).longValue();
        Map<String, Object> ambito = ambito("materia_id", materiaId, "tipo_caso", tipo.name());
        ErroresDeCampo errores = new ErroresDeCampo();
        String limpio = nombre(nivel, nombre, ambito, null, errores);
        // V3's prefix of the materia's categorías for this tipo ("CON_REC_"), or one made the same way.
        String prefijo = primera(em.createNativeQuery(
                                "select codigo from categoria where materia_id = ?1 and tipo_caso = ?2 order by id")
                        .setParameter(1, materiaId)
                        .setParameter(2, tipo.name()))
                .map(c -> CodigosDelCatalogo.prefijoDe((String) c[0]))
                .filter(p -> !p.isEmpty())
                .orElseGet(() -> prefijoDeTipo(tipo) + recorte((String) padre[1], 3) + "_");
        String codigoNuevo = codigo(nivel, "categoria", prefijo, limpio, codigo, errores);
        errores.lanzarSiHay();
        long id = siguienteId("categoria_seq");
        em.createNativeQuery("""
                        insert into categoria (id, materia_id, tipo_caso, codigo, nombre, activa, orden, version)
                        values (?1, ?2, ?3, ?4, ?5, true, (select coalesce(max(orden), 0) + ?6 from categoria
                                                           where materia_id = ?2 and tipo_caso = ?3), 0)""")
                .setParameter(1, id)
                .setParameter(2, materiaId)
                .setParameter(3, tipo.name())
                .setParameter(4, codigoNuevo)
                .setParameter(5, limpio)
                .setParameter(6, PASO)
                .executeUpdate();
        auditar("ANADIR", nivel, codigoNuevo, "«" + limpio + "» en " + tipo.etiqueta() + " › " + padre[2]);
        olvidar(nivel);
        return new EntradaCatalogo(nivel, id, 0, codigoNuevo, limpio, true, false, null);
    }

    /** A subcategoría of a categoría (by código), at the end of its list. */
    public EntradaCatalogo anadirSubcategoria(String categoria, String nombre, String codigo) {
        NivelCatalogo nivel = NivelCatalogo.SUBCATEGORIA;
        Object[] padre = primera(em.createNativeQuery("select id, codigo, nombre from categoria where codigo = ?1")
                        .setParameter(1, categoria))
                .orElseThrow(() -> noEncontrada(NivelCatalogo.CATEGORIA, categoria));
        long categoriaId = ((Number) padre[0]).longValue();
        ErroresDeCampo errores = new ErroresDeCampo();
        String limpio = nombre(nivel, nombre, ambito("categoria_id", categoriaId), null, errores);
        String codigoNuevo =
                codigo(nivel, "subcategoria", CodigosDelCatalogo.prefijoDe((String) padre[1]), limpio, codigo, errores);
        errores.lanzarSiHay();
        long id = siguienteId("subcategoria_seq");
        em.createNativeQuery("""
                        insert into subcategoria (id, categoria_id, codigo, nombre, activa, orden, version)
                        values (?1, ?2, ?3, ?4, true, (select coalesce(max(orden), 0) + ?5 from subcategoria
                                                       where categoria_id = ?2), 0)""")
                .setParameter(1, id)
                .setParameter(2, categoriaId)
                .setParameter(3, codigoNuevo)
                .setParameter(4, limpio)
                .setParameter(5, PASO)
                .executeUpdate();
        auditar("ANADIR", nivel, codigoNuevo, "«" + limpio + "» en " + padre[2]);
        olvidar(nivel);
        return new EntradaCatalogo(nivel, id, 0, codigoNuevo, limpio, true, false, null);
    }

    /** A tipo de documento of Anexar Información, at the end of the list. */
    public EntradaCatalogo anadirTipoDocumento(String nombre, String codigo) {
        NivelCatalogo nivel = NivelCatalogo.TIPO_DOCUMENTO;
        ErroresDeCampo errores = new ErroresDeCampo();
        String limpio = nombre(nivel, nombre, errores);
        String codigoNuevo = codigo(nivel, "tipo_documento", "", limpio, codigo, errores);
        errores.lanzarSiHay();
        long id = siguienteId("tipo_documento_seq");
        em.createNativeQuery("""
                        insert into tipo_documento (id, codigo, nombre, activo, orden, version)
                        values (?1, ?2, ?3, true, (select coalesce(max(orden), 0) + ?4 from tipo_documento), 0)""")
                .setParameter(1, id)
                .setParameter(2, codigoNuevo)
                .setParameter(3, limpio)
                .setParameter(4, PASO)
                .executeUpdate();
        auditar("ANADIR", nivel, codigoNuevo, "«" + limpio + "»");
        olvidar(nivel);
        return new EntradaCatalogo(nivel, id, 0, codigoNuevo, limpio, true, false, null);
    }

    /**
     * A document a Trámite asks for: of its subcategoría or, for a categoría without subcategorías, of the categoría
     * (V12: a row belongs to the most precise level).
     */
    public EntradaCatalogo anadirDocumentoTramite(
            String categoria, String subcategoria, String descripcion, boolean obligatorio) {
        NivelCatalogo nivel = NivelCatalogo.DOCUMENTO_TRAMITE;
        Object[] cat = primera(em.createNativeQuery(
                                "select id, codigo, nombre from categoria where codigo = ?1 and tipo_caso = 'TRAMITE'")
                        .setParameter(1, categoria))
                .orElseThrow(() -> ErrorDeNegocio.enCampo("categoria", "catalogo.documento.soloTramites"));
        long categoriaId = ((Number) cat[0]).longValue();
        Map<String, Object> ambito;
        String padre;
        String nombrePadre;
        if (subcategoria == null || subcategoria.isBlank()) {
            if (cuenta(em.createNativeQuery("select count(*) from subcategoria where categoria_id = ?1")
                            .setParameter(1, categoriaId))
                    > 0) {
                throw ErrorDeNegocio.enCampo("subcategoria", "catalogo.documento.conSubcategorias", cat[2]);
            }
            ambito = ambito("categoria_id", categoriaId, "subcategoria_id", null);
            padre = (String) cat[1];
            nombrePadre = (String) cat[2];
        } else {
            Object[] sub = primera(em.createNativeQuery(
                                    "select id, codigo, nombre from subcategoria where codigo = ?1 and categoria_id = ?2")
                            .setParameter(1, subcategoria)
                            .setParameter(2, categoriaId))
                    .orElseThrow(() ->
                            ErrorDeNegocio.enCampo("subcategoria", "catalogo.subcategoria.noCorresponde", cat[2]));
            ambito = ambito("categoria_id", null, "subcategoria_id", ((Number) sub[0]).longValue());
            padre = (String) sub[1];
            nombrePadre = (String) sub[2];
        }
        ErroresDeCampo errores = new ErroresDeCampo();
        String limpio = nombre(nivel, descripcion, ambito, null, errores);
        errores.lanzarSiHay();
        long id = siguienteId("documento_tramite_seq");
        Query alta = em.createNativeQuery("insert into documento_tramite"
                        + " (id, categoria_id, subcategoria_id, descripcion, obligatorio, activo, orden, version)"
                        + " values (?1, cast(?2 as bigint), cast(?3 as bigint), ?4, ?5, true, (select coalesce(max(orden), 0) + ?6 from documento_tramite"
                        + " where " + condicion(ambito, 7) + "), 0)")
                .setParameter(1, id)
                .setParameter(2, ambito.get("categoria_id"))
                .setParameter(3, ambito.get("subcategoria_id"))
                .setParameter(4, limpio)
                .setParameter(5, obligatorio)
                .setParameter(6, PASO);
        parametros(alta, ambito, 7).executeUpdate();
        auditar(
                "ANADIR",
                nivel,
                padre,
                "«" + limpio + "» (" + (obligatorio ? "obligatorio" : "si procede") + ") en " + nombrePadre);
        return new EntradaCatalogo(nivel, id, 0, null, limpio, true, obligatorio, null);
    }

    /** A respuesta predefinida, at the end of the list. */
    public EntradaCatalogo anadirRespuesta(String titulo, String texto, String codigo) {
        NivelCatalogo nivel = NivelCatalogo.RESPUESTA_PREDEFINIDA;
        ErroresDeCampo errores = new ErroresDeCampo();
        String limpio = nombre(nivel, titulo, errores);
        String textoLimpio = texto(texto, errores);
        String codigoNuevo = codigo(nivel, "respuesta_predefinida", "", limpio, codigo, errores);
        errores.lanzarSiHay();
        long id = siguienteId("respuesta_predefinida_seq");
        em.createNativeQuery("""
                        insert into respuesta_predefinida (id, codigo, titulo, texto, activa, orden, version)
                        values (?1, ?2, ?3, ?4, true, (select coalesce(max(orden), 0) + ?5 from respuesta_predefinida), 0)""")
                .setParameter(1, id)
                .setParameter(2, codigoNuevo)
                .setParameter(3, limpio)
                .setParameter(4, textoLimpio)
                .setParameter(5, PASO)
                .executeUpdate();
        auditar("ANADIR", nivel, codigoNuevo, "«" + limpio + "»: " + textoLimpio);
        return new EntradaCatalogo(nivel, id, 0, codigoNuevo, limpio, true, false, textoLimpio);
    }

    // ---- Cambiar --------------------------------------------------------------------------------------------

    /**
     * A new name (a documento de trámite's description, a respuesta's título). The código stays: it is what the
     * cases and other systems name the entry by. A materia's name is shared by every tipo that offers it.
     */
    public void renombrar(NivelCatalogo nivel, long id, int version, String nombre) {
        Actual actual = cargar(nivel, id, version);
        ErroresDeCampo errores = new ErroresDeCampo();
        String limpio = nombre(nivel, nombre, ambitoDe(nivel, id), id, errores);
        errores.lanzarSiHay();
        if (limpio.equals(actual.nombre())) {
            return;
        }
        if (nivel == NivelCatalogo.MATERIA) {
            em.createNativeQuery("update materia set nombre = ?1, version = version + 1"
                            + " where id = (select materia_id from materia_tipo_caso where id = ?2)")
                    .setParameter(1, limpio)
                    .setParameter(2, id)
                    .executeUpdate();
            cambiar(nivel, actual, version, "", List.of());
        } else {
            cambiar(nivel, actual, version, nivel.columnaNombre() + " = ?3, ", List.of(limpio));
        }
        auditar("RENOMBRAR", nivel, actual.codigo(), "«" + actual.nombre() + "» → «" + limpio + "»");
        olvidar(nivel);
    }

    /** A respuesta predefinida's título and texto. */
    public void editarRespuesta(long id, int version, String titulo, String texto) {
        NivelCatalogo nivel = NivelCatalogo.RESPUESTA_PREDEFINIDA;
        Actual actual = cargar(nivel, id, version);
        String textoAnterior = (String) em.createNativeQuery("select texto from respuesta_predefinida where id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        ErroresDeCampo errores = new ErroresDeCampo();
        String limpio = nombre(nivel, titulo, ambitoDe(nivel, id), id, errores);
        String textoLimpio = texto(texto, errores);
        errores.lanzarSiHay();
        if (limpio.equals(actual.nombre()) && textoLimpio.equals(textoAnterior)) {
            return;
        }
        cambiar(nivel, actual, version, "titulo = ?3, texto = ?4, ", List.of(limpio, textoLimpio));
        auditar(
                "EDITAR",
                nivel,
                actual.codigo(),
                "«" + actual.nombre() + "»: " + textoAnterior + " → «" + limpio + "»: " + textoLimpio);
    }

    /** Stops offering the entry to new cases; the cases that have it keep it. */
    public void retirar(NivelCatalogo nivel, long id, int version) {
        activar(nivel, id, version, false);
    }

    /** Offers a retired entry again. */
    public void reactivar(NivelCatalogo nivel, long id, int version) {
        activar(nivel, id, version, true);
    }

    /** One place earlier among its siblings (retired ones count: they keep their place if brought back). */
    public void subir(NivelCatalogo nivel, long id, int version) {
        mover(nivel, id, version, -1);
    }

    /** One place later among its siblings. */
    public void bajar(NivelCatalogo nivel, long id, int version) {
        mover(nivel, id, version, 1);
    }

    private void activar(NivelCatalogo nivel, long id, int version, boolean activa) {
        Actual actual = cargar(nivel, id, version);
        if (actual.activa() == activa) {
            return;
        }
        cambiar(nivel, actual, version, nivel.columnaActiva() + " = ?3, ", List.of(activa));
        auditar(activa ? "REACTIVAR" : "RETIRAR", nivel, actual.codigo(), "«" + actual.nombre() + "»");
        olvidar(nivel);
    }

    /**
     * Moves the entry among its siblings and numbers them again 10, 20, 30… (V3's orders have gaps and may repeat:
     * swapping two numbers would not always change the order).
     */
    private void mover(NivelCatalogo nivel, long id, int version, int desplazamiento) {
        Actual actual = cargar(nivel, id, version);
        Map<String, Object> ambito = ambitoDe(nivel, id);
        Query consulta = em.createNativeQuery("select id, orden from " + nivel.tabla() + " where "
                + condicion(ambito, 1) + " order by orden, id for update");
        List<?> filas = parametros(consulta, ambito, 1).getResultList();
        List<Long> ids = new ArrayList<>();
        Map<Long, Integer> ordenes = new LinkedHashMap<>();
        for (Object fila : filas) {
            Object[] f = (Object[]) fila;
            long hermano = ((Number) f[0]).longValue();
            ids.add(hermano);
            ordenes.put(hermano, ((Number) f[1]).intValue());
        }
        int desde = ids.indexOf(id);
        int hasta = desde + desplazamiento;
        if (hasta < 0 || hasta >= ids.size()) {
            return;
        }
        ids.remove(desde);
        ids.add(hasta, id);
        cambiar(nivel, actual, version, "orden = ?3, ", List.of((hasta + 1) * PASO));
        for (int i = 0; i < ids.size(); i++) {
            long hermano = ids.get(i);
            int orden = (i + 1) * PASO;
            if (hermano != id && ordenes.get(hermano) != orden) {
                em.createNativeQuery("update " + nivel.tabla() + " set orden = ?1, version = version + 1 where id = ?2")
                        .setParameter(1, orden)
                        .setParameter(2, hermano)
                        .executeUpdate();
            }
        }
        auditar(
                "ORDENAR",
                nivel,
                actual.codigo(),
                "«" + actual.nombre() + "»: posición " + (desde + 1) + " → " + (hasta + 1));
        olvidar(nivel);
    }

    // ---- The pieces ---------------------------------------------------------------------------------------

    /** The entry, if the screen's version is still the current one. */
    private Actual cargar(NivelCatalogo nivel, long id, int version) {
        String sql = switch (nivel) {
            case MATERIA ->
                "select mt.id, mt.version, m.codigo, m.nombre, mt.activa from materia_tipo_caso mt"
                        + " join materia m on m.id = mt.materia_id where mt.id = ?1";
            case DOCUMENTO_TRAMITE ->
                "select d.id, d.version, coalesce(s.codigo, c.codigo), d.descripcion,"
                        + " d.activo from documento_tramite d left join categoria c on c.id = d.categoria_id"
                        + " left join subcategoria s on s.id = d.subcategoria_id where d.id = ?1";
            default ->
                "select id, version, codigo, " + nivel.columnaNombre() + ", " + nivel.columnaActiva() + " from "
                        + nivel.tabla() + " where id = ?1";
        };
        Object[] f = primera(em.createNativeQuery(sql).setParameter(1, id))
                .orElseThrow(() -> noEncontrada(nivel, String.valueOf(id)));
        Actual actual = new Actual(
                ((Number) f[0]).longValue(), ((Number) f[1]).intValue(), (String) f[2], (String) f[3], (Boolean) f[4]);
        if (actual.version() != version) {
            throw modificada(actual);
        }
        return actual;
    }

    /**
     * Updates the entry's row with the version it was read at, and moves the version on: the row itself says whether
     * someone changed it meanwhile. {@code asignaciones} use parameters from ?3 on.
     */
    private void cambiar(NivelCatalogo nivel, Actual actual, int version, String asignaciones, List<Object> valores) {
        Query update = em.createNativeQuery("update " + nivel.tabla() + " set " + asignaciones
                        + "version = version + 1 where id = ?1 and version = ?2")
                .setParameter(1, actual.id())
                .setParameter(2, version);
        for (int i = 0; i < valores.size(); i++) {
            update.setParameter(3 + i, valores.get(i));
        }
        if (update.executeUpdate() != 1) {
            throw modificada(actual);
        }
    }

    /** The columns of the entry's parent and their values. */
    private Map<String, Object> ambitoDe(NivelCatalogo nivel, long id) {
        Map<String, Object> ambito = new LinkedHashMap<>();
        if (nivel.ambito().isEmpty()) {
            return ambito;
        }
        Object resultado = em.createNativeQuery(
                        "select " + String.join(", ", nivel.ambito()) + " from " + nivel.tabla() + " where id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        Object[] valores = resultado instanceof Object[] varios ? varios : new Object[] {resultado};
        for (int i = 0; i < valores.length; i++) {
            ambito.put(nivel.ambito().get(i), valores[i]);
        }
        return ambito;
    }

    private static Map<String, Object> ambito(Object... columnasYValores) {
        Map<String, Object> ambito = new LinkedHashMap<>();
        for (int i = 0; i < columnasYValores.length; i += 2) {
            ambito.put((String) columnasYValores[i], columnasYValores[i + 1]);
        }
        return ambito;
    }

    /** "columna = ?n and otra is null…", numbered from {@code primero}: a null parent is no parameter. */
    private static String condicion(Map<String, Object> ambito, int primero) {
        if (ambito.isEmpty()) {
            return "true";
        }
        List<String> partes = new ArrayList<>();
        int n = primero;
        for (Map.Entry<String, Object> e : ambito.entrySet()) {
            partes.add(e.getValue() == null ? e.getKey() + " is null" : e.getKey() + " = ?" + n++);
        }
        return String.join(" and ", partes);
    }

    private static Query parametros(Query consulta, Map<String, Object> ambito, int primero) {
        int n = primero;
        for (Object valor : ambito.values()) {
            if (valor != null) {
                consulta.setParameter(n++, valor);
            }
        }
        return consulta;
    }

    /** The name of a new entry of a level without parent. */
    private String nombre(NivelCatalogo nivel, String nombre, ErroresDeCampo errores) {
        return nombre(nivel, nombre, Map.of(), null, errores);
    }

    /**
     * The name, trimmed: required, within its column's length and not repeated among its siblings (whatever the case
     * of its letters: two entries that read the same would confuse whoever chooses).
     */
    private String nombre(
            NivelCatalogo nivel, String nombre, Map<String, Object> ambito, Long excepto, ErroresDeCampo errores) {
        String limpio = nombre == null ? "" : nombre.strip();
        if (limpio.isEmpty()) {
            errores.anadir("nombre", "catalogo.nombre.obligatorio");
        } else if (limpio.length() > nivel.maxNombre()) {
            errores.anadir("nombre", "catalogo.nombre.largo", nivel.maxNombre(), limpio.length());
        } else if (nombreRepetido(nivel, limpio, ambito, excepto)) {
            errores.anadir("nombre", "catalogo.nombre.repetido", limpio);
        }
        return limpio;
    }

    private boolean nombreRepetido(NivelCatalogo nivel, String nombre, Map<String, Object> ambito, Long excepto) {
        if (nivel == NivelCatalogo.MATERIA) {
            // Materias are shared: their names are unique over all of them. A new one (no id) never matches here:
            // anadirMateria offers an existing materia of that name instead.
            return cuenta(em.createNativeQuery("select count(*) from materia where lower(nombre) = lower(?1)"
                                    + " and id <> (select materia_id from materia_tipo_caso where id = ?2)")
                            .setParameter(1, nombre)
                            .setParameter(2, excepto == null ? -1L : excepto))
                    > 0;
        }
        Query consulta = em.createNativeQuery("select count(*) from " + nivel.tabla() + " where lower("
                        + nivel.columnaNombre() + ") = lower(?1) and id <> ?2 and " + condicion(ambito, 3))
                .setParameter(1, nombre)
                .setParameter(2, excepto == null ? -1L : excepto);
        return cuenta(parametros(consulta, ambito, 3)) > 0;
    }

    /** The código typed (checked) or, with none, one made from the name. Códigos are unique in their table. */
    private String codigo(
            NivelCatalogo nivel, String tabla, String prefijo, String nombre, String tecleado, ErroresDeCampo errores) {
        if (tecleado != null && !tecleado.isBlank()) {
            String codigo = tecleado.strip();
            if (codigo.length() > nivel.maxCodigo()) {
                errores.anadir("codigo", "catalogo.codigo.largo", nivel.maxCodigo(), codigo.length());
            } else if (!CodigosDelCatalogo.FORMA.matcher(codigo).matches()) {
                errores.anadir("codigo", "catalogo.codigo.forma");
            } else if (!codigoLibre(tabla, codigo)) {
                errores.anadir("codigo", "catalogo.codigo.repetido", codigo);
            }
            return codigo;
        }
        return nombre.isEmpty()
                ? ""
                : CodigosDelCatalogo.generar(prefijo, nombre, nivel.maxCodigo(), c -> codigoLibre(tabla, c));
    }

    private boolean codigoLibre(String tabla, String codigo) {
        return cuenta(em.createNativeQuery("select count(*) from " + tabla + " where codigo = ?1")
                        .setParameter(1, codigo))
                == 0;
    }

    private static String texto(String texto, ErroresDeCampo errores) {
        String limpio = texto == null ? "" : texto.strip();
        if (limpio.isEmpty()) {
            errores.anadir("texto", "catalogo.texto.obligatorio");
        } else if (limpio.length() > NivelCatalogo.MAX_TEXTO_RESPUESTA) {
            errores.anadir("texto", "catalogo.texto.largo", NivelCatalogo.MAX_TEXTO_RESPUESTA, limpio.length());
        }
        return limpio;
    }

    /** The row of auditoria_catalogo of this change, in its transaction. */
    private void auditar(String accion, NivelCatalogo nivel, String codigo, String detalle) {
        em.createNativeQuery("""
                        insert into auditoria_catalogo (fecha, actor, direccion, accion, entidad, codigo, detalle)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, Timestamp.from(reloj.instant()))
                .setParameter(2, contexto.getCallerPrincipal().getName())
                .setParameter(3, direccionDeLaPeticion())
                .setParameter(4, accion)
                .setParameter(5, nivel.name())
                .setParameter(6, codigo)
                .setParameter(7, detalle)
                .executeUpdate();
    }

    /** Outside a request (a job, a test without one) there is no address to note. */
    private String direccionDeLaPeticion() {
        try {
            return direccion.direccion().orElse(null);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /**
     * The catalogue's entities are cached and read-only: the changed level is dropped from the cache, and the
     * classification tree from memory ({@link CatalogoEnMemoria}, again when this transaction ends), so that the next
     * read (Nuevo Caso, clasificar) sees the change. Only this server's: another reads the tree again within a minute.
     */
    private void olvidar(NivelCatalogo nivel) {
        var cache = em.getEntityManagerFactory().getCache();
        switch (nivel) {
            case MATERIA -> {
                cache.evict(Materia.class);
                cache.evict(MateriaTipoCaso.class);
                enMemoria.olvidar();
            }
            case CATEGORIA -> {
                cache.evict(Categoria.class);
                enMemoria.olvidar();
            }
            case SUBCATEGORIA -> {
                cache.evict(Subcategoria.class);
                enMemoria.olvidar();
            }
            case TIPO_DOCUMENTO -> cache.evict(TipoDocumento.class);
            default -> {
                // documento_tramite and respuesta_predefinida are read by SQL, never cached.
            }
        }
    }

    private long siguienteId(String secuencia) {
        return ((Number) em.createNativeQuery("select nextval('" + secuencia + "')")
                        .getSingleResult())
                .longValue();
    }

    private static Optional<Object[]> primera(Query consulta) {
        return consulta.setMaxResults(1).getResultList().stream()
                .findFirst()
                .map(f -> f instanceof Object[] varias ? varias : new Object[] {f});
    }

    private static long cuenta(Query consulta) {
        return ((Number) consulta.getSingleResult()).longValue();
    }

    private static String prefijoDeTipo(TipoCaso tipo) {
        return switch (tipo) {
            case CONSULTA -> "CON_";
            case ERROR_INCIDENCIA -> "ERR_";
            case TRAMITE -> "TRA_";
        };
    }

    private static String recorte(String texto, int maximo) {
        return texto.length() <= maximo ? texto : texto.substring(0, maximo);
    }

    private static ErrorDeNegocio modificada(Actual actual) {
        return new ErrorDeNegocio(CodigoError.CATALOGO_MODIFICADO, "catalogo.modificado", actual.nombre());
    }

    private static ErrorDeNegocio noEncontrada(NivelCatalogo nivel, String referencia) {
        return new ErrorDeNegocio(CodigoError.CATALOGO_NO_ENCONTRADO, "catalogo.noEncontrado", referencia);
    }
}

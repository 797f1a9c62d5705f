package es.tgss.casia.catalogo;

import es.tgss.casia.comun.Pagina;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The catalogue as the supervisor administers it: every entry, retired ones too (they can be brought back), in the
 * order Nuevo Caso shows them, with the version a command must send back; and the audit of the changes, newest first,
 * a page at a time. Read by SQL into records: one statement per list.
 */
@Stateless
@RolesAllowed(Rol.Nombre.SUPERVISOR)
public class VistaDelCatalogo {

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    /** The materias a tipo offers, by their row of materia_tipo_caso. */
    public List<EntradaCatalogo> materias(TipoCaso tipo) {
        return entradas(NivelCatalogo.MATERIA, em.createNativeQuery("""
                                select mt.id, mt.version, m.codigo, m.nombre, mt.activa and m.activa, false, null
                                from materia_tipo_caso mt join materia m on m.id = mt.materia_id
                                where mt.tipo_caso = ?1 order by mt.orden, mt.id""").setParameter(1, tipo.name()));
    }

    public List<EntradaCatalogo> categorias(TipoCaso tipo, String materia) {
        return entradas(
                NivelCatalogo.CATEGORIA,
                em.createNativeQuery("""
                                select c.id, c.version, c.codigo, c.nombre, c.activa, false, null
                                from categoria c join materia m on m.id = c.materia_id
                                where c.tipo_caso = ?1 and m.codigo = ?2 order by c.orden, c.id""").setParameter(1, tipo.name()).setParameter(2, materia));
    }

    public List<EntradaCatalogo> subcategorias(String categoria) {
        return entradas(NivelCatalogo.SUBCATEGORIA, em.createNativeQuery("""
                                select s.id, s.version, s.codigo, s.nombre, s.activa, false, null
                                from subcategoria s join categoria c on c.id = s.categoria_id
                                where c.codigo = ?1 order by s.orden, s.id""").setParameter(1, categoria));
    }

    public List<EntradaCatalogo> tiposDocumento() {
        return entradas(NivelCatalogo.TIPO_DOCUMENTO, em.createNativeQuery("""
                        select id, version, codigo, nombre, activo, false, null
                        from tipo_documento order by orden, id"""));
    }

    /** The documents of a subcategoría or, with none given, of the categoría itself (V12). */
    public List<EntradaCatalogo> documentacion(String categoria, String subcategoria) {
        boolean porSubcategoria = subcategoria != null && !subcategoria.isBlank();
        String nivel = porSubcategoria
                ? "join subcategoria n on n.id = d.subcategoria_id"
                : "join categoria n on n.id = d.categoria_id";
        return entradas(
                NivelCatalogo.DOCUMENTO_TRAMITE,
                em.createNativeQuery("select d.id, d.version, null, d.descripcion, d.activo, d.obligatorio, null"
                                + " from documento_tramite d " + nivel + " where n.codigo = ?1 order by d.orden, d.id")
                        .setParameter(1, porSubcategoria ? subcategoria : categoria));
    }

    public List<EntradaCatalogo> respuestasPredefinidas() {
        return entradas(NivelCatalogo.RESPUESTA_PREDEFINIDA, em.createNativeQuery("""
                        select id, version, codigo, titulo, activa, false, texto
                        from respuesta_predefinida order by orden, id"""));
    }

    /** The changes to the catalogue, newest first; page counted from 0. */
    public Pagina<LineaAuditoriaCatalogo> auditoria(int pagina, int tamano) {
        List<?> filas = em.createNativeQuery("""
                        select fecha, actor, direccion, accion, entidad, codigo, detalle from auditoria_catalogo
                        order by fecha desc, id desc""")
                .setFirstResult(Pagina.primera(pagina, tamano))
                .setMaxResults(tamano)
                .getResultList();
        List<LineaAuditoriaCatalogo> lineas = filas.stream()
                .map(Object[].class::cast)
                .map(f -> new LineaAuditoriaCatalogo(
                        instante(f[0]),
                        (String) f[1],
                        (String) f[2],
                        (String) f[3],
                        NivelCatalogo.valueOf((String) f[4]),
                        (String) f[5],
                        (String) f[6]))
                .toList();
        long total = pagina == 0 && lineas.size() < tamano
                ? lineas.size()
                : ((Number) em.createNativeQuery("select count(*) from auditoria_catalogo")
                                .getSingleResult())
                        .longValue();
        return new Pagina<>(lineas, total, pagina, tamano);
    }

    private static List<EntradaCatalogo> entradas(NivelCatalogo nivel, Query consulta) {
        List<?> filas = consulta.getResultList();
        return filas.stream()
                .map(Object[].class::cast)
                .map(f -> new EntradaCatalogo(
                        nivel,
                        ((Number) f[0]).longValue(),
                        ((Number) f[1]).intValue(),
                        (String) f[2],
                        (String) f[3],
                        (Boolean) f[4],
                        (Boolean) f[5],
                        (String) f[6]))
                .toList();
    }

    private static Instant instante(Object fecha) {
        return fecha instanceof Timestamp t
                ? t.toInstant()
                : fecha instanceof OffsetDateTime o ? o.toInstant() : (Instant) fecha;
    }
}

package es.tgss.casia.caso.resolucion;

import es.tgss.casia.almacen.FlujoVerificado;
import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.Avisos;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.HistorialCaso;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.TextosDeAviso;
import es.tgss.casia.caso.justificante.Justificante;
import es.tgss.casia.caso.justificante.Justificantes;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.emision.Cea;
import es.tgss.casia.emision.ClaseDeJustificante;
import es.tgss.casia.emision.DatosResolucion;
import es.tgss.casia.emision.GeneradorDeJustificantes;
import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Issues the Resoluciones de Desistimiento the cierre de oficio left pending, puts them at the autorización's
 * disposal in the Sede Electrónica, and records as rejected those nobody opened in 10 natural days. Called by the
 * nightly job only, in its chunk transactions.
 */
@Stateless
@RolesAllowed(Rol.Nombre.SISTEMA)
public class EmisionDeResoluciones {

    /** Art. 43.2 Ley 39/2015: ten natural days from the puesta a disposición without access is a rejection. */
    public static final Duration PLAZO_DE_COMPARECENCIA = Duration.ofDays(10);

    private static final SecureRandom AZAR = new SecureRandom();

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private GeneradorDeJustificantes generador;

    @Inject
    private Configuracion configuracion;

    @Inject
    private Avisos avisos;

    /**
     * The pending resoluciones after {@code despuesDeId} whose id falls in this partition (id mod particiones), in id
     * order: each partition of the job's step reads its own share by keyset.
     */
    public List<Long> porEmitir(long despuesDeId, int particion, int particiones, int maximo) {
        List<?> ids = em.createNativeQuery("""
                        select id from resolucion_desistimiento
                        where justificante_id is null and id > ?1 and mod(id, ?2) = ?3
                        order by id limit ?4""")
                .setParameter(1, despuesDeId)
                .setParameter(2, particiones)
                .setParameter(3, particion)
                .setParameter(4, maximo)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Makes and seals the PDF of one pending resolución (nothing is stored yet). Empty when it was issued meanwhile
     * (a restarted run): nothing to do.
     */
    public Optional<ResolucionEmitida> generar(long id, Instant ahora) {
        List<?> filas = em.createNativeQuery("""
                        select c.numero, c.fecha_alta, a.numero, a.razon_social, u.nombre || ' ' || u.apellidos,
                               m.nombre, ca.nombre, sc.nombre, c.titulo, r.solicitada, r.ultimo_dia, r.cerrado, c.id,
                               (select mc.texto from mensaje_caso mc
                                 where mc.caso_id = c.id and mc.tipo = 'SOLICITUD_INFORMACION'
                                 order by mc.fecha desc, mc.id desc limit 1)
                        from resolucion_desistimiento r
                        join caso c on c.id = r.caso_id
                        join autorizacion a on a.id = c.autorizacion_id
                        join usuario u on u.id = c.usuario_alta_id
                        join materia m on m.id = c.materia_id
                        join categoria ca on ca.id = c.categoria_id
                        left join subcategoria sc on sc.id = c.subcategoria_id
                        where r.id = ?1 and r.justificante_id is null""").setParameter(1, id).getResultList();
        if (filas.isEmpty()) {
            return Optional.empty();
        }
        Object[] f = (Object[]) filas.get(0);
        DatosResolucion datos = new DatosResolucion(
                (String) f[0],
                instante(f[1]),
                (String) f[2],
                (String) f[3],
                (String) f[4],
                (String) f[5],
                (String) f[6],
                (String) f[7],
                (String) f[8],
                f[13] == null ? "" : (String) f[13],
                instante(f[9]),
                ((Date) f[10]).toLocalDate(),
                instante(f[11]),
                ahora);
        Cea cea = Cea.nuevo(AZAR, LocalDate.ofInstant(ahora, configuracion.zonaHoraria()));
        byte[] pdf = generador.resolucion(datos, cea, Justificantes.urlDeVerificacion(configuracion.urlPublica(), cea));
        return Optional.of(new ResolucionEmitida(id, ((Number) f[12]).longValue(), cea, pdf, ahora));
    }

    /**
     * Stores the resolución as a justificante of its case (with its CEA: anyone can verify it), puts it at the
     * disposal of the autorización in the Sede, writes the history and queues the e-mail that says so, without its
     * content (the notification is practised in the Sede). Refused if it was put at disposal already: the update
     * finds no row and the transaction rolls back, and the unique justificante_id stops a second one anyway.
     */
    public void ponerADisposicion(ResolucionEmitida emitida) {
        Caso caso = em.find(Caso.class, emitida.casoId());
        OffsetDateTime momento = emitida.emision().atOffset(ZoneOffset.UTC);
        Justificante justificante = new Justificante(
                caso,
                ClaseDeJustificante.RESOLUCION_DESISTIMIENTO,
                emitida.cea(),
                emitida.pdf(),
                FlujoVerificado.huella(emitida.pdf()),
                momento);
        em.persist(justificante);
        em.flush();
        int puesta = em.createNativeQuery("""
                        update resolucion_desistimiento set justificante_id = ?1, puesta_disposicion = ?2
                        where id = ?3 and justificante_id is null""")
                .setParameter(1, justificante.getId())
                .setParameter(2, momento)
                .setParameter(3, emitida.id())
                .executeUpdate();
        if (puesta != 1) {
            throw new IllegalStateException("La resolución " + emitida.id() + " ya estaba puesta a disposición");
        }
        em.persist(new HistorialCaso(
                caso,
                Accion.PUESTA_A_DISPOSICION,
                Subestado.DE_OFICIO,
                momento,
                Rol.PRINCIPAL_SISTEMA,
                "Resolución de Desistimiento, CEA " + emitida.cea().id(),
                null));
        avisos.avisar(caso, TextosDeAviso.texto("aviso.resolucionDesistimiento", caso.getNumero()));
    }

    /**
     * Records as rejected (art. 43.2) every notification put at disposal more than 10 natural days before
     * {@code ahora} that nobody opened, with a history line on its case. Rows being opened right now are skipped
     * (locked): the comparecencia wins.
     *
     * @return how many were rejected
     */
    public int rechazarSinComparecencia(Instant ahora) {
        List<?> filas = em.createNativeQuery("""
                        select id, caso_id from resolucion_desistimiento
                        where puesta_disposicion is not null and comparecencia is null and rechazada is null
                          and puesta_disposicion <= ?1
                        order by puesta_disposicion
                        for update skip locked""")
                .setParameter(1, Timestamp.from(ahora.minus(PLAZO_DE_COMPARECENCIA)))
                .getResultList();
        OffsetDateTime momento = ahora.atOffset(ZoneOffset.UTC);
        for (Object fila : filas) {
            Object[] f = (Object[]) fila;
            em.createNativeQuery("update resolucion_desistimiento set rechazada = ?1 where id = ?2")
                    .setParameter(1, momento)
                    .setParameter(2, ((Number) f[0]).longValue())
                    .executeUpdate();
            em.persist(new HistorialCaso(
                    em.find(Caso.class, ((Number) f[1]).longValue()),
                    Accion.NOTIFICACION_RECHAZADA,
                    Subestado.DE_OFICIO,
                    momento,
                    Rol.PRINCIPAL_SISTEMA,
                    "Transcurridos 10 días naturales desde la puesta a disposición sin acceder a su contenido",
                    null));
        }
        return filas.size();
    }

    private static Instant instante(Object valor) {
        return valor instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) valor).toInstant();
    }
}

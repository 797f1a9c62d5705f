package es.tgss.casia.caso.vista;

import es.tgss.casia.almacen.AlmacenDeContenidos;
import es.tgss.casia.almacen.ContenidoGuardado;
import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.caso.CicloDeVidaCaso;
import es.tgss.casia.caso.CriteriosBusqueda;
import es.tgss.casia.caso.EstadoBuscado;
import es.tgss.casia.caso.Llamante;
import es.tgss.casia.caso.Llamantes;
import es.tgss.casia.caso.TipoActor;
import es.tgss.casia.caso.documento.Formato;
import es.tgss.casia.catalogo.Subcategoria;
import es.tgss.casia.comun.Pagina;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.emision.ClaseDeJustificante;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.seguridad.Rol;
import es.tgss.casia.seguridad.Usuario;
import es.tgss.casia.tramitador.Unidad;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the screens and the API read about cases, as read models. Every query carries the access rule in its own
 * WHERE (an autorizado: the autorización en curso, while still a member of it), so a case the caller may not see is
 * "not found", exactly as for the commands. Each list is at most two statements whatever its length (rows and
 * count); a detail is four (case, datos complementarios, documents, justificantes); a download is one. The caller comes from
 * the container.
 */
@Stateless
@RolesAllowed({Rol.Nombre.AUTORIZADO, Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR})
public class VistaDeCasos {

    /** The autorizado's rule, on the alias {@code c} of the case. */
    private static final String DEL_AUTORIZADO = " and c.autorizacion.numero = :autorizacion and exists (select m"
            + " from MiembroAutorizacion m where m.autorizacion = c.autorizacion and m.usuario.login = :login)";

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private Configuracion configuracion;

    @Inject
    private Clock reloj;

    @Resource
    private SessionContext contextoEjb;

    @Inject
    private AlmacenDeContenidos almacen;

    /** Without the membership statement: every query below checks membership itself. */
    @Inject
    private Llamantes llamantes;

    /**
     * Gestión de casos and the bandeja: the dates must fall inside one calendar month (the current one when not
     * given); newest first; counted and paged in the database.
     *
     * @throws ErrorDeNegocio {@code CAMPO_INVALIDO} when the dates are not inside one month
     */
    public Pagina<FilaCaso> buscar(CriteriosBusqueda criterios) {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        YearMonth mes = YearMonth.now(reloj.withZone(configuracion.zonaHoraria()));
        LocalDate desde = criterios.desde() != null
                ? criterios.desde()
                : criterios.hasta() != null ? criterios.hasta().withDayOfMonth(1) : mes.atDay(1);
        LocalDate hasta = criterios.hasta() != null
                ? criterios.hasta()
                : YearMonth.from(desde).atEndOfMonth();
        if (hasta.isBefore(desde)) {
            throw ErrorDeNegocio.enCampo("hasta", "busqueda.hasta.anterior");
        }
        if (!YearMonth.from(desde).equals(YearMonth.from(hasta))) {
            throw ErrorDeNegocio.enCampo("hasta", "busqueda.mismoMes");
        }
        Map<String, Object> parametros = new HashMap<>();
        StringBuilder donde = new StringBuilder(" where c.fechaAlta >= :desde and c.fechaAlta < :hasta");
        parametros.put("desde", desde.atStartOfDay(configuracion.zonaHoraria()).toOffsetDateTime());
        parametros.put(
                "hasta",
                hasta.plusDays(1).atStartOfDay(configuracion.zonaHoraria()).toOffsetDateTime());
        if (llamante.tipo() == TipoActor.AUTORIZADO) {
            donde.append(DEL_AUTORIZADO);
            parametros.put("autorizacion", llamante.autorizacion());
            parametros.put("login", llamante.login());
        } else {
            filtro(donde, parametros, "c.autorizacion.numero", "autorizacion", criterios.autorizacion());
            filtro(donde, parametros, "c.usuarioAlta.nif", "nif", criterios.nifUsuarioAlta());
            filtro(donde, parametros, "c.unidad.codigo", "unidad", criterios.unidad());
        }
        if (criterios.subestado() != null) {
            filtro(donde, parametros, "c.subestado", "subestado", criterios.subestado());
        } else if (criterios.estado() != EstadoBuscado.TODOS) {
            donde.append(" and c.subestado in :subestados");
            parametros.put("subestados", new ArrayList<>(criterios.estado().subestados()));
        }
        filtro(donde, parametros, "c.tipo", "tipo", criterios.tipo());
        filtro(donde, parametros, "c.materia.codigo", "materia", criterios.materia());
        filtro(donde, parametros, "c.usuarioAlta.login", "usuarioAlta", criterios.usuarioAlta());

        TypedQuery<Long> cuenta = em.createQuery("select count(c) from Caso c" + donde, Long.class);
        TypedQuery<FilaCaso> filas =
                em.createQuery("""
                select new es.tgss.casia.caso.vista.FilaCaso(c.numero, c.tipo, c.subestado, c.anulacionPendiente,
                       c.titulo, c.fechaAlta, ma.nombre, ca.nombre, au.numero, ua.login, un.codigo, tr.login)
                from Caso c join c.materia ma join c.categoria ca join c.autorizacion au join c.usuarioAlta ua
                     left join c.unidad un left join c.tramitador tr""" + donde + " order by c.fechaAlta desc, c.id desc", FilaCaso.class);
        parametros.forEach((k, v) -> {
            cuenta.setParameter(k, v);
            filas.setParameter(k, v);
        });
        List<FilaCaso> pagina = filas.setFirstResult(Pagina.primera(criterios.pagina(), criterios.tamano()))
                .setMaxResults(criterios.tamano())
                .getResultList();
        // A short first page is the whole result: no need to count it.
        long total = criterios.pagina() == 0 && pagina.size() < criterios.tamano()
                ? pagina.size()
                : cuenta.getSingleResult();
        if (llamante.tipo() == TipoActor.AUTORIZADO) {
            pagina = pagina.stream().map(FilaCaso::paraElAutorizado).toList();
        }
        return new Pagina<>(pagina, total, criterios.pagina(), criterios.tamano());
    }

    /** "Vence pronto" in the bandeja: this many days or fewer left to provide the information requested. */
    public static final int DIAS_VENCE_PRONTO = 3;

    /**
     * The tramitador's bandeja: the cases of their unidad and those nobody has taken yet (a supervisor: every unidad,
     * or the one chosen), filtered, oldest first unless asked otherwise; counted and paged in the database.
     */
    @RolesAllowed({Rol.Nombre.TRAMITADOR, Rol.Nombre.SUPERVISOR})
    public Pagina<FilaBandeja> bandeja(CriteriosBandeja criterios) {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        Map<String, Object> parametros = new HashMap<>();
        StringBuilder donde = new StringBuilder(" where c.subestado in :subestados");
        parametros.put(
                "subestados",
                new ArrayList<>(
                        criterios.subestado() != null
                                ? List.of(criterios.subestado())
                                : criterios.estado().subestados()));
        if (contextoEjb.isCallerInRole(Rol.Nombre.SUPERVISOR)) {
            filtro(donde, parametros, "un.codigo", "unidad", criterios.unidad());
        } else {
            // A tramitador's own unidad (read in the same statement), and the cases still waiting for someone to
            // take them. On the outer join's variable: "c.unidad is null" would make EclipseLink join unidad again,
            // inner, and lose those cases.
            donde.append(" and (un is null or un.codigo = (select t.unidad.codigo from Tramitador t"
                    + " where t.usuario.login = :yo))");
            parametros.put("yo", llamante.login());
        }
        filtro(donde, parametros, "c.tipo", "tipo", criterios.tipo());
        filtro(donde, parametros, "ma.codigo", "materia", criterios.materia());
        filtro(donde, parametros, "ca.codigo", "categoria", criterios.categoria());
        filtro(donde, parametros, "c.origen", "origen", criterios.origen());
        filtro(donde, parametros, "au.numero", "autorizacion", criterios.autorizacion());
        filtro(
                donde,
                parametros,
                "ua.nif",
                "nif",
                criterios.nifUsuarioAlta() == null
                        ? null
                        : criterios.nifUsuarioAlta().toUpperCase(Locale.ROOT));
        if (criterios.desde() != null) {
            donde.append(" and c.fechaAlta >= :desde");
            parametros.put(
                    "desde",
                    criterios.desde().atStartOfDay(configuracion.zonaHoraria()).toOffsetDateTime());
        }
        if (criterios.hasta() != null) {
            if (criterios.desde() != null && criterios.hasta().isBefore(criterios.desde())) {
                throw ErrorDeNegocio.enCampo("hasta", "busqueda.hasta.anterior");
            }
            donde.append(" and c.fechaAlta < :hasta");
            parametros.put(
                    "hasta",
                    criterios
                            .hasta()
                            .plusDays(1)
                            .atStartOfDay(configuracion.zonaHoraria())
                            .toOffsetDateTime());
        }
        if (criterios.anulacionPendiente()) {
            donde.append(" and c.anulacionPendiente = true");
        }
        if (criterios.vencePronto()) {
            // At most DIAS_VENCE_PRONTO days left, the stored last day included (overdue ones too).
            LocalDate hoy = LocalDate.now(reloj.withZone(CicloDeVidaCaso.ZONA));
            donde.append(" and c.ultimoDiaInformacion < :limiteVence");
            parametros.put("limiteVence", hoy.plusDays(DIAS_VENCE_PRONTO + 1L));
        }
        if (criterios.mios()) {
            donde.append(" and tr.login = :yo");
            parametros.put("yo", llamante.login());
        }
        String desde = """
                 from Caso c join c.materia ma join c.categoria ca join c.autorizacion au join c.usuarioAlta ua
                     left join c.unidad un left join c.tramitador tr""";
        TypedQuery<Long> cuenta = em.createQuery("select count(c)" + desde + donde, Long.class);
        String orden =
                criterios.recientesPrimero() ? " order by c.fechaAlta desc, c.id desc" : " order by c.fechaAlta, c.id";
        TypedQuery<FilaBandeja> filas = em.createQuery("""
                select new es.tgss.casia.caso.vista.FilaBandeja(c.numero, c.version, c.tipo, c.origen, c.subestado,
                       c.anulacionPendiente, c.titulo, c.fechaAlta, ma.nombre, ca.nombre, au.numero, ua.nif, un.codigo,
                       tr.login, c.ultimoDiaInformacion)""" + desde + donde + orden, FilaBandeja.class);
        parametros.forEach((k, v) -> {
            cuenta.setParameter(k, v);
            filas.setParameter(k, v);
        });
        List<FilaBandeja> pagina = filas.setFirstResult(Pagina.primera(criterios.pagina(), criterios.tamano()))
                .setMaxResults(criterios.tamano())
                .getResultList();
        long total = criterios.pagina() == 0 && pagina.size() < criterios.tamano()
                ? pagina.size()
                : cuenta.getSingleResult();
        return new Pagina<>(pagina, total, criterios.pagina(), criterios.tamano());
    }

    /** The case with its datos complementarios and documents; "not found" for a case the caller may not see. */
    public DetalleCaso detalle(String numero) {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        TypedQuery<DetalleCaso.Cabecera> consulta = em.createQuery("""
                select new es.tgss.casia.caso.vista.DetalleCaso$Cabecera(c.numero, c.version, c.tipo, c.origen,
                       c.subestado, c.anulacionPendiente, c.anulacionAutomatica, c.titulo, c.descripcion,
                       c.afectaPeriodoEnCurso, c.fechaAlta, ma.nombre, ca.nombre, sc.nombre, au.numero, au.razonSocial,
                       ua.nif, concat(ua.nombre, ' ', ua.apellidos), un.codigo, tr.login, c.respuesta, c.valoracion,
                       c.fechaUltimaSolicitud, c.ultimoDiaInformacion, c.fechaCierre)
                from Caso c join c.materia ma join c.categoria ca join c.autorizacion au join c.usuarioAlta ua
                     left join c.subcategoria sc left join c.unidad un left join c.tramitador tr
                where c.numero = :numero""" + acceso(llamante), DetalleCaso.Cabecera.class);
        DetalleCaso.Cabecera cabecera = parametros(consulta, llamante, numero)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> noEncontrado(numero));
        List<DatoVisible> datos = em.createQuery("""
                        select new es.tgss.casia.caso.vista.DatoVisible(d.ccc, d.naf, d.tipoIpf, d.ipf, d.numeroEnvio,
                               d.numeroLiquidacion, d.tipoLiquidacion, d.periodoDesde, d.periodoHasta)
                        from Caso c join c.datosComplementarios d where c.numero = :numero order by index(d)""", DatoVisible.class)
                .setParameter("numero", cabecera.numero())
                .getResultList();
        return completar(llamante, cabecera, datos);
    }

    /**
     * The detail of a case the caller has just created, in the transaction that created it, as {@link #detalle} would
     * read it back: the case's fields and datos complementarios from the entity in hand rather than two queries back
     * (the API's alta answers with the detail, and the header's eight-table join was the dearest statement of an alta),
     * the documents and justificantes by their queries. AltaApiIT checks that the alta's answer and a later read are
     * the same.
     */
    public DetalleCaso detalleDelAlta(Caso caso) {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        // The insert gives the case its version; the documents and justificantes are read by the queries below.
        em.flush();
        Usuario alta = caso.getUsuarioAlta();
        DetalleCaso.Cabecera cabecera = new DetalleCaso.Cabecera(
                caso.getNumero(),
                caso.getVersion(),
                caso.getTipo(),
                caso.getOrigen(),
                caso.getSubestado(),
                caso.isAnulacionPendiente(),
                caso.isAnulacionAutomatica(),
                caso.getTitulo(),
                caso.getDescripcion(),
                caso.isAfectaPeriodoEnCurso(),
                caso.getFechaAlta(),
                caso.getMateria().getNombre(),
                caso.getCategoria().getNombre(),
                caso.getSubcategoria().map(Subcategoria::getNombre).orElse(null),
                caso.getAutorizacion().getNumero(),
                caso.getAutorizacion().getRazonSocial(),
                alta.getNif(),
                alta.getNombre() + " " + alta.getApellidos(),
                caso.getUnidad().map(Unidad::getCodigo).orElse(null),
                caso.getTramitador().map(Usuario::getLogin).orElse(null),
                caso.getRespuesta().orElse(null),
                caso.getValoracion().orElse(null),
                caso.getFechaUltimaSolicitud().orElse(null),
                caso.getUltimoDiaInformacion().orElse(null),
                caso.getFechaCierre().orElse(null));
        List<DatoVisible> datos = caso.getDatosComplementarios().stream()
                .map(d -> new DatoVisible(
                        d.getCcc(),
                        d.getNaf(),
                        d.getTipoIpf(),
                        d.getIpf(),
                        d.getNumeroEnvio(),
                        d.getNumeroLiquidacion(),
                        d.getTipoLiquidacion(),
                        d.getPeriodoDesde(),
                        d.getPeriodoHasta()))
                .toList();
        return completar(llamante, cabecera, datos);
    }

    /** The documents and justificantes of the case, and what of it the caller may see. */
    private DetalleCaso completar(Llamante llamante, DetalleCaso.Cabecera cabecera, List<DatoVisible> datos) {
        List<DocumentoVisible> documentos = em.createQuery("""
                        select new es.tgss.casia.caso.vista.DocumentoVisible(d.id, td.nombre, d.titulo,
                               d.nombreFichero, d.formato, d.tamano, d.huellaSha256, d.autor, d.fecha)
                        from DocumentoCaso d join d.tipoDocumento td where d.caso.numero = :numero
                        order by d.fecha, d.id""", DocumentoVisible.class)
                .setParameter("numero", cabecera.numero())
                .getResultList();
        List<JustificanteVisible> justificantes = em.createQuery("""
                        select new es.tgss.casia.caso.vista.JustificanteVisible(j.id, j.clase, j.emitido, j.ceaId,
                               j.ceaFecha, j.tamano)
                        from Justificante j where j.caso.numero = :numero order by j.emitido, j.id""", JustificanteVisible.class)
                .setParameter("numero", cabecera.numero())
                .getResultList();
        LocalDate ultimoDia = cabecera.ultimoDiaInformacion();
        boolean autorizado = llamante.tipo() == TipoActor.AUTORIZADO;
        // The autorizado reaches the Resolución de Desistimiento through the Sede inbox only: opening it is the
        // comparecencia that practises its notification, which a download from here would bypass.
        boolean resolucionEnSede = autorizado
                && justificantes.stream().anyMatch(j -> j.clase() == ClaseDeJustificante.RESOLUCION_DESISTIMIENTO);
        if (autorizado) {
            justificantes = justificantes.stream()
                    .filter(j -> j.clase() != ClaseDeJustificante.RESOLUCION_DESISTIMIENTO)
                    .toList();
        }
        return new DetalleCaso(
                autorizado ? cabecera.paraElAutorizado() : cabecera,
                datos,
                documentos,
                justificantes,
                ultimoDia,
                resolucionEnSede);
    }

    /** Consulta de Histórico, oldest first. Every case has its alta in it, so no line means "not found". */
    public List<LineaHistorial> historial(String numero) {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        TypedQuery<LineaHistorial> consulta =
                em.createQuery("""
                select new es.tgss.casia.caso.vista.LineaHistorial(h.accion, h.subestado, h.fecha, h.actor,
                       h.observacion, h.direccion)
                from HistorialCaso h join h.caso c where c.numero = :numero""" + acceso(llamante) + " order by h.fecha, h.id", LineaHistorial.class);
        List<LineaHistorial> lineas = parametros(consulta, llamante, numero).getResultList();
        if (lineas.isEmpty()) {
            throw noEncontrado(numero);
        }
        // The TGSS's internal notes are not lines of the autorizado's history: they changed nothing of the case.
        return llamante.tipo() == TipoActor.AUTORIZADO
                ? lineas.stream()
                        .filter(l -> l.accion() != Accion.NOTA_INTERNA)
                        .map(LineaHistorial::paraElAutorizado)
                        .toList()
                : lineas;
    }

    /** The messages of the case, oldest first; an autorizado never sees internal notes. */
    public List<MensajeVisible> mensajes(String numero) {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        TypedQuery<Long> existe =
                em.createQuery("select count(c) from Caso c where c.numero = :numero" + acceso(llamante), Long.class);
        if (parametros(existe, llamante, numero).getSingleResult() == 0) {
            throw noEncontrado(numero);
        }
        return em.createQuery("""
                        select new es.tgss.casia.caso.vista.MensajeVisible(m.tipo, m.texto, m.autor, m.fecha)
                        from MensajeCaso m where m.caso.numero = :numero and (m.interno = false or :tgss = true)
                        order by m.fecha, m.id""", MensajeVisible.class)
                .setParameter("numero", limpio(numero))
                .setParameter("tgss", llamante.tipo() != TipoActor.AUTORIZADO)
                .getResultList();
    }

    /**
     * One document, found by the same statement that checks the caller may see its case: a document id of another
     * case is "not found", as a case the caller may not see. Its bytes are read only when the download opens them.
     */
    public DescargaDocumento contenido(String numero, long idDocumento) {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        TypedQuery<Object[]> consulta = em.createQuery("""
                select d.nombreFichero, d.formato, d.referencia, d.huellaSha256, d.tamano
                from DocumentoCaso d join d.caso c
                where d.id = :id and c.numero = :numero""" + acceso(llamante), Object[].class);
        Object[] fila = parametros(consulta, llamante, numero)
                .setParameter("id", idDocumento)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> noEncontrado(numero));
        return new DescargaDocumento(
                (String) fila[0],
                (Formato) fila[1],
                new ContenidoGuardado((String) fila[2], (String) fila[3], ((Number) fila[4]).longValue()),
                almacen);
    }

    /**
     * A justificante's PDF, read in the statement that checks the caller may see its case: the id of another
     * case's justificante is "not found".
     */
    public DescargaJustificante justificante(String numero, long idJustificante) {
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        TypedQuery<Object[]> consulta =
                em.createQuery("""
                select j.huellaSha256, j.pdf from Justificante j join j.caso c
                where j.id = :id and c.numero = :numero""" + acceso(llamante) + sinResolucion(llamante), Object[].class);
        Object[] fila = parametros(consulta, llamante, numero)
                .setParameter("id", idJustificante)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> noEncontrado(numero));
        return new DescargaJustificante(
                DescargaJustificante.nombreFichero(limpio(numero), idJustificante), (String) fila[0], (byte[]) fila[1]);
    }

    /**
     * An autorizado downloads the Resolución de Desistimiento from the Sede inbox only ({@code SedeElectronica}),
     * where opening it records the comparecencia: here it is "not found" to them, like any justificante they may not
     * have.
     */
    private static String sinResolucion(Llamante llamante) {
        return llamante.tipo() == TipoActor.AUTORIZADO
                ? " and j.clase <> es.tgss.casia.emision.ClaseDeJustificante.RESOLUCION_DESISTIMIENTO"
                : "";
    }

    private static String acceso(Llamante llamante) {
        return llamante.tipo() == TipoActor.AUTORIZADO ? DEL_AUTORIZADO : "";
    }

    private static <T> TypedQuery<T> parametros(TypedQuery<T> consulta, Llamante llamante, String numero) {
        consulta.setParameter("numero", limpio(numero));
        if (llamante.tipo() == TipoActor.AUTORIZADO) {
            consulta.setParameter("autorizacion", llamante.autorizacion());
            consulta.setParameter("login", llamante.login());
        }
        return consulta;
    }

    private static String limpio(String numero) {
        return numero == null ? "" : numero.strip();
    }

    /** The same answer whether the case does not exist or is someone else's: nobody learns that it exists. */
    private static ErrorDeNegocio noEncontrado(String numero) {
        return new ErrorDeNegocio(CodigoError.CASO_NO_ENCONTRADO, "caso.noEncontrado", limpio(numero));
    }

    private static void filtro(
            StringBuilder donde, Map<String, Object> parametros, String ruta, String nombre, Object valor) {
        if (valor != null && !(valor instanceof String s && s.isBlank())) {
            donde.append(" and ").append(ruta).append(" = :").append(nombre);
            parametros.put(nombre, valor instanceof String s ? s.strip() : valor);
        }
    }
}

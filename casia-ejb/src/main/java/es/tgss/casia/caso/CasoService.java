package es.tgss.casia.caso;

import es.tgss.casia.almacen.AlmacenDeContenidos;
import es.tgss.casia.autorizacion.Autorizacion;
import es.tgss.casia.autorizacion.AutorizacionService;
import es.tgss.casia.autorizacion.MiembroAutorizacion;
import es.tgss.casia.calendario.Calendario;
import es.tgss.casia.calendario.DiasInhabiles;
import es.tgss.casia.caso.documento.DocumentoComprobado;
import es.tgss.casia.caso.documento.DocumentosCaso;
import es.tgss.casia.caso.documento.NuevoDocumento;
import es.tgss.casia.caso.justificante.Justificantes;
import es.tgss.casia.catalogo.CatalogoService;
import es.tgss.casia.catalogo.Clasificacion;
import es.tgss.casia.catalogo.ResultadoClasificacion;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.catalogo.TipoDocumento;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.emision.ClaseDeJustificante;
import es.tgss.casia.emision.DocumentoDelJustificante;
import es.tgss.casia.emision.GeneradorDeJustificantes;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.ErroresDeCampo;
import es.tgss.casia.seguridad.Rol;
import es.tgss.casia.seguridad.Usuario;
import es.tgss.casia.seguridad.UsuarioService;
import es.tgss.casia.tramitador.Tramitador;
import es.tgss.casia.tramitador.TramitadorService;
import es.tgss.casia.tramitador.Unidad;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every action on cases. The caller is the container's: {@code @RolesAllowed} says which roles may call each
 * method, and {@link Llamantes} reads the login and, for an autorizado, the autorización en curso (refused unless
 * the caller belongs to it). Each method checks that the caller may see the case (an autorizado only the cases of
 * that autorización, answered "not found" otherwise), asks the case for the transition, and in the same
 * transaction writes the history row and queues the notice. The rules themselves live in {@link CicloDeVidaCaso}
 * and {@link ValidacionNuevoCaso}. What the screens read about cases comes from
 * {@link es.tgss.casia.caso.vista.VistaDeCasos}, as read models.
 */
@Stateless
public class CasoService {

    private static final String AUTORIZADO = Rol.Nombre.AUTORIZADO;
    private static final String TRAMITADOR = Rol.Nombre.TRAMITADOR;
    private static final String SUPERVISOR = Rol.Nombre.SUPERVISOR;
    private static final Logger LOG = Logger.getLogger(CasoService.class.getName());
    private static final DateTimeFormatter DD_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Resource
    private SessionContext contextoEjb;

    @Inject
    private Llamantes llamantes;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Inject
    private AutorizacionService autorizaciones;

    @Inject
    private UsuarioService usuarios;

    @Inject
    private TramitadorService tramitadores;

    @Inject
    private CatalogoService catalogo;

    @Inject
    private Avisos avisos;

    @Inject
    private Configuracion configuracion;

    @Inject
    private Clock reloj;

    @Inject
    private NumeracionDeCasos numeracion;

    @Inject
    private GeneradorDeJustificantes generador;

    @Inject
    private AlmacenDeContenidos almacen;

    @Inject
    private DiasInhabiles diasInhabiles;

    /** The documents of the cases this service has checked access to. */
    private DocumentosCaso documentos;

    private Justificantes justificantes;

    @PostConstruct
    void iniciar() {
        documentos = new DocumentosCaso(em, catalogo, configuracion, almacen);
        justificantes = new Justificantes(em, generador, configuracion.urlPublica(), configuracion.zonaHoraria());
    }

    // ---- Alta --------------------------------------------------------------------------------------------

    /**
     * Finalizar Alta. Sending the same form twice (same token) creates one case and returns it both times.
     *
     * @throws ErrorDeNegocio {@code CAMPO_INVALIDO}, one message per wrong field, nothing stored
     */
    @RolesAllowed(AUTORIZADO)
    public Caso finalizarAlta(NuevoCaso nuevo) {
        // The membership is read here anyway (the case records who filed it): it is the check.
        Llamante llamante = llamantes.actualSinComprobarPertenencia(contextoEjb);
        MiembroAutorizacion miembro = autorizaciones
                .elegir(llamante.autorizacion())
                .orElseThrow(() -> new ErrorDeNegocio(
                        CodigoError.ACCESO_NO_PERMITIDO, "acceso.noDeAlta", llamante.autorizacion()));
        Autorizacion autorizacion = miembro.getAutorizacion();
        String token = nuevo.tokenAlta() == null || nuevo.tokenAlta().isBlank()
                ? null
                : nuevo.tokenAlta().strip();
        if (token != null) {
            // Two copies of one submission arriving at once: the second waits here for the first to commit, then
            // finds its case (the unique constraint alone would give the second a server error). The lock is on
            // this autorización's token only, so the altas of one gestoría still run side by side.
            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                    .setParameter(1, "alta:" + autorizacion.getNumero() + ":" + token)
                    .getSingleResult();
            Optional<Caso> yaDadoDeAlta = em.createNamedQuery(Caso.POR_TOKEN, Caso.class)
                    .setParameter("autorizacion", autorizacion)
                    .setParameter("token", token)
                    .getResultStream()
                    .findFirst();
            if (yaDadoDeAlta.isPresent()) {
                return yaDadoDeAlta.get();
            }
        }
        Comprobado c = comprobar(nuevo, true, new ErroresDeCampo());
        // To the microsecond PostgreSQL keeps: the case in hand says what a later read says
        // (VistaDeCasos.detalleDelAlta).
        Instant ahora = reloj.instant().truncatedTo(ChronoUnit.MICROS);
        Transicion t = CicloDeVidaCaso.crear(
                Accion.FINALIZAR_ALTA, TipoActor.AUTORIZADO, contexto(ahora, nuevo.tipo() == TipoCaso.TRAMITE));
        Apertura apertura =
                new Apertura(numeracion.siguiente(ahora), autorizacion, Origen.AUTORIZADO, miembro.getUsuario(), token);
        Caso caso = new Caso(apertura, nuevo, c.clasificacion(), c.datos(), ahora, t);
        em.persist(caso);
        documentos.guardar(caso, c.documentos(), llamante.login(), ahora.atOffset(ZoneOffset.UTC), true);
        registrar(caso, Accion.FINALIZAR_ALTA, llamante, ahora, null);
        efectuar(
                caso,
                null,
                t,
                TextosDeAviso.texto("aviso.alta", caso.getNumero(), nuevo.tipo().etiqueta()),
                c.documentos(),
                ahora);
        return caso;
    }

    /**
     * A tramitador opens a case towards an autorización: it starts in Solicitada Información, with the request.
     */
    @RolesAllowed({TRAMITADOR, SUPERVISOR})
    public Caso abrirPorTgss(String numeroAutorizacion, NuevoCaso nuevo, String solicitud) {
        Llamante llamante = llamantes.actual(contextoEjb);
        // Every wrong field at once, the autorización and the request with the case's own: one round of corrections.
        ErroresDeCampo errores = new ErroresDeCampo();
        Optional<Autorizacion> encontrada = Optional.empty();
        if (numeroAutorizacion == null || numeroAutorizacion.isBlank()) {
            errores.anadir("autorizacion", "caso.autorizacion.obligatoria");
        } else {
            encontrada = autorizaciones.buscarPorNumero(numeroAutorizacion.strip());
            if (encontrada.isEmpty()) {
                errores.anadir("autorizacion", "caso.autorizacion.noExiste", numeroAutorizacion.strip());
            }
        }
        try {
            exigirTexto("solicitud", "caso.solicitud.obligatoria", solicitud);
        } catch (ErrorDeNegocio e) {
            errores.anadirTodos(e.errores());
        }
        Comprobado c = comprobar(nuevo, false, errores);
        Autorizacion autorizacion = encontrada.orElseThrow(); // comprobar threw if it was not found
        Instant ahora = reloj.instant();
        Transicion t = CicloDeVidaCaso.crear(
                Accion.ABRIR_POR_TGSS, TipoActor.TRAMITADOR, contexto(ahora, nuevo.tipo() == TipoCaso.TRAMITE));
        Usuario tramitador = usuarios.actual();
        Apertura apertura = new Apertura(numeracion.siguiente(ahora), autorizacion, Origen.TGSS, tramitador, null);
        Caso caso = new Caso(apertura, nuevo, c.clasificacion(), c.datos(), ahora, t);
        tramitadores.buscarPorLogin(llamante.login()).ifPresent(tr -> caso.asignarA(tramitador, tr.getUnidad()));
        em.persist(caso);
        documentos.guardar(caso, c.documentos(), llamante.login(), ahora.atOffset(ZoneOffset.UTC), true);
        mensaje(caso, TipoMensaje.SOLICITUD_INFORMACION, solicitud, llamante, ahora);
        registrar(caso, Accion.ABRIR_POR_TGSS, llamante, ahora, solicitud);
        efectuar(
                caso,
                null,
                t,
                TextosDeAviso.texto(
                        "aviso.aperturaTgss",
                        caso.getNumero(),
                        solicitud.strip(),
                        Integer.toString(CicloDeVidaCaso.DIAS_PLAZO_INFORMACION),
                        ultimoDiaParaResponder(caso)),
                c.documentos(),
                ahora);
        return caso;
    }

    // ---- Tramitador ------------------------------------------------------------------------------------

    /**
     * Take the case (asignado = null, or oneself) or, a supervisor only, assign it to another tramitador, who then
     * works it in their unidad.
     */
    @RolesAllowed({TRAMITADOR, SUPERVISOR})
    public Caso asignar(String numero, int version, String asignado) {
        Llamante llamante = llamantes.actual(contextoEjb);
        boolean aOtro = asignado != null && !asignado.equals(llamante.login());
        if (aOtro && !contextoEjb.isCallerInRole(SUPERVISOR)) {
            throw new ErrorDeNegocio(CodigoError.ACCESO_NO_PERMITIDO, "caso.asignar.soloSupervisor");
        }
        Tramitador destino = tramitadorActivo(aOtro ? asignado : llamante.login());
        return actuar(llamante, numero, version, Accion.ASIGNAR, null, (caso, ahora) -> {
            caso.asignarA(destino.getUsuario(), destino.getUnidad());
            return Anotacion.solo("Asignado a " + destino.getUsuario().getLogin());
        });
    }

    /**
     * A supervisor passes a case that is already being worked (not Presentado: that one is assigned) to another
     * tramitador, who works it in their unidad. History row; the autorizado is not told (nothing changes for them).
     * Supervisors only (DESIGN.md): a tramitador assigns a case that is waiting ({@link #asignar}), not one a
     * colleague is working.
     */
    @RolesAllowed(SUPERVISOR)
    public Caso reasignar(String numero, int version, String tramitador) {
        Llamante llamante = llamantes.actual(contextoEjb);
        Tramitador destino = tramitadorActivo(tramitador);
        return actuar(llamante, numero, version, Accion.REASIGNAR, null, (caso, ahora) -> {
            caso.asignarA(destino.getUsuario(), destino.getUnidad());
            return Anotacion.solo("Reasignado a " + destino.getUsuario().getLogin());
        });
    }

    /** Whom a case may go to: a tramitador whose user is active (someone who left keeps no cases). */
    private Tramitador tramitadorActivo(String login) {
        return tramitadores
                .buscarPorLogin(login)
                .filter(t -> t.getUsuario().isActivo())
                .orElseThrow(
                        () -> ErrorDeNegocio.enCampo("tramitador", "caso.tramitador.noExiste", String.valueOf(login)));
    }

    @RolesAllowed({TRAMITADOR, SUPERVISOR})
    public Caso solicitarInformacion(String numero, int version, String solicitud) {
        Llamante llamante = llamantes.actual(contextoEjb);
        exigirTexto("solicitud", "caso.solicitud.obligatoria", solicitud);
        return actuar(llamante, numero, version, Accion.SOLICITAR_INFORMACION, null, (caso, ahora) -> {
            mensaje(caso, TipoMensaje.SOLICITUD_INFORMACION, solicitud, llamante, ahora);
            return new Anotacion(
                    solicitud,
                    TextosDeAviso.texto(
                            "aviso.solicitudInformacion",
                            numero,
                            solicitud.strip(),
                            Integer.toString(CicloDeVidaCaso.DIAS_PLAZO_INFORMACION),
                            ultimoDiaParaResponder(caso)));
        });
    }

    @RolesAllowed({TRAMITADOR, SUPERVISOR})
    public Caso escalar(String numero, int version, String motivo) {
        Llamante llamante = llamantes.actual(contextoEjb);
        return actuar(llamante, numero, version, Accion.ESCALAR, null, (caso, ahora) -> {
            notaInterna(caso, motivo, llamante, ahora);
            return Anotacion.solo(motivo);
        });
    }

    /** Transfers the case to another unidad (internal: the autorizado sees only "Transferido"). */
    @RolesAllowed({TRAMITADOR, SUPERVISOR})
    public Caso transferir(String numero, int version, String codigoUnidad, String motivo) {
        Llamante llamante = llamantes.actual(contextoEjb);
        Unidad destino = em.createQuery("select u from Unidad u where u.codigo = :codigo", Unidad.class)
                .setParameter("codigo", codigoUnidad)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> ErrorDeNegocio.enCampo("unidad", "caso.unidad.noExiste", String.valueOf(codigoUnidad)));
        return actuar(llamante, numero, version, Accion.TRANSFERIR, null, (caso, ahora) -> {
            caso.asignarA(null, destino);
            notaInterna(caso, motivo, llamante, ahora);
            return Anotacion.solo("Transferido a " + destino.getCodigo());
        });
    }

    @RolesAllowed({TRAMITADOR, SUPERVISOR})
    public Caso resolver(String numero, int version, String respuesta) {
        Llamante llamante = llamantes.actual(contextoEjb);
        exigirTexto("respuesta", "caso.respuesta.obligatoria", respuesta);
        return actuar(llamante, numero, version, Accion.RESOLVER, null, (caso, ahora) -> {
            caso.responder(respuesta.strip());
            mensaje(caso, TipoMensaje.RESPUESTA, respuesta, llamante, ahora);
            return new Anotacion(null, TextosDeAviso.texto("aviso.resuelto", numero));
        });
    }

    @RolesAllowed({TRAMITADOR, SUPERVISOR})
    public Caso aprobarAnulacion(String numero, int version) {
        Llamante llamante = llamantes.actual(contextoEjb);
        return actuar(llamante, numero, version, Accion.APROBAR_ANULACION, null, (caso, ahora) -> {
            return new Anotacion(null, TextosDeAviso.texto("aviso.anulacionAprobada", numero));
        });
    }

    @RolesAllowed({TRAMITADOR, SUPERVISOR})
    public Caso rechazarAnulacion(String numero, int version, String motivos) {
        Llamante llamante = llamantes.actual(contextoEjb);
        exigirTexto("motivos", "caso.motivos.obligatorios", motivos);
        return actuar(llamante, numero, version, Accion.RECHAZAR_ANULACION, null, (caso, ahora) -> {
            mensaje(caso, TipoMensaje.RECHAZO_ANULACION, motivos, llamante, ahora);
            // Still waiting for the information: the rule restarted the 20 days, the notice says until when.
            String plazo = caso.getUltimoDiaInformacion()
                    .map(ultimo -> TextosDeAviso.texto(
                            "aviso.anulacionRechazada.plazo",
                            Integer.toString(CicloDeVidaCaso.DIAS_PLAZO_INFORMACION),
                            ultimo.format(DD_MM_AAAA)))
                    .orElse("");
            return new Anotacion(
                    motivos, TextosDeAviso.texto("aviso.anulacionRechazada", numero, motivos.strip()) + plazo);
        });
    }

    /**
     * Añadir nota interna: for the TGSS only, never shown to the autorizado nor mailed. It changes nothing of the case,
     * so it takes no version and does not refuse (nor is refused by) someone acting on the case at that moment.
     */
    @RolesAllowed({TRAMITADOR, SUPERVISOR})
    public void anadirNotaInterna(String numero, String nota) {
        Llamante llamante = llamantes.actual(contextoEjb);
        exigirTexto("nota", "caso.nota.obligatoria", nota);
        Caso caso = cargar(llamante, numero);
        Instant ahora = reloj.instant();
        caso.aplicar(Accion.NOTA_INTERNA, llamante.tipo(), contexto(ahora, caso.getTipo() == TipoCaso.TRAMITE));
        mensaje(caso, TipoMensaje.NOTA_INTERNA, nota, llamante, ahora);
        registrar(caso, Accion.NOTA_INTERNA, llamante, ahora, nota);
    }

    /** Changes materia/categoría/subcategoría for the case's tipo; the autorizado is told. */
    @RolesAllowed({TRAMITADOR, SUPERVISOR})
    public Caso reclasificar(String numero, int version, String materia, String categoria, String subcategoria) {
        Llamante llamante = llamantes.actual(contextoEjb);
        Caso actual = cargar(llamante, numero);
        ResultadoClasificacion resultado = catalogo.clasificar(actual.getTipo(), materia, categoria, subcategoria);
        Clasificacion nueva = resultado.clasificacion().orElseThrow(() -> ErrorDeNegocio.enCampos(resultado.errores()));
        return actuar(llamante, numero, version, Accion.RECLASIFICAR, null, (caso, ahora) -> {
            String anterior = caso.getMateria().getNombre() + " > "
                    + caso.getCategoria().getNombre()
                    + caso.getSubcategoria().map(s -> " > " + s.getNombre()).orElse("");
            caso.clasificar(nueva);
            String texto = nueva.materia().getNombre() + " > "
                    + nueva.categoria().getNombre()
                    + nueva.subcategoria().map(s -> " > " + s.getNombre()).orElse("");
            return new Anotacion(texto, TextosDeAviso.texto("aviso.reclasificado", numero, anterior, texto));
        });
    }

    // ---- Autorizado ------------------------------------------------------------------------------------

    /**
     * Modificar Información: adds information, documents or both; from Solicitada Información it goes back to the
     * tramitador. Documents added to a Trámite call for a justificante de documentación complementaria.
     */
    @RolesAllowed(AUTORIZADO)
    public Caso modificarInformacion(String numero, int version, String informacion, List<NuevoDocumento> anexos) {
        Llamante llamante = llamantes.actual(contextoEjb);
        List<NuevoDocumento> nuevos = anexos == null ? List.of() : anexos;
        boolean hayTexto = informacion != null && !informacion.isBlank();
        if (hayTexto || nuevos.isEmpty()) {
            exigirTexto("informacion", "caso.informacion.obligatoria", informacion);
        }
        return actuar(
                llamante, numero, version, Accion.MODIFICAR_INFORMACION, null, !nuevos.isEmpty(), (caso, ahora) -> {
                    ErroresDeCampo errores = new ErroresDeCampo();
                    List<DocumentoComprobado> validos =
                            documentos.comprobar(nuevos, documentos.bytesGuardados(caso), errores);
                    errores.lanzarSiHay();
                    documentos.guardar(caso, validos, llamante.login(), ahora.atOffset(ZoneOffset.UTC), false);
                    if (hayTexto) {
                        mensaje(caso, TipoMensaje.APORTACION, informacion, llamante, ahora);
                    }
                    StringBuilder anotacion = new StringBuilder(hayTexto ? informacion.strip() : "");
                    for (DocumentoComprobado d : validos) {
                        anotacion
                                .append(anotacion.isEmpty() ? "" : "\n")
                                .append("Documento anexado: ")
                                .append(d.titulo());
                    }
                    return new Anotacion(anotacion.toString(), null, validos);
                });
    }

    /** Solicitar Anulación: immediate while Presentado, otherwise pending the tramitador's decision. */
    @RolesAllowed(AUTORIZADO)
    public Caso solicitarAnulacion(String numero, int version, String motivo) {
        Llamante llamante = llamantes.actual(contextoEjb);
        return actuar(llamante, numero, version, Accion.SOLICITAR_ANULACION, null, (caso, ahora) -> {
            if (motivo != null && !motivo.isBlank()) {
                mensaje(caso, TipoMensaje.MOTIVO_ANULACION, motivo, llamante, ahora);
            }
            return new Anotacion(motivo, TextosDeAviso.texto("aviso.anulado", numero));
        });
    }

    /** Valoración 1–5 with observaciones, once, on a closed case. */
    @RolesAllowed(AUTORIZADO)
    public Caso valorar(String numero, int version, Integer puntuacion, String observaciones) {
        Llamante llamante = llamantes.actual(contextoEjb);
        if (observaciones != null && observaciones.strip().length() > Caso.MAX_OBSERVACIONES_VALORACION) {
            throw ErrorDeNegocio.enCampo(
                    "observaciones", "caso.observaciones.largas", Caso.MAX_OBSERVACIONES_VALORACION);
        }
        return actuar(llamante, numero, version, Accion.VALORAR, puntuacion, (caso, ahora) -> {
            caso.valorar(puntuacion, observaciones == null || observaciones.isBlank() ? null : observaciones.strip());
            return Anotacion.solo("Valoración " + puntuacion);
        });
    }

    // ---- System --------------------------------------------------------------------------------------

    /** A case due for cierre de oficio, as the nightly reader walks them: by (ultimoDia, id). */
    public record Vencido(LocalDate ultimoDia, long id, String numero) {}

    /**
     * The cases due on the night of {@code fechaReferencia} (their last day to answer is before it), in (ultimoDia,
     * id) order after the given key, at most {@code maximo}: the nightly reader walks them by keyset, so that cases it
     * could not close do not hide the rest and a restart goes on from its checkpoint. Read through the partial index
     * ix_caso_vencimiento (V16), a range scan whatever the size of caso.
     */
    @RolesAllowed(Rol.Nombre.SISTEMA)
    public List<Vencido> vencidos(LocalDate fechaReferencia, LocalDate despuesDeDia, long despuesDeId, int maximo) {
        List<?> filas = em.createNativeQuery("""
                        select ultimo_dia_informacion, id, numero from caso
                        where ultimo_dia_informacion < ?1
                          and (ultimo_dia_informacion, id) > (?2, ?3)
                        order by ultimo_dia_informacion, id
                        limit ?4""")
                .setParameter(1, fechaReferencia)
                .setParameter(2, despuesDeDia)
                .setParameter(3, despuesDeId)
                .setParameter(4, maximo)
                .getResultList();
        return filas.stream()
                .map(Object[].class::cast)
                .map(f -> new Vencido(((java.sql.Date) f[0]).toLocalDate(), ((Number) f[1]).longValue(), (String) f[2]))
                .toList();
    }

    /**
     * The nightly sweep closes a chunk of cases in the caller's transaction (the job's chunk): it locks, in one
     * statement, those still due that nobody holds, and closes each (history, notice, and for a Trámite its pending
     * Resolución de Desistimiento, which the job's next step issues). A case answered, cancelled or resolved since
     * it was read, or one someone is acting on right now (its row is locked), is left as it is, without waiting: if
     * it is still due it is closed the next night. The rows stay locked until the chunk commits, so nobody can
     * change a case between the check and its closure, and a refusal of the rule here is a fault, not a race.
     *
     * @return how many of {@code ids} were closed; the rest were left
     */
    @RolesAllowed(Rol.Nombre.SISTEMA)
    public int cerrarDeOficio(List<Long> ids, LocalDate fechaReferencia, Instant ahora) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<?> tomados = em.createNativeQuery("""
                        select id from caso where id = any (cast(?1 as bigint[])) and ultimo_dia_informacion < ?2
                        for update skip locked""")
                .setParameter(1, ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .setParameter(2, fechaReferencia)
                .getResultList();
        if (tomados.isEmpty()) {
            return 0;
        }
        Llamante sistema = llamantes.actual(contextoEjb);
        // Loaded after the lock, so what the rule sees is what commits; with their autorizaciones (the notices).
        List<Caso> casos = em.createQuery(
                        "select c from Caso c join fetch c.autorizacion where c.id in :ids", Caso.class)
                .setParameter(
                        "ids",
                        tomados.stream().map(id -> ((Number) id).longValue()).toList())
                .getResultList();
        for (Caso caso : casos) {
            cerrarDeOficio(caso, sistema, ahora);
        }
        // The chunk's rows go in one flush, batched (persistence.xml); a fault shows here, in the writer's call.
        em.flush();
        return casos.size();
    }

    /**
     * Closes one case de oficio as the nightly sweep does, the rule checking again that its deadline has passed; in
     * the caller's transaction. Only the system identity the nightly job runs as may call it: no person closes a
     * case de oficio.
     */
    @RolesAllowed(Rol.Nombre.SISTEMA)
    public Caso cerrarDeOficio(String numero, Instant ahora) {
        Llamante sistema = llamantes.actual(contextoEjb);
        return cerrarDeOficio(cargar(sistema, numero), sistema, ahora);
    }

    // ---- Internals ---------------------------------------------------------------------------------------

    private Caso cerrarDeOficio(Caso caso, Llamante sistema, Instant ahora) {
        // Closing starts no deadline: the calendar is not read (one query less per case of the night).
        Contexto contexto = Contexto.en(ahora, caso.getTipo() == TipoCaso.TRAMITE);
        String numero = caso.getNumero();
        return aplicarYRegistrar(
                caso,
                sistema,
                Accion.CERRAR_DE_OFICIO,
                contexto,
                (c, momento) -> new Anotacion(
                        null,
                        TextosDeAviso.texto(
                                "aviso.cierreDeOficio",
                                numero,
                                Integer.toString(CicloDeVidaCaso.DIAS_PLAZO_INFORMACION))));
    }

    /**
     * What an action adds to its transition: the observation of the history row, the text of its notice and the
     * documents it attached (listed by a justificante de documentación complementaria).
     */
    private record Anotacion(String observacion, String aviso, List<DocumentoComprobado> anexados) {
        Anotacion(String observacion, String aviso) {
            this(observacion, aviso, List.of());
        }

        static Anotacion solo(String observacion) {
            return new Anotacion(observacion, null);
        }
    }

    /** What an action does besides its transition, at the action's one instant. */
    private interface Detalle {
        Anotacion aplicar(Caso caso, Instant ahora);
    }

    private Caso actuar(
            Llamante llamante, String numero, int version, Accion accion, Integer puntuacion, Detalle detalle) {
        return actuar(llamante, numero, version, accion, puntuacion, false, detalle);
    }

    private Caso actuar(
            Llamante llamante,
            String numero,
            int version,
            Accion accion,
            Integer puntuacion,
            boolean documentosAnadidos,
            Detalle detalle) {
        // Read before the case is locked: a query after the lock would flush its version increment early, and the
        // loser of two actors at once would get a lock failure instead of CasoModificado.
        Calendario calendario = diasInhabiles.calendario();
        Caso caso = cargar(llamante, numero);
        if (caso.getVersion() != version) {
            throw modificado(numero);
        }
        // Taken with the version check at commit: of two actors on one case, the second gets CasoModificado.
        em.lock(caso, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Contexto contexto = new Contexto(
                reloj.instant(), caso.getTipo() == TipoCaso.TRAMITE, documentosAnadidos, puntuacion, calendario);
        Caso resultado = aplicarYRegistrar(caso, llamante, accion, contexto, detalle);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw modificado(numero);
        }
        return resultado;
    }

    private Caso aplicarYRegistrar(Caso caso, Llamante llamante, Accion accion, Contexto contexto, Detalle detalle) {
        EstadoCaso anterior = caso.estadoCaso();
        Transicion t = caso.aplicar(accion, llamante.tipo(), contexto);
        Anotacion anotacion = detalle.aplicar(caso, contexto.ahora());
        registrar(caso, accion, llamante, contexto.ahora(), anotacion.observacion());
        efectuar(caso, anterior, t, anotacion.aviso(), anotacion.anexados(), contexto.ahora());
        return caso;
    }

    /** The context of an action at that instant, with the calendar of días inhábiles its deadline is computed on. */
    private Contexto contexto(Instant ahora, boolean tramite) {
        return Contexto.en(ahora, tramite).conCalendario(diasInhabiles.calendario());
    }

    private Caso cargar(Llamante llamante, String numero) {
        if (numero == null || numero.isBlank()) {
            throw noEncontrado("");
        }
        Optional<Caso> caso = em.createNamedQuery(Caso.POR_NUMERO, Caso.class)
                .setParameter("numero", numero.strip())
                .getResultStream()
                .findFirst();
        if (llamante.tipo() == TipoActor.AUTORIZADO) {
            // Only the autorización en curso (Llamantes has checked that the user still belongs to it).
            caso = caso.filter(c -> c.getAutorizacion().getNumero().equals(llamante.autorizacion()));
        }
        return caso.orElseThrow(() -> noEncontrado(numero.strip()));
    }

    private record Comprobado(
            Clasificacion clasificacion, List<DatoComplementario> datos, List<DocumentoComprobado> documentos) {}

    /**
     * Fields, catalogue and documents together, so that the form shows every error at once.
     *
     * @param delAutorizado the autorizado communicates the case: a Materia Técnica error/incidencia must carry the
     *                      technical data form ("el formulario que debe adjuntar…")
     * @param errores       what the caller found wrong already, thrown with the rest
     */
    private Comprobado comprobar(NuevoCaso nuevo, boolean delAutorizado, ErroresDeCampo errores) {
        List<DocumentoComprobado> validos = documentos.comprobar(nuevo.documentos(), 0, errores);
        List<DatoComplementario> datos = List.of();
        try {
            datos = ValidacionNuevoCaso.validar(nuevo);
        } catch (ErrorDeNegocio e) {
            errores.anadirTodos(e.errores());
        }
        Clasificacion clasificacion = null;
        if (nuevo.tipo() != null) {
            ResultadoClasificacion resultado =
                    catalogo.clasificar(nuevo.tipo(), nuevo.materia(), nuevo.categoria(), nuevo.subcategoria());
            errores.anadirTodos(resultado.errores());
            clasificacion = resultado.clasificacion().orElse(null);
        }
        if (delAutorizado
                && clasificacion != null
                && catalogo.requiereFormularioTecnico(nuevo.tipo(), clasificacion.materia())
                && nuevo.documentos().stream()
                        .noneMatch(d -> TipoDocumento.FORMULARIO_DATOS_TECNICOS.equals(d.tipoDocumento()))) {
            errores.anadir(
                    "documentos",
                    "caso.formularioTecnico",
                    clasificacion.materia().getNombre());
        }
        errores.lanzarSiHay();
        return new Comprobado(clasificacion, datos, validos);
    }

    private void registrar(Caso caso, Accion accion, Llamante llamante, Instant ahora, String observacion) {
        em.persist(new HistorialCaso(
                caso,
                accion,
                caso.getSubestado(),
                ahora.atOffset(ZoneOffset.UTC),
                llamante.login(),
                observacion == null ? null : recortar(observacion.strip()),
                llamante.direccion()));
    }

    private void mensaje(Caso caso, TipoMensaje tipo, String texto, Llamante llamante, Instant ahora) {
        em.persist(
                new MensajeCaso(caso, tipo, recortar(texto.strip()), llamante.login(), ahora.atOffset(ZoneOffset.UTC)));
    }

    private void notaInterna(Caso caso, String texto, Llamante llamante, Instant ahora) {
        if (texto != null && !texto.isBlank()) {
            mensaje(caso, TipoMensaje.NOTA_INTERNA, texto, llamante, ahora);
        }
    }

    /**
     * Carries out every effect the rule returned. A switch expression, so that an effect added to {@link Efecto}
     * does not compile until it is handled here.
     *
     * @param anterior  the state before the transition (null when the action creates the case)
     * @param aviso     the notice's text, for the actions whose transition may notify the autorizado
     * @param anexados  the documents the action attached, listed by its justificante
     * @param ahora     the action's instant
     */
    private void efectuar(
            Caso caso,
            EstadoCaso anterior,
            Transicion t,
            String aviso,
            List<DocumentoComprobado> anexados,
            Instant ahora) {
        for (Efecto efecto : t.efectos()) {
            boolean hecho = switch (efecto) {
                case NOTIFICAR_AUTORIZADO -> avisos.avisar(caso, Objects.requireNonNull(aviso, "texto del aviso"));
                // The clock lives in the case's state: the transition stored (or cleared) the request's date.
                case RELOJ_INICIA, RELOJ_PARA -> true;
                case JUSTIFICANTE_APERTURA ->
                    justificante(caso, ClaseDeJustificante.SOLICITUD_TRAMITE, anexados, ahora);
                case JUSTIFICANTE_DOCUMENTACION ->
                    justificante(caso, ClaseDeJustificante.DOCUMENTACION_COMPLEMENTARIA, anexados, ahora);
                case RESOLUCION_DESISTIMIENTO -> resolucionPendiente(caso, Objects.requireNonNull(anterior), ahora);
            };
            if (!hecho) {
                LOG.fine(() -> "Caso " + caso.getNumero() + ": " + efecto + " aún no se emite");
            }
        }
    }

    private boolean justificante(
            Caso caso, ClaseDeJustificante clase, List<DocumentoComprobado> anexados, Instant ahora) {
        justificantes.emitir(
                caso,
                clase,
                anexados.stream()
                        .map(d -> new DocumentoDelJustificante(
                                d.titulo(), d.tipo().getNombre(), d.nombreFichero(), d.tamano(), d.huella()))
                        .toList(),
                ahora);
        return true;
    }

    /**
     * Records the Resolución de Desistimiento still to issue, in the closure's transaction: the closure and the
     * duty to resolve are one fact. What it will state (request, deadline) is taken from the state before the
     * closure, which cleared them. A second one for the case is refused by the database (uq_resolucion_caso).
     */
    private boolean resolucionPendiente(Caso caso, EstadoCaso anterior, Instant ahora) {
        em.persist(new ResolucionPendiente(
                caso,
                anterior.fechaUltimaSolicitudInformacion().atOffset(ZoneOffset.UTC),
                anterior.ultimoDiaParaResponder(),
                ahora.atOffset(ZoneOffset.UTC)));
        return true;
    }

    /** The stored last day (Madrid, dd/MM/yyyy) to provide the information the case was just asked for. */
    private static String ultimoDiaParaResponder(Caso caso) {
        return caso.getUltimoDiaInformacion().orElseThrow().format(DD_MM_AAAA);
    }

    private static void exigirTexto(String campo, String claveObligatorio, String texto) {
        if (texto == null || texto.isBlank()) {
            throw ErrorDeNegocio.enCampo(campo, claveObligatorio);
        }
        if (texto.strip().length() > MensajeCaso.MAX_TEXTO) {
            throw ErrorDeNegocio.enCampo(campo, "caso.texto.largo", MensajeCaso.MAX_TEXTO);
        }
    }

    private static ErrorDeNegocio modificado(String numero) {
        return new ErrorDeNegocio(CodigoError.CASO_MODIFICADO, "caso.modificado", numero);
    }

    /** The same answer whether the case does not exist or is someone else's: nobody learns that it exists. */
    private static ErrorDeNegocio noEncontrado(String numero) {
        return new ErrorDeNegocio(CodigoError.CASO_NO_ENCONTRADO, "caso.noEncontrado", numero);
    }

    private static String recortar(String texto) {
        return texto.length() <= MensajeCaso.MAX_TEXTO ? texto : texto.substring(0, MensajeCaso.MAX_TEXTO);
    }
}

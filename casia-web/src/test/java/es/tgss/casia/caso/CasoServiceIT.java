package es.tgss.casia.caso;

import static es.tgss.casia.error.CodigoError.ACCESO_NO_PERMITIDO;
import static es.tgss.casia.error.CodigoError.CASO_MODIFICADO;
import static es.tgss.casia.error.CodigoError.CASO_NO_ENCONTRADO;
import static es.tgss.casia.error.CodigoError.TRANSICION_NO_PERMITIDA;
import static es.tgss.casia.prueba.Actores.ANA_3;
import static es.tgss.casia.prueba.Actores.JAVIER_1;
import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.LUCIA_2;
import static es.tgss.casia.prueba.Actores.LUCIA_SIN_ELEGIR;
import static es.tgss.casia.prueba.Actores.OPS;
import static es.tgss.casia.prueba.Actores.PEDRO_EN_1;
import static es.tgss.casia.prueba.Actores.SUPERVISORA;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Actores.TRAMITADORA_CENTRAL;
import static es.tgss.casia.prueba.Casos.consulta;
import static es.tgss.casia.prueba.Casos.tramite;
import static es.tgss.casia.prueba.Fallos.codigo;
import static es.tgss.casia.prueba.Fallos.erroresDeCampo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import es.tgss.casia.caso.vista.DatoVisible;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.FilaCaso;
import es.tgss.casia.caso.vista.LineaHistorial;
import es.tgss.casia.caso.vista.MensajeVisible;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.comun.Pagina;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.prueba.Actores;
import es.tgss.casia.prueba.Actores.Actor;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case services inside the server, on PostgreSQL, with the demo autorizaciones and users, each logged in for
 * real ({@link Actores}): the commands, and what they leave as the screens read it ({@link VistaDeCasos}).
 */
@ExtendWith(ArquillianExtension.class)
class CasoServiceIT {

    @Inject
    private CasoService casos;

    @Inject
    private VistaDeCasos vista;

    @Inject
    private Actores actores;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource
    private ManagedExecutorService ejecutor;

    private static CriteriosBusqueda esteMes() {
        return CriteriosBusqueda.delMes(java.time.YearMonth.now(java.time.ZoneId.of("Europe/Madrid")));
    }

    private DetalleCaso.Cabecera cabecera(String numero) {
        return vista.detalle(numero).cabecera();
    }

    private long notificacionesCon(String asunto) {
        return em.createQuery("select count(n) from Notificacion n where n.asunto = :a", Long.class)
                .setParameter("a", asunto)
                .getSingleResult();
    }

    @Test
    void finalizarAltaDaNumeroPresentadoHistorialYAvisoConElTituloComoAsunto() {
        String titulo = "Alta " + UUID.randomUUID().toString().substring(0, 8);
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta(titulo).crear());

        assertThat(caso.getNumero()).matches("20\\d\\d/\\d{8}");
        assertThat(caso.getSubestado()).isEqualTo(Subestado.PRESENTADO);
        assertThat(caso.getEstado()).isEqualTo(Estado.ABIERTO);
        assertThat(caso.getOrigen()).isEqualTo(Origen.AUTORIZADO);
        assertThat(vista.historial(caso.getNumero()))
                .extracting(LineaHistorial::accion, LineaHistorial::subestado, LineaHistorial::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Accion.FINALIZAR_ALTA, Subestado.PRESENTADO, "12345678Z"));
        assertThat(notificacionesCon(titulo)).isEqualTo(1);
    }

    @Test
    void sinCorreoDeContactoNoHayAvisoYNadaFalla() {
        String titulo = "Sin correo " + UUID.randomUUID().toString().substring(0, 8);
        actores.entrar(ANA_3);
        Caso caso = casos.finalizarAlta(consulta(titulo).crear());
        assertThat(caso.getSubestado()).isEqualTo(Subestado.PRESENTADO);
        assertThat(notificacionesCon(titulo)).isZero();
    }

    @Test
    void unTramiteGuardaSusDatosComplementariosNormalizados() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(tramite("Trámite CNAE").crear());
        DatoVisible linea = vista.detalle(caso.getNumero()).datos().get(0);
        assertThat(linea.ccc()).isEqualTo("28123456742");
        assertThat(linea.ipf()).isEqualTo("12345678Z");
        assertThat(linea.periodoDesde()).isEqualTo("01/2026");
        assertThat(caso.getSubcategoria())
                .hasValueSatisfying(s -> assertThat(s.getCodigo()).isEqualTo("TRA_INS_MOD_CNAE"));
    }

    @Test
    void losErroresSeDicenCampoACampoYNoSeGuardaNada() {
        long antes = em.createQuery("select count(c) from Caso c", Long.class).getSingleResult();
        NuevoCaso malo = NuevoCaso.de(TipoCaso.CONSULTA)
                .clasificacion("COTIZACION", "TRA_INS_MODIFICACION_DATOS", null)
                .titulo("x".repeat(51))
                .descripcion(" ")
                .dato(new LineaDatosComplementarios("28 1234567 00", null, null, null, null, null, null, null, null))
                .crear();

        actores.entrar(LUCIA_1);
        var e = erroresDeCampo(catchThrowable(() -> casos.finalizarAlta(malo)));

        assertThat(e).containsKeys("afectaPeriodoEnCurso", "titulo", "descripcion", "datos[0].ccc", "categoria");
        assertThat(e.get("titulo")).isEqualTo("El título admite como máximo 50 caracteres (tiene 51).");
        assertThat(e.get("categoria")).isEqualTo("La categoría no corresponde a la materia Cotización.");
        assertThat(em.createQuery("select count(c) from Caso c", Long.class).getSingleResult())
                .isEqualTo(antes);
    }

    @Test
    void recaudacionSoloExisteParaConsultas() {
        NuevoCaso error = NuevoCaso.de(TipoCaso.ERROR_INCIDENCIA)
                .clasificacion("RECAUDACION", "CON_REC_DEUDAS", null)
                .afectaPeriodoEnCurso(false)
                .titulo("Recaudación")
                .descripcion("Descripción")
                .crear();
        actores.entrar(LUCIA_1);
        var e = erroresDeCampo(catchThrowable(() -> casos.finalizarAlta(error)));
        assertThat(e).containsEntry("materia", "La materia no existe para el tipo de caso Error/Incidencia.");
    }

    @Test
    void elMismoEnvioDosVecesCreaUnSoloCaso() {
        String token = UUID.randomUUID().toString();
        actores.entrar(LUCIA_1);
        Caso primero =
                casos.finalizarAlta(consulta("Idempotente").tokenAlta(token).crear());
        Caso segundo =
                casos.finalizarAlta(consulta("Idempotente").tokenAlta(token).crear());

        assertThat(segundo.getNumero()).isEqualTo(primero.getNumero());
        assertThat(em.createQuery("select count(c) from Caso c where c.tokenAlta = :t", Long.class)
                        .setParameter("t", token)
                        .getSingleResult())
                .isEqualTo(1);
    }

    /** Every read an autorizado can make of one case (the detail carries its documents), for the isolation tests. */
    private List<Callable<?>> lecturasDeAutorizado(String numero) {
        return List.of(
                () -> vista.detalle(numero),
                () -> vista.mensajes(numero),
                () -> vista.historial(numero),
                () -> vista.contenido(numero, 1L));
    }

    /** Every action an autorizado can take on one case, for the isolation tests. */
    private List<Callable<?>> accionesDeAutorizado(String numero, int version) {
        return List.of(
                () -> casos.modificarInformacion(numero, version, "Info", List.of()),
                () -> casos.solicitarAnulacion(numero, version, null),
                () -> casos.valorar(numero, version, 5, null));
    }

    @Test
    void otraAutorizacionRecibeNoEncontradoComoSiNoExistiera() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Aislamiento").crear());
        String numero = caso.getNumero();
        int version = caso.getVersion();
        String noExiste = "1999/99999999";

        for (Actor ajeno : List.of(LUCIA_2, ANA_3)) {
            actores.entrar(ajeno);
            List<Callable<?>> llamadas = new ArrayList<>(lecturasDeAutorizado(numero));
            llamadas.addAll(accionesDeAutorizado(numero, version));
            for (Callable<?> llamada : llamadas) {
                assertThat(catchThrowable(llamada::call))
                        .as(ajeno.toString())
                        .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO))
                        .hasMessage("No se ha encontrado el caso " + numero + ".");
            }
            assertThat(catchThrowable(() -> vista.detalle(noExiste)))
                    .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO))
                    .hasMessage("No se ha encontrado el caso " + noExiste + ".");
            assertThat(vista.buscar(esteMes()).elementos())
                    .extracting(FilaCaso::numero)
                    .doesNotContain(numero);
        }
        // A user of the same autorización sees it.
        actores.entrar(JAVIER_1);
        assertThat(vista.detalle(numero).numero()).isEqualTo(numero);
    }

    @Test
    void quienNombraUnaAutorizacionQueNoEsSuyaEsRechazadoEnTodo() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Autorización ajena").crear());
        long antes = em.createQuery("select count(c) from Caso c", Long.class).getSingleResult();

        actores.entrar(PEDRO_EN_1);
        List<Callable<?>> acciones = new ArrayList<>(accionesDeAutorizado(caso.getNumero(), caso.getVersion()));
        acciones.add(() -> casos.finalizarAlta(consulta("Ajena").crear()));
        for (Callable<?> accion : acciones) {
            assertThat(catchThrowable(accion::call))
                    .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(ACCESO_NO_PERMITIDO))
                    .hasMessage("No está de alta en la autorización 1000001.");
        }
        assertThat(em.createQuery("select count(c) from Caso c", Long.class).getSingleResult())
                .isEqualTo(antes);
        // The reads check membership in their own WHERE: to him the autorización's cases do not exist.
        for (Callable<?> lectura : lecturasDeAutorizado(caso.getNumero())) {
            assertThat(catchThrowable(lectura::call))
                    .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_NO_ENCONTRADO))
                    .hasMessage("No se ha encontrado el caso " + caso.getNumero() + ".");
        }
        assertThat(vista.buscar(esteMes()).elementos()).isEmpty();

        // Naming no autorización at all is refused too: the portal makes the user choose first.
        actores.entrar(LUCIA_SIN_ELEGIR);
        assertThat(catchThrowable(() -> vista.detalle(caso.getNumero())))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(ACCESO_NO_PERMITIDO))
                .hasMessage("Elija antes la autorización desde la que actúa.");
    }

    @Test
    void cicloCompletoConSolicitudDeInformacionRespuestaYValoracion() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Ciclo " + UUID.randomUUID()).crear());
        String n = caso.getNumero();

        actores.entrar(TRAMITADOR);
        caso = casos.asignar(n, caso.getVersion(), null);
        assertThat(caso.getSubestado()).isEqualTo(Subestado.ASIGNADO);
        assertThat(caso.getUnidad())
                .hasValueSatisfying(u -> assertThat(u.getCodigo()).isEqualTo("DP-28"));

        caso = casos.solicitarInformacion(n, caso.getVersion(), "Aporte el IPF del trabajador.");
        assertThat(caso.getSubestado()).isEqualTo(Subestado.SOLICITADA_INFORMACION);
        assertThat(caso.getFechaUltimaSolicitud()).isPresent();

        actores.entrar(JAVIER_1);
        caso = casos.modificarInformacion(n, caso.getVersion(), "El IPF es 12345678Z.", null);
        assertThat(caso.getSubestado()).isEqualTo(Subestado.ASIGNADO);
        assertThat(caso.getFechaUltimaSolicitud()).isEmpty();

        actores.entrar(TRAMITADOR);
        caso = casos.escalar(n, caso.getVersion(), "Nota interna: consultar a la unidad central.");
        // Assigning to someone else is a supervisor's: a tramitador may only take it.
        int escalado = caso.getVersion();
        assertThatThrownBy(() -> casos.asignar(n, escalado, "tram.madrid2"))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(ACCESO_NO_PERMITIDO));
        actores.entrar(SUPERVISORA);
        caso = casos.asignar(n, caso.getVersion(), "tram.madrid2");
        caso = casos.resolver(n, caso.getVersion(), "Resuelto: su liquidación es correcta.");
        assertThat(caso.getSubestado()).isEqualTo(Subestado.RESUELTO);
        assertThat(caso.getFechaCierre()).isPresent();

        int cerrado = caso.getVersion();
        actores.entrar(LUCIA_1);
        assertThatThrownBy(() -> casos.modificarInformacion(n, cerrado, "Más información", List.of()))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(TRANSICION_NO_PERMITIDA))
                .hasMessage("El caso está cerrado: no admite más cambios.");

        caso = casos.valorar(n, cerrado, 5, "Muy rápido.");
        assertThat(caso.getValoracion()).contains(5);
        int valorado = caso.getVersion();
        assertThatThrownBy(() -> casos.valorar(n, valorado, 4, null))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(TRANSICION_NO_PERMITIDA))
                .hasMessage("El caso ya ha sido valorado.");

        assertThat(vista.historial(n))
                .extracting(LineaHistorial::accion)
                .containsExactly(
                        Accion.FINALIZAR_ALTA,
                        Accion.ASIGNAR,
                        Accion.SOLICITAR_INFORMACION,
                        Accion.MODIFICAR_INFORMACION,
                        Accion.ESCALAR,
                        Accion.ASIGNAR,
                        Accion.RESOLVER,
                        Accion.VALORAR);
        // The autorizado never sees the internal note; the TGSS does.
        assertThat(vista.mensajes(n))
                .extracting(MensajeVisible::tipo)
                .containsExactly(TipoMensaje.SOLICITUD_INFORMACION, TipoMensaje.APORTACION, TipoMensaje.RESPUESTA);
        actores.entrar(TRAMITADOR);
        assertThat(vista.mensajes(n)).extracting(MensajeVisible::tipo).contains(TipoMensaje.NOTA_INTERNA);
    }

    @Test
    void anularUnCasoPresentadoLoCierraYEnOtroEstadoQuedaPendiente() {
        actores.entrar(LUCIA_1);
        Caso presentado = casos.finalizarAlta(consulta("Anular").crear());
        assertThat(casos.solicitarAnulacion(presentado.getNumero(), presentado.getVersion(), "Error mío")
                        .getSubestado())
                .isEqualTo(Subestado.ANULADO);

        Caso otro = casos.finalizarAlta(consulta("Anular asignado").crear());
        actores.entrar(TRAMITADOR);
        otro = casos.asignar(otro.getNumero(), otro.getVersion(), null);
        actores.entrar(LUCIA_1);
        otro = casos.solicitarAnulacion(otro.getNumero(), otro.getVersion(), null);
        assertThat(otro.getSubestado()).isEqualTo(Subestado.ASIGNADO);
        assertThat(otro.isAnulacionPendiente()).isTrue();
        actores.entrar(TRAMITADOR);
        otro = casos.rechazarAnulacion(otro.getNumero(), otro.getVersion(), "Ya está en trámite.");
        assertThat(otro.isAnulacionPendiente()).isFalse();
        assertThat(otro.getSubestado()).isEqualTo(Subestado.ASIGNADO);
    }

    @Test
    void unaVersionAntiguaNoPisaElCambioDeOtro() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Versión").crear());
        int leida = caso.getVersion();
        actores.entrar(TRAMITADOR);
        casos.asignar(caso.getNumero(), leida, null);

        actores.entrar(LUCIA_1);
        assertThatThrownBy(() -> casos.solicitarAnulacion(caso.getNumero(), leida, null))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(CASO_MODIFICADO))
                .hasMessageStartingWith("El caso " + caso.getNumero() + " ha cambiado");
    }

    @Test
    void dosActoresAlaVezSobreUnCaso_ganaUnoYElOtroRecibeUnMensajeClaro() throws Exception {
        for (int intento = 0; intento < 5; intento++) {
            actores.entrar(LUCIA_1);
            Caso caso = casos.finalizarAlta(consulta("Carrera " + intento).crear());
            actores.entrar(TRAMITADOR);
            Caso asignado = casos.asignar(caso.getNumero(), caso.getVersion(), null);
            String n = asignado.getNumero();
            int v = asignado.getVersion();
            CountDownLatch salida = new CountDownLatch(1);
            // Each task keeps the login it was submitted under (the executor carries the security context).
            Future<Object> resolver = ejecutor.submit(actores.enTarea(() -> {
                salida.await();
                return casos.resolver(n, v, "Respuesta");
            }));
            actores.entrar(LUCIA_1);
            Future<Object> anular = ejecutor.submit(actores.enTarea(() -> {
                salida.await();
                return casos.solicitarAnulacion(n, v, "Ya no hace falta");
            }));
            salida.countDown();
            List<Object> resultados = new ArrayList<>();
            for (Future<Object> f : List.of(resolver, anular)) {
                try {
                    resultados.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    resultados.add(e.getCause());
                }
            }
            assertThat(resultados).filteredOn(r -> r instanceof Caso).hasSize(1);
            assertThat(resultados)
                    .filteredOn(r -> r instanceof ErrorDeNegocio e && e.codigo() == CASO_MODIFICADO)
                    .hasSize(1);
            actores.entrar(TRAMITADOR);
            DetalleCaso.Cabecera final_ = cabecera(n);
            // Exactly one change stored: either resolved, or cancellation pending — never both, never half.
            assertThat(final_.subestado() == Subestado.RESUELTO ^ final_.anulacionPendiente())
                    .isTrue();
            assertThat(vista.historial(n)).hasSize(3);
        }
    }

    @Test
    void laBusquedaPaginaEnLaBaseDeDatosYExigeUnSoloMes() {
        String login = "12345678Z";
        CriteriosBusqueda mes =
                esteMes().conTipoYMateria(TipoCaso.CONSULTA, "COTIZACION").deUsuario(login);
        actores.entrar(LUCIA_2);
        long antes = vista.buscar(mes).total();
        for (int i = 0; i < 23; i++) {
            casos.finalizarAlta(consulta("Página " + i).crear());
        }
        Pagina<FilaCaso> primera = vista.buscar(mes.pagina(0, 10));
        assertThat(primera.total()).isEqualTo(antes + 23);
        assertThat(primera.elementos()).hasSize(10);
        assertThat(primera.haySiguiente()).isTrue();
        assertThat(primera.elementos())
                .extracting(FilaCaso::fechaAlta)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(primera.elementos())
                .allSatisfy(f -> assertThat(f.autorizacion()).isEqualTo("1000002"));
        int ultima = (int) ((antes + 23 - 1) / 10);
        assertThat(vista.buscar(mes.pagina(ultima, 10)).haySiguiente()).isFalse();
        assertThat(vista.buscar(mes.conEstado(EstadoBuscado.CERRADO, null)).elementos())
                .allSatisfy(f -> assertThat(f.subestado().estado()).isEqualTo(Estado.CERRADO));

        var e = erroresDeCampo(catchThrowable(() ->
                vista.buscar(mes.entre(java.time.LocalDate.of(2026, 1, 15), java.time.LocalDate.of(2026, 2, 3)))));
        assertThat(e)
                .containsEntry("hasta", "Las fechas de alta Desde y Hasta deben estar dentro del mismo mes natural.");
    }

    @Test
    void sinRespuestaEn20DiasNaturalesSeCierraDeOficio() throws Exception {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(tramite("De oficio").crear());
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        caso = casos.solicitarInformacion(caso.getNumero(), caso.getVersion(), "Aporte el TA.1");
        String n = caso.getNumero();
        LocalDate ultimo = caso.getUltimoDiaInformacion().orElseThrow();
        Instant pedida = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();
        // Stored at the request: at least 20 natural days after its Madrid date (more when it lands on an inhábil).
        assertThat(ultimo)
                .isAfterOrEqualTo(
                        LocalDate.ofInstant(pedida, CicloDeVidaCaso.ZONA).plusDays(20));

        assertThat(vencidos(ultimo)).doesNotContain(n);
        Instant ultimoDiaAMediodia =
                ultimo.atTime(12, 0).atZone(CicloDeVidaCaso.ZONA).toInstant();
        assertThatThrownBy(() -> actores.comoSistema(() -> casos.cerrarDeOficio(n, ultimoDiaAMediodia)))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(TRANSICION_NO_PERMITIDA))
                .hasMessageContaining("Aún no han transcurrido 20 días naturales");

        Instant tarde = ultimo.plusDays(1).atStartOfDay(CicloDeVidaCaso.ZONA).toInstant();
        assertThat(vencidos(ultimo.plusDays(1))).contains(n);
        assertThat(actores.comoSistema(() -> casos.cerrarDeOficio(n, tarde)).getSubestado())
                .isEqualTo(Subestado.DE_OFICIO);
        assertThat(vista.historial(n))
                .last()
                .satisfies(h -> assertThat(h.actor()).isEqualTo("sistema"));
    }

    @Test
    void ningunaPersonaPuedeCerrarDeOficioNiListarLosCasosVencidos() {
        Instant lejos = Instant.now().plus(Duration.ofDays(400));
        for (Actor persona : List.of(LUCIA_1, TRAMITADOR, OPS)) {
            actores.entrar(persona);
            assertThat(catchThrowable(() -> casos.cerrarDeOficio("1999/99999999", lejos)))
                    .as(persona.toString())
                    .isInstanceOf(EJBAccessException.class);
            assertThat(catchThrowable(() -> casos.vencidos(LocalDate.now(), LocalDate.of(2000, 1, 1), 0, 10)))
                    .as(persona.toString())
                    .isInstanceOf(EJBAccessException.class);
            assertThat(catchThrowable(() -> casos.cerrarDeOficio(List.of(1L), LocalDate.now(), lejos)))
                    .as(persona.toString())
                    .isInstanceOf(EJBAccessException.class);
        }
        actores.salir();
        assertThat(catchThrowable(() -> casos.cerrarDeOficio("1999/99999999", lejos)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void laTgssAbreUnCasoHaciaUnaAutorizacionPidiendoInformacion() {
        String titulo = "TGSS " + UUID.randomUUID().toString().substring(0, 8);
        actores.entrar(TRAMITADOR);
        Caso caso = casos.abrirPorTgss("1000001", consulta(titulo).crear(), "Aporte el TA.2 firmado.");

        assertThat(caso.getOrigen()).isEqualTo(Origen.TGSS);
        assertThat(caso.getSubestado()).isEqualTo(Subestado.SOLICITADA_INFORMACION);
        assertThat(caso.getFechaUltimaSolicitud()).isPresent();
        assertThat(caso.getUsuarioAlta().getLogin()).isEqualTo("tram.madrid1");
        assertThat(notificacionesCon(titulo)).isEqualTo(1);
        actores.entrar(JAVIER_1);
        assertThat(vista.mensajes(caso.getNumero()))
                .extracting(MensajeVisible::texto)
                .containsExactly("Aporte el TA.2 firmado.");
    }

    @Test
    void transferirReclasificarYAprobarLaAnulacion() {
        actores.entrar(LUCIA_1);
        Caso caso =
                casos.finalizarAlta(consulta("Transferir " + UUID.randomUUID()).crear());
        actores.entrar(TRAMITADOR);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        caso = casos.transferir(caso.getNumero(), caso.getVersion(), "UC-COT", "Es de cotización");
        assertThat(caso.getSubestado()).isEqualTo(Subestado.TRANSFERIDO);
        assertThat(caso.getUnidad())
                .hasValueSatisfying(u -> assertThat(u.getCodigo()).isEqualTo("UC-COT"));

        Caso transferido = caso;
        var e = erroresDeCampo(catchThrowable(() -> casos.reclasificar(
                transferido.getNumero(), transferido.getVersion(), "RECAUDACION", "CON_COT_SLD", null)));
        assertThat(e).containsKey("categoria");
        caso = casos.reclasificar(caso.getNumero(), caso.getVersion(), "RECAUDACION", "CON_REC_DEUDAS", null);
        assertThat(caso.getMateria().getCodigo()).isEqualTo("RECAUDACION");
        assertThat(caso.getSubestado()).isEqualTo(Subestado.TRANSFERIDO);

        actores.entrar(TRAMITADORA_CENTRAL);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        actores.entrar(LUCIA_1);
        caso = casos.solicitarAnulacion(caso.getNumero(), caso.getVersion(), "Ya resuelto por otra vía");
        Caso pendiente = caso;
        actores.entrar(TRAMITADOR);
        assertThatThrownBy(() -> casos.resolver(pendiente.getNumero(), pendiente.getVersion(), "R"))
                .isInstanceOfSatisfying(ErrorDeNegocio.class, codigo(TRANSICION_NO_PERMITIDA));
        caso = casos.aprobarAnulacion(caso.getNumero(), caso.getVersion());
        assertThat(caso.getSubestado()).isEqualTo(Subestado.ANULADO);
    }

    @Test
    void elTramitadorBuscaPorAutorizacionNifYUnidad() {
        actores.entrar(JAVIER_1);
        Caso caso = casos.finalizarAlta(consulta("Buscar tramitador").crear());
        actores.entrar(TRAMITADORA_CENTRAL);
        caso = casos.asignar(caso.getNumero(), caso.getVersion(), null);
        CriteriosBusqueda mes = esteMes();
        CriteriosBusqueda criterios = mes.conEstado(EstadoBuscado.ABIERTO, null)
                .deAutorizacion("1000001")
                .deNifUsuarioAlta("87654321X")
                .deUnidad("UC-COT")
                .pagina(0, 100);

        actores.entrar(TRAMITADOR);
        assertThat(vista.buscar(criterios).elementos())
                .extracting(FilaCaso::numero)
                .contains(caso.getNumero())
                .allSatisfy(n -> assertThat(nifDelUsuarioDeAlta(n)).isEqualTo("87654321X"));
        assertThat(vista.buscar(criterios.deAutorizacion("1000002").deUnidad(null))
                        .total())
                .isZero();
    }

    /** The list shows who filed the case by login; the NIF searched by is read from the database. */
    private String nifDelUsuarioDeAlta(String numero) {
        return em.createQuery("select c.usuarioAlta.nif from Caso c where c.numero = :n", String.class)
                .setParameter("n", numero)
                .getSingleResult();
    }

    @Test
    void elContenedorRechazaAUnAutorizadoCualquierAccionDeLaTgssInclusoSobreSusPropiosCasos() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Acciones TGSS").crear());
        String n = caso.getNumero();
        int v = caso.getVersion();
        List<Callable<?>> llamadas = List.of(
                () -> casos.asignar(n, v, null),
                () -> casos.solicitarInformacion(n, v, "x"),
                () -> casos.escalar(n, v, "x"),
                () -> casos.transferir(n, v, "UC-COT", "x"),
                () -> casos.resolver(n, v, "x"),
                () -> casos.aprobarAnulacion(n, v),
                () -> casos.rechazarAnulacion(n, v, "x"),
                () -> casos.reclasificar(n, v, "COTIZACION", "CON_COT_SLD", null),
                () -> casos.abrirPorTgss("1000001", consulta("x").crear(), "x"));
        for (Callable<?> llamada : llamadas) {
            assertThat(catchThrowable(llamada::call)).isInstanceOf(EJBAccessException.class);
        }
        assertThat(cabecera(n).subestado()).isEqualTo(Subestado.PRESENTADO);
        assertThat(vista.historial(n)).hasSize(1);
    }

    /** How many of five calls of both audiences the container refuses to the caller logged in now. */
    private long rechazosDelContenedor(String n, int v) {
        return List.<Callable<?>>of(
                        () -> vista.detalle(n),
                        () -> vista.historial(n),
                        () -> vista.buscar(esteMes()),
                        () -> casos.asignar(n, v, null),
                        () -> casos.solicitarAnulacion(n, v, null))
                .stream()
                .filter(llamada -> catchThrowable(llamada::call) instanceof EJBAccessException)
                .count();
    }

    @Test
    void elContenedorRechazaALaTgssLasAccionesDelAutorizadoYAOpsYAlAnonimoTodas() {
        actores.entrar(LUCIA_1);
        Caso caso = casos.finalizarAlta(consulta("Acciones del autorizado").crear());
        String n = caso.getNumero();
        int v = caso.getVersion();

        actores.entrar(TRAMITADOR);
        List<Callable<?>> delAutorizado = List.of(
                () -> casos.finalizarAlta(consulta("x").crear()),
                () -> casos.modificarInformacion(n, v, "x", List.of()),
                () -> casos.solicitarAnulacion(n, v, null),
                () -> casos.valorar(n, v, 5, null));
        for (Callable<?> llamada : delAutorizado) {
            assertThat(catchThrowable(llamada::call)).isInstanceOf(EJBAccessException.class);
        }
        actores.entrar(OPS);
        assertThat(rechazosDelContenedor(n, v)).isEqualTo(5);
        actores.salir();
        assertThat(rechazosDelContenedor(n, v)).isEqualTo(5);
    }

    /** The números the nightly reader would see for that night (the whole prefix of the index, in one page). */
    private List<String> vencidos(LocalDate fechaReferencia) throws Exception {
        return actores.comoSistema(() -> casos.vencidos(fechaReferencia, LocalDate.of(1000, 1, 1), 0, 100_000)).stream()
                .map(CasoService.Vencido::numero)
                .toList();
    }
}

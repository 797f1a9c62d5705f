package es.tgss.casia.caso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The case services inside the server, on PostgreSQL, with the demo autorizaciones and users. */
@ExtendWith(ArquillianExtension.class)
class CasoServiceIT {

    /** Usuario principal of 1000001 (with contact e-mail) and 1000002. */
    static final Llamante LUCIA_1 = Llamante.autorizado("12345678Z", "1000001");
    static final Llamante LUCIA_2 = Llamante.autorizado("12345678Z", "1000002");
    /** Secundario of 1000001 only. */
    static final Llamante JAVIER_1 = Llamante.autorizado("87654321X", "1000001");
    /** Secundario of 1000002, pretending to act for 1000001. */
    static final Llamante PEDRO_EN_1 = Llamante.autorizado("22222222J", "1000001");
    /** Principal of 1000003, which has no contact e-mail. */
    static final Llamante ANA_3 = Llamante.autorizado("11111111H", "1000003");
    static final Llamante TRAMITADOR = Llamante.tramitador("tram.madrid1");

    @Inject
    private CasoService casos;

    @PersistenceContext(unitName = "casia")
    private EntityManager em;

    @Resource
    private ManagedExecutorService ejecutor;

    static NuevoCaso consulta(String titulo, String token) {
        return new NuevoCaso(TipoCaso.CONSULTA, "COTIZACION", "CON_COT_SLD", null, false, titulo,
                "Descripción de la consulta, con acentos: cotización.", List.of(), List.of(), token);
    }

    static NuevoCaso tramite(String titulo) {
        return new NuevoCaso(TipoCaso.TRAMITE, "INSCRIPCION_EMPRESAS", "TRA_INS_MODIFICACION_DATOS",
                "TRA_INS_MOD_CNAE", true, titulo, "Solicito el cambio de CNAE.",
                List.of(new LineaDatosComplementarios("28 1234567 42", null, "1", "12345678Z", null, null, null,
                        "01/2026", "03/2026")), List.of(), null);
    }

    private long notificacionesCon(String asunto) {
        return em.createQuery("select count(n) from Notificacion n where n.asunto = :a", Long.class)
                .setParameter("a", asunto).getSingleResult();
    }

    @Test
    void finalizarAltaDaNumeroPresentadoHistorialYAvisoConElTituloComoAsunto() {
        String titulo = "Alta " + UUID.randomUUID().toString().substring(0, 8);
        Caso caso = casos.finalizarAlta(LUCIA_1, consulta(titulo, null));

        assertThat(caso.getNumero()).matches("20\\d\\d/\\d{8}");
        assertThat(caso.getSubestado()).isEqualTo(Subestado.PRESENTADO);
        assertThat(caso.getEstado()).isEqualTo(Estado.ABIERTO);
        assertThat(caso.getOrigen()).isEqualTo(Origen.AUTORIZADO);
        assertThat(casos.historial(LUCIA_1, caso.getNumero()))
                .extracting(HistorialCaso::getAccion, HistorialCaso::getSubestado, HistorialCaso::getActor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Accion.FINALIZAR_ALTA, Subestado.PRESENTADO,
                        "12345678Z"));
        assertThat(notificacionesCon(titulo)).isEqualTo(1);
    }

    @Test
    void sinCorreoDeContactoNoHayAvisoYNadaFalla() {
        String titulo = "Sin correo " + UUID.randomUUID().toString().substring(0, 8);
        Caso caso = casos.finalizarAlta(ANA_3, consulta(titulo, null));
        assertThat(caso.getSubestado()).isEqualTo(Subestado.PRESENTADO);
        assertThat(notificacionesCon(titulo)).isZero();
    }

    @Test
    void unTramiteGuardaSusDatosComplementariosNormalizados() {
        Caso caso = casos.finalizarAlta(LUCIA_1, tramite("Trámite CNAE"));
        DatoComplementario linea = casos.consultar(LUCIA_1, caso.getNumero()).getDatosComplementarios().get(0);
        assertThat(linea.getCcc()).isEqualTo("28123456742");
        assertThat(linea.getIpf()).isEqualTo("12345678Z");
        assertThat(linea.getPeriodoDesde()).isEqualTo("01/2026");
        assertThat(caso.getSubcategoria()).hasValueSatisfying(s -> assertThat(s.getCodigo())
                .isEqualTo("TRA_INS_MOD_CNAE"));
    }

    @Test
    void losErroresSeDicenCampoACampoYNoSeGuardaNada() {
        long antes = em.createQuery("select count(c) from Caso c", Long.class).getSingleResult();
        NuevoCaso malo = new NuevoCaso(TipoCaso.CONSULTA, "COTIZACION", "TRA_INS_MODIFICACION_DATOS", null, null,
                "x".repeat(51), " ", List.of(new LineaDatosComplementarios("28 1234567 00", null, null, null, null,
                null, null, null, null)), List.of(), null);

        var e = (DatosCasoInvalidosException) catchThrowable(() -> casos.finalizarAlta(LUCIA_1, malo));

        assertThat(e.errores()).containsKeys("afectaPeriodoEnCurso", "titulo", "descripcion", "datos[0].ccc",
                "categoria");
        assertThat(e.errores().get("titulo")).isEqualTo("El título admite como máximo 50 caracteres (tiene 51).");
        assertThat(e.errores().get("categoria")).isEqualTo("La categoría no corresponde a la materia Cotización.");
        assertThat(em.createQuery("select count(c) from Caso c", Long.class).getSingleResult()).isEqualTo(antes);
    }

    @Test
    void recaudacionSoloExisteParaConsultas() {
        NuevoCaso error = new NuevoCaso(TipoCaso.ERROR_INCIDENCIA, "RECAUDACION", "CON_REC_DEUDAS", null, false,
                "Recaudación", "Descripción", List.of(), List.of(), null);
        var e = (DatosCasoInvalidosException) catchThrowable(() -> casos.finalizarAlta(LUCIA_1, error));
        assertThat(e.errores()).containsEntry("materia",
                "La materia no existe para el tipo de caso Error/Incidencia.");
    }

    @Test
    void elMismoEnvioDosVecesCreaUnSoloCaso() {
        String token = UUID.randomUUID().toString();
        Caso primero = casos.finalizarAlta(LUCIA_1, consulta("Idempotente", token));
        Caso segundo = casos.finalizarAlta(LUCIA_1, consulta("Idempotente", token));

        assertThat(segundo.getNumero()).isEqualTo(primero.getNumero());
        assertThat(em.createQuery("select count(c) from Caso c where c.tokenAlta = :t", Long.class)
                .setParameter("t", token).getSingleResult()).isEqualTo(1);
    }

    @Test
    void otraAutorizacionRecibeNoEncontradoComoSiNoExistiera() {
        Caso caso = casos.finalizarAlta(LUCIA_1, consulta("Aislamiento", null));
        String numero = caso.getNumero();
        int version = caso.getVersion();
        String noExiste = "1999/99999999";

        List<Llamante> ajenos = List.of(LUCIA_2, PEDRO_EN_1, ANA_3);
        for (Llamante ajeno : ajenos) {
            List<Callable<?>> llamadas = List.of(
                    () -> casos.consultar(ajeno, numero),
                    () -> casos.mensajes(ajeno, numero),
                    () -> casos.historial(ajeno, numero),
                    () -> casos.documentos(ajeno, numero),
                    () -> casos.contenido(ajeno, numero, 1L),
                    () -> casos.modificarInformacion(ajeno, numero, version, "Info", List.of()),
                    () -> casos.solicitarAnulacion(ajeno, numero, version, null),
                    () -> casos.valorar(ajeno, numero, version, 5, null));
            for (Callable<?> llamada : llamadas) {
                assertThat(catchThrowable(llamada::call)).as(ajeno.toString())
                        .isInstanceOf(CasoNoEncontradoException.class)
                        .hasMessage("No se ha encontrado el caso " + numero + ".");
            }
            assertThat(catchThrowable(() -> casos.consultar(ajeno, noExiste)))
                    .isInstanceOf(CasoNoEncontradoException.class)
                    .hasMessage("No se ha encontrado el caso " + noExiste + ".");
            assertThat(casos.buscar(ajeno, CriteriosBusqueda.delMes(java.time.YearMonth.now(
                    java.time.ZoneId.of("Europe/Madrid")))).elementos())
                    .extracting(Caso::getNumero).doesNotContain(numero);
        }
        // A user of the same autorización sees it; an autorizado cannot use the tramitador's actions.
        assertThat(casos.consultar(JAVIER_1, numero).getNumero()).isEqualTo(numero);
        assertThatThrownBy(() -> casos.resolver(LUCIA_1, numero, version, "Respuesta"))
                .isInstanceOf(AccionNoPermitidaException.class)
                .hasMessage("Esta acción solo la puede realizar un tramitador de la TGSS.");
        assertThatThrownBy(() -> casos.finalizarAlta(PEDRO_EN_1, consulta("Ajena", null)))
                .isInstanceOf(AccesoNoPermitidoException.class)
                .hasMessage("No está de alta en la autorización 1000001.");
    }

    @Test
    void cicloCompletoConSolicitudDeInformacionRespuestaYValoracion() {
        Caso caso = casos.finalizarAlta(LUCIA_1, consulta("Ciclo " + UUID.randomUUID(), null));
        String n = caso.getNumero();

        caso = casos.asignar(TRAMITADOR, n, caso.getVersion(), null);
        assertThat(caso.getSubestado()).isEqualTo(Subestado.ASIGNADO);
        assertThat(caso.getUnidad()).hasValueSatisfying(u -> assertThat(u.getCodigo()).isEqualTo("DP-28"));

        caso = casos.solicitarInformacion(TRAMITADOR, n, caso.getVersion(), "Aporte el IPF del trabajador.");
        assertThat(caso.getSubestado()).isEqualTo(Subestado.SOLICITADA_INFORMACION);
        assertThat(caso.getFechaUltimaSolicitud()).isPresent();

        caso = casos.modificarInformacion(JAVIER_1, n, caso.getVersion(), "El IPF es 12345678Z.", null);
        assertThat(caso.getSubestado()).isEqualTo(Subestado.ASIGNADO);
        assertThat(caso.getFechaUltimaSolicitud()).isEmpty();

        caso = casos.escalar(TRAMITADOR, n, caso.getVersion(), "Nota interna: consultar a la unidad central.");
        caso = casos.asignar(TRAMITADOR, n, caso.getVersion(), "tram.madrid2");
        caso = casos.resolver(TRAMITADOR, n, caso.getVersion(), "Resuelto: su liquidación es correcta.");
        assertThat(caso.getSubestado()).isEqualTo(Subestado.RESUELTO);
        assertThat(caso.getFechaCierre()).isPresent();

        int cerrado = caso.getVersion();
        assertThatThrownBy(() -> casos.modificarInformacion(LUCIA_1, n, cerrado, "Más información", List.of()))
                .isInstanceOf(AccionNoPermitidaException.class)
                .hasMessage("El caso está cerrado: no admite más cambios.");

        caso = casos.valorar(LUCIA_1, n, cerrado, 5, "Muy rápido.");
        assertThat(caso.getValoracion()).contains(5);
        int valorado = caso.getVersion();
        assertThatThrownBy(() -> casos.valorar(LUCIA_1, n, valorado, 4, null))
                .isInstanceOf(AccionNoPermitidaException.class)
                .hasMessage("El caso ya ha sido valorado.");

        assertThat(casos.historial(LUCIA_1, n)).extracting(HistorialCaso::getAccion).containsExactly(
                Accion.FINALIZAR_ALTA, Accion.ASIGNAR, Accion.SOLICITAR_INFORMACION, Accion.MODIFICAR_INFORMACION,
                Accion.ESCALAR, Accion.ASIGNAR, Accion.RESOLVER, Accion.VALORAR);
        // The autorizado never sees the internal note; the TGSS does.
        assertThat(casos.mensajes(LUCIA_1, n)).extracting(MensajeCaso::getTipo)
                .containsExactly(TipoMensaje.SOLICITUD_INFORMACION, TipoMensaje.APORTACION, TipoMensaje.RESPUESTA);
        assertThat(casos.mensajes(TRAMITADOR, n)).extracting(MensajeCaso::getTipo).contains(TipoMensaje.NOTA_INTERNA);
    }

    @Test
    void anularUnCasoPresentadoLoCierraYEnOtroEstadoQuedaPendiente() {
        Caso presentado = casos.finalizarAlta(LUCIA_1, consulta("Anular", null));
        assertThat(casos.solicitarAnulacion(LUCIA_1, presentado.getNumero(), presentado.getVersion(), "Error mío")
                .getSubestado()).isEqualTo(Subestado.ANULADO);

        Caso otro = casos.finalizarAlta(LUCIA_1, consulta("Anular asignado", null));
        otro = casos.asignar(TRAMITADOR, otro.getNumero(), otro.getVersion(), null);
        otro = casos.solicitarAnulacion(LUCIA_1, otro.getNumero(), otro.getVersion(), null);
        assertThat(otro.getSubestado()).isEqualTo(Subestado.ASIGNADO);
        assertThat(otro.isAnulacionPendiente()).isTrue();
        otro = casos.rechazarAnulacion(TRAMITADOR, otro.getNumero(), otro.getVersion(), "Ya está en trámite.");
        assertThat(otro.isAnulacionPendiente()).isFalse();
        assertThat(otro.getSubestado()).isEqualTo(Subestado.ASIGNADO);
    }

    @Test
    void unaVersionAntiguaNoPisaElCambioDeOtro() {
        Caso caso = casos.finalizarAlta(LUCIA_1, consulta("Versión", null));
        int leida = caso.getVersion();
        casos.asignar(TRAMITADOR, caso.getNumero(), leida, null);

        assertThatThrownBy(() -> casos.solicitarAnulacion(LUCIA_1, caso.getNumero(), leida, null))
                .isInstanceOf(CasoModificadoException.class)
                .hasMessageStartingWith("El caso " + caso.getNumero() + " ha cambiado");
    }

    @Test
    void dosActoresAlaVezSobreUnCaso_ganaUnoYElOtroRecibeUnMensajeClaro() throws Exception {
        for (int intento = 0; intento < 5; intento++) {
            Caso caso = casos.finalizarAlta(LUCIA_1, consulta("Carrera " + intento, null));
            Caso asignado = casos.asignar(TRAMITADOR, caso.getNumero(), caso.getVersion(), null);
            String n = asignado.getNumero();
            int v = asignado.getVersion();
            CountDownLatch salida = new CountDownLatch(1);
            Future<Object> resolver = ejecutor.submit(() -> {
                salida.await();
                return casos.resolver(TRAMITADOR, n, v, "Respuesta");
            });
            Future<Object> anular = ejecutor.submit(() -> {
                salida.await();
                return casos.solicitarAnulacion(LUCIA_1, n, v, "Ya no hace falta");
            });
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
            assertThat(resultados).filteredOn(r -> r instanceof CasoModificadoException).hasSize(1);
            Caso final_ = casos.consultar(TRAMITADOR, n);
            // Exactly one change stored: either resolved, or cancellation pending — never both, never half.
            assertThat(final_.getSubestado() == Subestado.RESUELTO ^ final_.isAnulacionPendiente()).isTrue();
            assertThat(casos.historial(TRAMITADOR, n)).hasSize(3);
        }
    }

    @Test
    void laBusquedaPaginaEnLaBaseDeDatosYExigeUnSoloMes() {
        String login = "12345678Z";
        CriteriosBusqueda mes = CriteriosBusqueda.delMes(java.time.YearMonth.now(java.time.ZoneId.of("Europe/Madrid")))
                .conTipoYMateria(TipoCaso.CONSULTA, "COTIZACION").deUsuario(login);
        long antes = casos.buscar(LUCIA_2, mes).total();
        for (int i = 0; i < 23; i++) {
            casos.finalizarAlta(LUCIA_2, consulta("Página " + i, null));
        }
        Pagina<Caso> primera = casos.buscar(LUCIA_2, mes.pagina(0, 10));
        assertThat(primera.total()).isEqualTo(antes + 23);
        assertThat(primera.elementos()).hasSize(10);
        assertThat(primera.haySiguiente()).isTrue();
        assertThat(primera.elementos()).extracting(Caso::getFechaAlta)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(primera.elementos()).allSatisfy(c -> assertThat(c.getAutorizacion().getNumero())
                .isEqualTo("1000002"));
        int ultima = (int) ((antes + 23 - 1) / 10);
        assertThat(casos.buscar(LUCIA_2, mes.pagina(ultima, 10)).haySiguiente()).isFalse();
        assertThat(casos.buscar(LUCIA_2, mes.conEstado(EstadoBuscado.CERRADO, null)).elementos())
                .allSatisfy(c -> assertThat(c.getEstado()).isEqualTo(Estado.CERRADO));

        var e = (DatosCasoInvalidosException) catchThrowable(() -> casos.buscar(LUCIA_2,
                mes.entre(java.time.LocalDate.of(2026, 1, 15), java.time.LocalDate.of(2026, 2, 3))));
        assertThat(e.errores()).containsEntry("hasta",
                "Las fechas de alta Desde y Hasta deben estar dentro del mismo mes natural.");
    }

    @Test
    void sinRespuestaEn20DiasNaturalesSeCierraDeOficio() {
        Caso caso = casos.finalizarAlta(LUCIA_1, tramite("De oficio"));
        caso = casos.asignar(TRAMITADOR, caso.getNumero(), caso.getVersion(), null);
        caso = casos.solicitarInformacion(TRAMITADOR, caso.getNumero(), caso.getVersion(), "Aporte el TA.1");
        String n = caso.getNumero();
        Instant pedida = caso.getFechaUltimaSolicitud().orElseThrow().toInstant();

        assertThat(casos.sinRespuestaEnPlazo(pedida.plus(Duration.ofDays(19)), 10_000)).doesNotContain(n);
        assertThatThrownBy(() -> casos.cerrarDeOficio(n, pedida.plus(Duration.ofDays(10))))
                .isInstanceOf(AccionNoPermitidaException.class)
                .hasMessageContaining("Aún no han transcurrido 20 días naturales");

        Instant tarde = pedida.plus(Duration.ofDays(22));
        assertThat(casos.sinRespuestaEnPlazo(tarde, 10_000)).contains(n);
        assertThat(casos.cerrarDeOficio(n, tarde).getSubestado()).isEqualTo(Subestado.DE_OFICIO);
    }

    @Test
    void laTgssAbreUnCasoHaciaUnaAutorizacionPidiendoInformacion() {
        String titulo = "TGSS " + UUID.randomUUID().toString().substring(0, 8);
        Caso caso = casos.abrirPorTgss(TRAMITADOR, "1000001", consulta(titulo, null), "Aporte el TA.2 firmado.");

        assertThat(caso.getOrigen()).isEqualTo(Origen.TGSS);
        assertThat(caso.getSubestado()).isEqualTo(Subestado.SOLICITADA_INFORMACION);
        assertThat(caso.getFechaUltimaSolicitud()).isPresent();
        assertThat(casos.mensajes(JAVIER_1, caso.getNumero())).extracting(MensajeCaso::getTexto)
                .containsExactly("Aporte el TA.2 firmado.");
        assertThat(notificacionesCon(titulo)).isEqualTo(1);
        assertThatThrownBy(() -> casos.abrirPorTgss(LUCIA_1, "1000001", consulta("x", null), "y"))
                .isInstanceOf(AccesoNoPermitidoException.class);
    }

    @Test
    void transferirReclasificarYAprobarLaAnulacion() {
        Caso caso = casos.finalizarAlta(LUCIA_1, consulta("Transferir " + UUID.randomUUID(), null));
        caso = casos.asignar(TRAMITADOR, caso.getNumero(), caso.getVersion(), null);
        caso = casos.transferir(TRAMITADOR, caso.getNumero(), caso.getVersion(), "UC-COT", "Es de cotización");
        assertThat(caso.getSubestado()).isEqualTo(Subestado.TRANSFERIDO);
        assertThat(caso.getUnidad()).hasValueSatisfying(u -> assertThat(u.getCodigo()).isEqualTo("UC-COT"));

        Caso transferido = caso;
        var e = (DatosCasoInvalidosException) catchThrowable(() -> casos.reclasificar(TRAMITADOR,
                transferido.getNumero(), transferido.getVersion(), "RECAUDACION", "CON_COT_SLD", null));
        assertThat(e.errores()).containsKey("categoria");
        caso = casos.reclasificar(TRAMITADOR, caso.getNumero(), caso.getVersion(), "RECAUDACION", "CON_REC_DEUDAS",
                null);
        assertThat(caso.getMateria().getCodigo()).isEqualTo("RECAUDACION");
        assertThat(caso.getSubestado()).isEqualTo(Subestado.TRANSFERIDO);

        caso = casos.asignar(Llamante.tramitador("tram.central1"), caso.getNumero(), caso.getVersion(), null);
        caso = casos.solicitarAnulacion(LUCIA_1, caso.getNumero(), caso.getVersion(), "Ya resuelto por otra vía");
        Caso pendiente = caso;
        assertThatThrownBy(() -> casos.resolver(TRAMITADOR, pendiente.getNumero(), pendiente.getVersion(), "R"))
                .isInstanceOf(AccionNoPermitidaException.class);
        caso = casos.aprobarAnulacion(TRAMITADOR, caso.getNumero(), caso.getVersion());
        assertThat(caso.getSubestado()).isEqualTo(Subestado.ANULADO);
    }

    @Test
    void elTramitadorBuscaPorAutorizacionNifYUnidad() {
        Caso caso = casos.finalizarAlta(JAVIER_1, consulta("Buscar tramitador", null));
        caso = casos.asignar(Llamante.tramitador("tram.central1"), caso.getNumero(), caso.getVersion(), null);
        CriteriosBusqueda mes = CriteriosBusqueda.delMes(java.time.YearMonth.now(java.time.ZoneId.of("Europe/Madrid")));
        CriteriosBusqueda criterios = new CriteriosBusqueda(EstadoBuscado.ABIERTO, mes.desde(), mes.hasta(), null,
                null, null, null, "1000001", "87654321X", "UC-COT", 0, 100);

        assertThat(casos.buscar(TRAMITADOR, criterios).elementos()).extracting(Caso::getNumero)
                .contains(caso.getNumero())
                .allSatisfy(n -> assertThat(casos.consultar(TRAMITADOR, n).getUsuarioAlta().getNif())
                        .isEqualTo("87654321X"));
        assertThat(casos.buscar(TRAMITADOR, new CriteriosBusqueda(EstadoBuscado.ABIERTO, mes.desde(), mes.hasta(),
                null, null, null, null, "1000002", "87654321X", null, 0, 100)).total()).isZero();
    }

    @Test
    void unAutorizadoNoPuedeUsarNingunaAccionDeLaTgssNiSobreSusPropiosCasos() {
        Caso caso = casos.finalizarAlta(LUCIA_1, consulta("Acciones TGSS", null));
        String n = caso.getNumero();
        int v = caso.getVersion();
        List<Callable<?>> llamadas = List.of(
                () -> casos.asignar(LUCIA_1, n, v, null),
                () -> casos.solicitarInformacion(LUCIA_1, n, v, "x"),
                () -> casos.escalar(LUCIA_1, n, v, "x"),
                () -> casos.transferir(LUCIA_1, n, v, "UC-COT", "x"),
                () -> casos.resolver(LUCIA_1, n, v, "x"),
                () -> casos.aprobarAnulacion(LUCIA_1, n, v),
                () -> casos.rechazarAnulacion(LUCIA_1, n, v, "x"),
                () -> casos.reclasificar(LUCIA_1, n, v, "COTIZACION", "CON_COT_SLD", null),
                () -> casos.abrirPorTgss(LUCIA_1, "1000001", consulta("x", null), "x"));
        for (Callable<?> llamada : llamadas) {
            assertThat(catchThrowable(llamada::call))
                    .isInstanceOfAny(AccesoNoPermitidoException.class, AccionNoPermitidaException.class)
                    .hasMessage("Esta acción solo la puede realizar un tramitador de la TGSS.");
        }
        assertThat(casos.consultar(LUCIA_1, n).getSubestado()).isEqualTo(Subestado.PRESENTADO);
        assertThat(casos.historial(LUCIA_1, n)).hasSize(1);
    }
}

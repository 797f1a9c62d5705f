package es.tgss.casia.web.backoffice.casos;

import es.tgss.casia.caso.Accion;
import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.MensajeCaso;
import es.tgss.casia.caso.Subestado;
import es.tgss.casia.caso.vista.DetalleCaso;
import es.tgss.casia.caso.vista.LineaHistorial;
import es.tgss.casia.caso.vista.MensajeVisible;
import es.tgss.casia.caso.vista.VistaDeCasos;
import es.tgss.casia.catalogo.CatalogoService;
import es.tgss.casia.catalogo.RespuestaPredefinida;
import es.tgss.casia.error.CodigoError;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.seguridad.Rol;
import es.tgss.casia.tramitador.Companero;
import es.tgss.casia.tramitador.TramitadorService;
import es.tgss.casia.tramitador.UnidadVisible;
import es.tgss.casia.web.Mensajes;
import es.tgss.casia.web.casos.ClasificacionDelCaso;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * backoffice/casos/caso.xhtml?numero=…[&amp;accion=…] — one case as the TGSS works it: everything the autorizado
 * sent, the justificantes, the messages with the internal notes, the history with who did what from where, the
 * deadline and a pending cancellation; and the actions the rule admits now, each with its form (the one named by
 * {@code accion} is open). Every action goes through {@link CasoService}: same rules, history and e-mails as any
 * other caller. The version read when the page opened travels with the action: a case changed meanwhile is refused
 * and nothing typed is lost.
 */
@Named
@ViewScoped
public class TramitacionCasoBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form of "Asignar a…" (supervisors): ASIGNAR or REASIGNAR, whichever the case's subestado takes. */
    public static final String ASIGNAR_A = "ASIGNAR_A";

    @Inject
    private VistaDeCasos vista;

    @Inject
    private CasoService casoService;

    @Inject
    private CatalogoService catalogo;

    @Inject
    private TramitadorService tramitadores;

    /** Reclasificar's lists, as Nuevo Caso and Abrir caso offer them; the tipo stays the case's. */
    @Inject
    private ClasificacionDelCaso clasificacion;

    private String numero;
    private String accion;

    private DetalleCaso detalle;
    private List<LineaHistorial> historial;
    private List<MensajeVisible> mensajes;
    private Set<Accion> admitidas = Set.of();
    private boolean supervisor;

    // What each action's form holds; kept in the view, so a refused action loses nothing typed.
    private String solicitud;
    private String motivo;
    private String unidadDestino;
    private String asignadoA;
    private String respuestaPredefinida;
    private String respuesta;
    private String motivosRechazo;
    private String nota;

    // The lists of the forms, read once per view.
    private List<Companero> companeros;
    private List<UnidadVisible> unidadesDestino;
    private List<RespuestaPredefinida> respuestasPredefinidas;

    /** The action already done in this view: a double click repeats the redirect, not the action. */
    private String hecho;

    /** Not found and not allowed answer alike, 404: nobody learns that a case exists. */
    public void cargar() {
        FacesContext contexto = FacesContext.getCurrentInstance();
        try {
            leer();
        } catch (ErrorDeNegocio error) {
            detalle = null;
            contexto.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        supervisor = contexto.getExternalContext().isUserInRole(Rol.Nombre.SUPERVISOR);
        if (Accion.RECLASIFICAR.name().equals(accion)) {
            prepararReclasificacion();
        }
    }

    private void leer() {
        detalle = vista.detalle(numero);
        historial = vista.historial(numero);
        mensajes = vista.mensajes(numero);
        admitidas = detalle.cabecera().accionesDelTramitador();
    }

    // ---- The actions ------------------------------------------------------------------------------------

    public void tomar() throws IOException {
        actuar(Accion.ASIGNAR.name(), v -> casoService.asignar(numero, v, null));
    }

    /** Asignar a…: a waiting case is assigned, one already being worked is reassigned (supervisors). */
    public void asignarA() throws IOException {
        if (admitidas.contains(Accion.ASIGNAR)) {
            actuar(ASIGNAR_A, v -> casoService.asignar(numero, v, asignadoA));
        } else {
            actuar(Accion.REASIGNAR.name(), v -> casoService.reasignar(numero, v, asignadoA));
        }
    }

    public void solicitarInformacion() throws IOException {
        actuar(Accion.SOLICITAR_INFORMACION.name(), v -> casoService.solicitarInformacion(numero, v, solicitud));
    }

    public void escalar() throws IOException {
        actuar(Accion.ESCALAR.name(), v -> casoService.escalar(numero, v, motivo));
    }

    public void transferir() throws IOException {
        actuar(Accion.TRANSFERIR.name(), v -> casoService.transferir(numero, v, unidadDestino, motivo));
    }

    public void reclasificar() throws IOException {
        actuar(
                Accion.RECLASIFICAR.name(),
                v -> casoService.reclasificar(
                        numero,
                        v,
                        clasificacion.getMateria(),
                        clasificacion.getCategoria(),
                        vacioANulo(clasificacion.getSubcategoria())));
    }

    public void resolver() throws IOException {
        actuar(Accion.RESOLVER.name(), v -> casoService.resolver(numero, v, respuesta));
    }

    public void aprobarAnulacion() throws IOException {
        actuar(Accion.APROBAR_ANULACION.name(), v -> casoService.aprobarAnulacion(numero, v));
    }

    public void rechazarAnulacion() throws IOException {
        actuar(Accion.RECHAZAR_ANULACION.name(), v -> casoService.rechazarAnulacion(numero, v, motivosRechazo));
    }

    public void anadirNota() throws IOException {
        actuar(Accion.NOTA_INTERNA.name(), v -> casoService.anadirNotaInterna(numero, nota));
    }

    private interface Comando {
        void ejecutar(int version);
    }

    /**
     * One action, once per view: synchronized with the outcome kept, so that a double click sends the redirect
     * again instead of the action (which the version would refuse). On a refusal the page stays with the form as
     * typed and the reason beside the field or on top.
     */
    private synchronized void actuar(String clave, Comando comando) throws IOException {
        if (hecho == null) {
            try {
                comando.ejecutar(detalle.cabecera().version());
                hecho = clave;
            } catch (ErrorDeNegocio error) {
                Mensajes.error(error);
                if (error.codigo() == CodigoError.CASO_MODIFICADO) {
                    // The page shows the case as it now stands, with its version: what was typed stays, and sending
                    // it again acts on the case as it is (or the form is gone if the action no longer applies).
                    leer();
                }
                return;
            }
        }
        Mensajes.info("tramitacion.hecho." + hecho, numero, asignadoA);
        PaginaDelCaso.redirigirConMensajes(numero);
    }

    // ---- Reclasificar: the tipo stays, the rest is chosen from its catalogue ------------------------------

    /** Starts from the case's own clasificación (names are unique within their level: matched by name). */
    private void prepararReclasificacion() {
        DetalleCaso.Cabecera c = detalle.cabecera();
        clasificacion.setTipo(c.tipo());
        clasificacion.cambiarTipo();
        clasificacion.setMateria(codigoDe(clasificacion.getMaterias(), c.materia()));
        clasificacion.cambiarMateria();
        clasificacion.setCategoria(codigoDe(clasificacion.getCategorias(), c.categoria()));
        clasificacion.cambiarCategoria();
        clasificacion.setSubcategoria(codigoDe(clasificacion.getSubcategorias(), c.subcategoria()));
    }

    private static String codigoDe(List<SelectItem> opciones, String nombre) {
        return opciones.stream()
                .filter(o -> Objects.equals(o.getLabel(), nombre))
                .map(o -> (String) o.getValue())
                .findFirst()
                .orElse(null);
    }

    // ---- Resolver: a ready-made answer is a starting point, the tramitador adapts it ----------------------

    /** The chosen text goes into an empty answer, or after what is already written: nothing typed is lost. */
    public void elegirRespuesta() {
        getRespuestasPredefinidas().stream()
                .filter(r -> r.codigo().equals(respuestaPredefinida))
                .findFirst()
                .ifPresent(r -> respuesta = respuesta == null || respuesta.isBlank()
                        ? r.texto()
                        : respuesta.stripTrailing() + "\n\n" + r.texto());
    }

    public List<RespuestaPredefinida> getRespuestasPredefinidas() {
        if (respuestasPredefinidas == null) {
            respuestasPredefinidas = catalogo.respuestasPredefinidas();
        }
        return respuestasPredefinidas;
    }

    // ---- What the page shows ------------------------------------------------------------------------------

    /** The forms of the menu, in the order a tramitador reaches for them. "Tomar" is a button of its own. */
    private static final List<String> MENU = List.of(
            ASIGNAR_A,
            Accion.SOLICITAR_INFORMACION.name(),
            Accion.RESOLVER.name(),
            Accion.ESCALAR.name(),
            Accion.TRANSFERIR.name(),
            Accion.RECLASIFICAR.name(),
            Accion.APROBAR_ANULACION.name(),
            Accion.RECHAZAR_ANULACION.name(),
            Accion.NOTA_INTERNA.name());

    /** The menu's actions this case admits now. */
    public List<String> getMenu() {
        return MENU.stream().filter(this::admite).toList();
    }

    /** Which forms the page offers: what the rule admits now, and "Asignar a…" to supervisors. */
    public boolean admite(String clave) {
        if (ASIGNAR_A.equals(clave)) {
            return supervisor && (admitidas.contains(Accion.ASIGNAR) || admitidas.contains(Accion.REASIGNAR));
        }
        return clave != null && admitidas.contains(Accion.valueOf(clave));
    }

    /** The form open now: the one named in the address, if the rule admits it. */
    public boolean abierta(String clave) {
        return clave != null && clave.equals(accion) && admite(clave);
    }

    public boolean isEncontrado() {
        return detalle != null;
    }

    public boolean isPlazoVisible() {
        return detalle.cabecera().subestado() == Subestado.SOLICITADA_INFORMACION
                && detalle.ultimoDiaRespuesta() != null;
    }

    public List<Companero> getCompaneros() {
        if (companeros == null) {
            companeros = tramitadores.companeros();
        }
        return companeros;
    }

    /** The unidades a case can be transferred to: any but the one working it. */
    public List<UnidadVisible> getUnidadesDestino() {
        if (unidadesDestino == null) {
            unidadesDestino = tramitadores.unidades().stream()
                    .filter(u -> !u.codigo().equals(detalle.cabecera().unidad()))
                    .toList();
        }
        return unidadesDestino;
    }

    public int getMaxTexto() {
        return MensajeCaso.MAX_TEXTO;
    }

    private static String vacioANulo(String texto) {
        return texto == null || texto.isBlank() ? null : texto;
    }

    public DetalleCaso getDetalle() {
        return detalle;
    }

    public List<LineaHistorial> getHistorial() {
        return historial;
    }

    public List<MensajeVisible> getMensajes() {
        return mensajes;
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public String getAccion() {
        return accion;
    }

    public void setAccion(String accion) {
        this.accion = accion;
    }

    public String getSolicitud() {
        return solicitud;
    }

    public void setSolicitud(String solicitud) {
        this.solicitud = solicitud;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }

    public String getUnidadDestino() {
        return unidadDestino;
    }

    public void setUnidadDestino(String unidadDestino) {
        this.unidadDestino = unidadDestino;
    }

    public String getAsignadoA() {
        return asignadoA;
    }

    public void setAsignadoA(String asignadoA) {
        this.asignadoA = asignadoA;
    }

    public ClasificacionDelCaso getClasificacion() {
        return clasificacion;
    }

    public String getRespuestaPredefinida() {
        return respuestaPredefinida;
    }

    public void setRespuestaPredefinida(String respuestaPredefinida) {
        this.respuestaPredefinida = respuestaPredefinida;
    }

    public String getRespuesta() {
        return respuesta;
    }

    public void setRespuesta(String respuesta) {
        this.respuesta = respuesta;
    }

    public String getMotivosRechazo() {
        return motivosRechazo;
    }

    public void setMotivosRechazo(String motivosRechazo) {
        this.motivosRechazo = motivosRechazo;
    }

    public String getNota() {
        return nota;
    }

    public void setNota(String nota) {
        this.nota = nota;
    }
}

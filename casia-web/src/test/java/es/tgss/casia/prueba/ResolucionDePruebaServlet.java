package es.tgss.casia.prueba;

import es.tgss.casia.caso.CasoService;
import es.tgss.casia.caso.resolucion.EmisionDeResoluciones;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * For the browser tests of the Sede inbox only (deployed with the test classes, behind the login like every page):
 * what the nightly job does to a Trámite waiting for information, without waiting 20 days. POST {@code numero}: the
 * deadline is moved into the past by SQL, then as the system identity (as the job runs) the real services close the
 * case de oficio, issue its Resolución de Desistimiento and put it at the autorización's disposal. Answers the
 * resolución's id.
 */
@WebServlet("/prueba/resolucion")
public class ResolucionDePruebaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasoService casos;

    @Inject
    private EmisionDeResoluciones emision;

    @Inject
    private ComoSistema sistema;

    @Resource(lookup = "jdbc/casia")
    private DataSource baseDeDatos;

    @Override
    protected void doPost(HttpServletRequest peticion, HttpServletResponse respuesta) throws IOException {
        String numero = peticion.getParameter("numero");
        try {
            vencer(numero);
            Instant ahora = Instant.now();
            sistema.ejecutar(() -> casos.cerrarDeOficio(numero, ahora));
            long id = idResolucion(numero);
            sistema.ejecutar(() -> {
                emision.ponerADisposicion(emision.generar(id, ahora).orElseThrow());
                return null;
            });
            respuesta.setContentType("text/plain");
            respuesta.getWriter().print(id);
        } catch (Exception e) {
            throw new IOException("No se ha podido cerrar de oficio " + numero, e);
        }
    }

    private void vencer(String numero) throws SQLException {
        try (Connection c = baseDeDatos.getConnection();
                PreparedStatement s = c.prepareStatement("""
                        update caso set fecha_ultima_solicitud = now() - interval '40 days',
                                        ultimo_dia_informacion = current_date - 19
                        where numero = ? and fecha_ultima_solicitud is not null""")) {
            s.setString(1, numero);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("El caso " + numero + " no espera información");
            }
        }
    }

    private long idResolucion(String numero) throws SQLException {
        try (Connection c = baseDeDatos.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select r.id from resolucion_desistimiento r join caso c on c.id = r.caso_id where c.numero = ?")) {
            s.setString(1, numero);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}

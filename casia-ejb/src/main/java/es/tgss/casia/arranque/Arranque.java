package es.tgss.casia.arranque;

import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.configuracion.ConfiguracionInvalidaException;
import es.tgss.casia.configuracion.ConfiguracionProductor;
import es.tgss.casia.demo.DatosDemo;
import es.tgss.casia.emision.GeneradorDeJustificantes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Start-up: checks the settings and the database, migrates the schema and loads demo data when asked.
 *
 * <p>Anything wrong here is reported as one log line naming the setting. On Payara Micro (launched with
 * {@value #DETENER_SI_FALLA}=true) the process then exits, so that a wrong setting fails fast instead of
 * leaving a server up without its application; on the full server the deployment fails instead.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Arranque {

    /** JNDI name of the server-level datasource (created by config/micro/*.asadmin or the Payara Server setup). */
    public static final String DATASOURCE = "jdbc/casia";

    static final String DETENER_SI_FALLA = "casia.detenerSiFallaArranque";

    private static final Logger LOG = Logger.getLogger(Arranque.class.getName());

    @Inject
    private ConfiguracionProductor configuracionProductor;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    private Instance<GeneradorDeJustificantes> generador;

    @PostConstruct
    void arrancar() {
        try {
            Configuracion configuracion = leerConfiguracion();
            DataSource dataSource = comprobarBaseDeDatos(configuracion);
            int aplicadas = Migraciones.migrar(dataSource);
            LOG.info(() -> "CASIA: esquema al día (" + aplicadas + " migraciones aplicadas ahora), base de datos "
                    + describir(configuracion));
            if (configuracion.datosDemo() && DatosDemo.cargar(dataSource, hash) > 0) {
                LOG.info("CASIA: datos de demostración cargados (CASIA_DEMO_DATA=true)");
            }
            prepararSello(configuracion);
        } catch (FalloDeArranque e) {
            fallar(e.getMessage());
        } catch (RuntimeException | SQLException e) {
            fallar("error al preparar la base de datos: " + causaRaiz(e));
        }
    }

    private Configuracion leerConfiguracion() {
        try {
            return configuracionProductor.configuracion();
        } catch (ConfiguracionInvalidaException e) {
            throw new FalloDeArranque(String.join("; ", e.errores()));
        }
    }

    private static DataSource comprobarBaseDeDatos(Configuracion configuracion) {
        DataSource dataSource;
        try {
            dataSource = InitialContext.doLookup(DATASOURCE);
        } catch (NamingException e) {
            throw new FalloDeArranque("no existe el recurso JDBC " + DATASOURCE
                    + ": arranque con config/micro/*.asadmin o cree el recurso en el servidor");
        }
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(5)) {
                throw new SQLException("la conexión no responde");
            }
            return dataSource;
        } catch (SQLException | RuntimeException e) {
            throw new FalloDeArranque("no se puede conectar con la base de datos " + describir(configuracion) + ": "
                    + causaRaiz(e)
                    + (configuracion.baseDeDatosIntegrada()
                            ? ""
                            : ". Revise " + Configuracion.DB_URL + ", " + Configuracion.DB_USER + " y "
                                    + Configuracion.DB_PASSWORD));
        }
    }

    /**
     * Builds the generator of justificantes now and makes one: a seal that cannot be read, or a PDF that cannot be
     * made in this runtime, stops the start, naming the setting.
     */
    private void prepararSello(Configuracion configuracion) {
        try {
            generador.get().probar();
        } catch (RuntimeException e) {
            throw new FalloDeArranque(configuracion
                    .sello()
                    .map(s -> "no se pueden emitir justificantes con el sello " + Configuracion.SELLO_P12 + "=" + s
                            + " (revise también " + Configuracion.SELLO_CONTRASENA + "): " + causaRaiz(e))
                    .orElse("no se pueden emitir justificantes con un sello de pruebas en "
                            + configuracion.carpetaDeDatos() + " (" + Configuracion.DATA_DIR + "): " + causaRaiz(e)));
        }
        LOG.info(() -> "CASIA: justificantes sellados con "
                + configuracion.sello().map(s -> "el sello " + s).orElse("un sello de pruebas (sin CASIA_SELLO_P12)"));
    }

    private static String describir(Configuracion configuracion) {
        return configuracion
                .urlBaseDeDatos()
                .map(url -> Configuracion.DB_URL + "=" + url)
                .orElse("integrada (PostgreSQL en CASIA_DATA_DIR/postgresql)");
    }

    private static void fallar(String mensaje) {
        String linea = "CASIA no puede arrancar: " + mensaje;
        if (Boolean.getBoolean(DETENER_SI_FALLA)) {
            LOG.severe(linea);
            // Exit from another thread: the deployment thread must not wait on the shutdown it starts, and
            // returning normally keeps the server from adding a page of stack traces to the one clear line.
            Thread salida = new Thread(() -> System.exit(3), "casia-salida");
            salida.setDaemon(false);
            salida.start();
            return;
        }
        throw new FalloDeArranque(linea);
    }

    private static String causaRaiz(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String mensaje = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return mensaje.replaceAll("\\s+", " ").trim();
    }
}

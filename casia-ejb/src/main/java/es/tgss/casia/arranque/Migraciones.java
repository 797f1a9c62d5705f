package es.tgss.casia.arranque;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The versioned migrations that own the schema ({@code db/migration}), and the demo data
 * ({@code db/demo}), which keeps its own history table so that it never mixes with the real schema's.
 */
public final class Migraciones {

    static final String ESQUEMA = "classpath:db/migration";
    static final String DEMO = "classpath:db/demo";
    static final String HISTORIAL_DEMO = "flyway_historial_demo";

    private Migraciones() {}

    /** Brings the schema to the newest version; returns how many migrations were applied. */
    public static int migrar(DataSource dataSource) {
        return Flyway.configure(Migraciones.class.getClassLoader())
                .dataSource(dataSource)
                .locations(ESQUEMA)
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /** Loads the demo data once; returns how many demo scripts were applied (0 when already loaded). */
    public static int cargarDatosDemo(DataSource dataSource) {
        return Flyway.configure(Migraciones.class.getClassLoader())
                .dataSource(dataSource)
                .locations(DEMO)
                .table(HISTORIAL_DEMO)
                // The schema is not empty (the real migrations ran first): start the demo history from zero.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}

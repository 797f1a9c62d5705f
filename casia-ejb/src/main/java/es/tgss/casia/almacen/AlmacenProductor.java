package es.tgss.casia.almacen;

import es.tgss.casia.configuracion.Configuracion;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.sql.DataSource;

/** Makes the configured {@link AlmacenDeContenidos} ({@code CASIA_DOC_STORAGE}) injectable. */
@ApplicationScoped
public class AlmacenProductor {

    /** The datasource of JPA, so that pieces are written in the same transaction as the rows that name them. */
    @Resource(lookup = "jdbc/casia")
    private DataSource baseDeDatos;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transacciones;

    @Inject
    private Configuracion configuracion;

    @Produces
    @ApplicationScoped
    public AlmacenDeContenidos almacen() {
        return switch (configuracion.almacenDocumentos()) {
            case POSTGRESQL -> new AlmacenPostgresql(baseDeDatos);
            case CARPETA ->
                new AlmacenEnCarpeta(configuracion.carpetaDocumentos().orElseThrow(), transacciones);
        };
    }
}

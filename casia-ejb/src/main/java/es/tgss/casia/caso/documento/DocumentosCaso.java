package es.tgss.casia.caso.documento;

import es.tgss.casia.almacen.AlmacenDeContenidos;
import es.tgss.casia.almacen.ContenidoGuardado;
import es.tgss.casia.caso.Caso;
import es.tgss.casia.catalogo.CatalogoService;
import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.error.ErroresDeCampo;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Storage of a case's documents: the bytes go to the {@link AlmacenDeContenidos}, what describes them to
 * {@code documento_caso}, in the caller's transaction. Not a bean: only {@link es.tgss.casia.caso.CasoService} makes one, after it has
 * checked that the caller may see the case, and uses it in its own transaction. It checks and inserts, never updates
 * or deletes; the screens read documents through {@link es.tgss.casia.caso.vista.VistaDeCasos}.
 */
public final class DocumentosCaso {

    private final EntityManager em;
    private final CatalogoService catalogo;
    private final Configuracion configuracion;
    private final AlmacenDeContenidos almacen;

    public DocumentosCaso(
            EntityManager em, CatalogoService catalogo, Configuracion configuracion, AlmacenDeContenidos almacen) {
        this.em = em;
        this.catalogo = catalogo;
        this.configuracion = configuracion;
        this.almacen = almacen;
    }

    /** Checks new documents against the catalogue and the configured limits, adding to what the case has. */
    public List<DocumentoComprobado> comprobar(
            List<NuevoDocumento> documentos, long bytesYaGuardados, ErroresDeCampo errores) {
        return ValidacionDocumentos.validar(
                documentos,
                catalogo::tipoDocumento,
                new ValidacionDocumentos.Limites(configuracion.maxBytesDocumento(), configuracion.maxBytesPorCaso()),
                bytesYaGuardados,
                errores);
    }

    public void guardar(
            Caso caso, List<DocumentoComprobado> documentos, String autor, OffsetDateTime fecha, boolean enAlta) {
        for (DocumentoComprobado d : documentos) {
            ContenidoGuardado contenido = almacen.guardar(d.fichero().ruta(), d.huella(), d.tamano());
            em.persist(new DocumentoCaso(caso, d, contenido, autor, fecha, enAlta));
        }
    }

    /** What the case already holds, for the per-case limit of new documents. */
    public long bytesGuardados(Caso caso) {
        // sum(bigint) is numeric in PostgreSQL: read it as a Number.
        Number total = (Number) em.createQuery("select sum(d.tamano) from DocumentoCaso d where d.caso = :caso")
                .setParameter("caso", caso)
                .getSingleResult();
        return total == null ? 0 : total.longValue();
    }
}

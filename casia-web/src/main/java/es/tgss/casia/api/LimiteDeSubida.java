package es.tgss.casia.api;

import es.tgss.casia.configuracion.Configuracion;
import es.tgss.casia.error.Mensaje;
import jakarta.inject.Inject;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request that uploads documents, refused with 413 when its Content-Length is past what a case may hold
 * (CASIA_DOC_MAX_TOTAL_MB) plus {@link #MARGEN} for its JSON: before JAX-RS reads the body into temporary files, as
 * the portal's LimiteDeSubidaFilter does for its forms. A request without a length (chunked) is read, and each file
 * stops at CASIA_DOC_MAX_MB as it is received ({@link es.tgss.casia.caso.documento.FicheroRecibido}).
 */
@Provider
@LimiteDeSubida.Aplicado
public class LimiteDeSubida implements ContainerRequestFilter {

    public static final long MEGABYTE = 1024L * 1024L;
    /** Room for the case's JSON and the parts' headers beside the files. */
    public static final long MARGEN = MEGABYTE;

    /** Put on a resource method that receives documents. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Aplicado {}

    @Inject
    private Configuracion configuracion;

    @Override
    public void filter(ContainerRequestContext peticion) {
        long maximo = configuracion.maxBytesPorCaso();
        if (peticion.getLength() > maximo + MARGEN) {
            throw new ProblemaDeLaApi(
                    TipoDeProblema.DEMASIADO_GRANDE, Mensaje.de("api.demasiadoGrande", maximo / MEGABYTE));
        }
    }
}

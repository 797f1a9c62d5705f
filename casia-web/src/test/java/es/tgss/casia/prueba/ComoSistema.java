package es.tgss.casia.prueba;

import es.tgss.casia.seguridad.Rol;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * For the tests: runs an action as the system identity, the way the nightly jobs get it in production (a bean with
 * {@code @RunAs}, so the container sets the identity). No transaction of its own: the action sees what it would see
 * called directly.
 */
@Stateless
@RunAs(Rol.Nombre.SISTEMA)
@PermitAll // a test helper: any test may ask for the system identity
public class ComoSistema {

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> T ejecutar(Callable<T> accion) throws Exception {
        return accion.call();
    }
}

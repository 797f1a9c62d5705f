package es.tgss.casia.configuracion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.ConfigProvider;

/** Makes the checked {@link Configuracion} injectable; read once, from MicroProfile Config (environment first). */
@ApplicationScoped
public class ConfiguracionProductor {

    private volatile Configuracion configuracion;

    @Produces
    public Configuracion configuracion() {
        Configuracion c = configuracion;
        if (c == null) {
            var config = ConfigProvider.getConfig();
            c = Configuracion.leer(
                    nombre -> config.getOptionalValue(nombre, String.class).orElse(null));
            configuracion = c;
        }
        return c;
    }
}

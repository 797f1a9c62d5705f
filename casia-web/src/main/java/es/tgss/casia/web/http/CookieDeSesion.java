package es.tgss.casia.web.http;

import es.tgss.casia.configuracion.Configuracion;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is Secure when CASIA_PUBLIC_URL is https. Left to the server, it would be Secure only when
 * the request itself came over TLS, and behind a proxy that ends TLS it never does. (HttpOnly is in web.xml,
 * SameSite in glassfish-web.xml.)
 */
@WebListener
public class CookieDeSesion implements ServletContextListener {

    @Inject
    private Configuracion configuracion;

    @Override
    public void contextInitialized(ServletContextEvent evento) {
        if ("https".equals(configuracion.urlPublica().getScheme())) {
            evento.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}

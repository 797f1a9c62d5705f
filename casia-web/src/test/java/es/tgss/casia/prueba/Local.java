package es.tgss.casia.prueba;

import java.net.URI;
import java.net.URL;

/**
 * Arquillian reports the server under the machine's network address; the tests talk to it over loopback only.
 */
public final class Local {

    private Local() {}

    /** The root of the application on 127.0.0.1, same port. */
    public static URI raiz(URL arquillian) {
        return URI.create("http://127.0.0.1:" + arquillian.getPort() + "/");
    }
}

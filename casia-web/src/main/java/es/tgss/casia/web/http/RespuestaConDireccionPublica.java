package es.tgss.casia.web.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.net.URI;

/**
 * The response as the application writes it, with two corrections:
 * <ul>
 * <li>a redirect inside CASIA carries only the path, under CASIA_PUBLIC_URL's path. The container made every
 *     redirect absolute with the request's Host header, so {@code Host: evil.example} came back in
 *     {@code Location} (cache poisoning, links to another site). A path is resolved by the browser against the
 *     address it is really using; an absolute CASIA_PUBLIC_URL would instead send it to another host name or port
 *     whenever CASIA is reached under a second name (127.0.0.1 and localhost, the default run on another port),
 *     and the session cookie would stay behind.</li>
 * <li>PrimeFaces adds its Content-Security-Policy (ours plus its nonce) with {@code addHeader}: it replaces the
 *     filter's copy, so a page carries one policy, not two that browsers would both enforce.</li>
 * </ul>
 */
final class RespuestaConDireccionPublica extends HttpServletResponseWrapper {

    private static final String CSP = "Content-Security-Policy";
    private static final String LOCATION = "Location";
    /** Stands for "the host this request was sent to" while a relative location is resolved. */
    private static final String ESTE_SERVIDOR = "peticion.invalid";

    private final HttpServletRequest peticion;
    private final String rutaPublica;

    RespuestaConDireccionPublica(HttpServletRequest peticion, HttpServletResponse respuesta, URI urlPublica) {
        super(respuesta);
        this.peticion = peticion;
        this.rutaPublica = urlPublica.getRawPath().isEmpty() ? "/" : urlPublica.getRawPath();
    }

    /** As the container's, but without making the location absolute: that is where the Host header got in. */
    @Override
    public void sendRedirect(String location) {
        if (isCommitted()) {
            throw new IllegalStateException("La respuesta ya se ha enviado: no se puede redirigir");
        }
        resetBuffer();
        setStatus(SC_FOUND);
        super.setHeader(LOCATION, publica(location));
    }

    @Override
    public void setHeader(String nombre, String valor) {
        super.setHeader(nombre, LOCATION.equalsIgnoreCase(nombre) ? publica(valor) : valor);
    }

    @Override
    public void addHeader(String nombre, String valor) {
        if (CSP.equalsIgnoreCase(nombre)) {
            super.setHeader(CSP, valor);
        } else if (LOCATION.equalsIgnoreCase(nombre)) {
            super.setHeader(nombre, publica(valor));
        } else {
            super.addHeader(nombre, valor);
        }
    }

    /**
     * The location as a path under CASIA_PUBLIC_URL's when it points inside CASIA (relative, or absolute on the
     * host the request named); any other address is left as it is.
     */
    String publica(String location) {
        try {
            URI destino = URI.create("http://" + ESTE_SERVIDOR + direccionDelNavegador())
                    .resolve(location);
            boolean interno = ESTE_SERVIDOR.equals(destino.getHost())
                    || destino.getHost() != null && destino.getHost().equalsIgnoreCase(peticion.getServerName());
            if (!interno) {
                return location;
            }
            String ruta = destino.getRawPath() == null ? "" : destino.getRawPath();
            String contexto = peticion.getContextPath();
            if (ruta.startsWith(contexto)) {
                ruta = ruta.substring(contexto.length());
            }
            return rutaPublica
                    + ruta.replaceFirst("^/+", "")
                    + (destino.getRawQuery() == null ? "" : "?" + destino.getRawQuery())
                    + (destino.getRawFragment() == null ? "" : "#" + destino.getRawFragment());
        } catch (IllegalArgumentException e) {
            // Not a URI we can read (a forged request path): the home is the safe place to send anyone.
            return rutaPublica;
        }
    }

    /**
     * The path the browser asked for, which a relative location is relative to: on the container's forward to the
     * login page, the page that asked for the login, not login.xhtml.
     */
    private String direccionDelNavegador() {
        Object original = peticion.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return original != null ? (String) original : peticion.getRequestURI();
    }
}

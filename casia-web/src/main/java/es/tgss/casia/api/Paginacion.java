package es.tgss.casia.api;

import es.tgss.casia.comun.Pagina;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.error.Mensaje;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code page} (from 0) and {@code size} (1 to {@value Pagina#TAMANO_MAXIMO}) of a list: out of range is a 400 that
 * says so, not a silently different page.
 */
public final class Paginacion {

    private Paginacion() {}

    public static void comprobar(int pagina, int tamano) {
        Map<String, Mensaje> errores = new LinkedHashMap<>();
        if (pagina < 0) {
            errores.put("page", Mensaje.de("api.page"));
        }
        if (tamano < 1 || tamano > Pagina.TAMANO_MAXIMO) {
            errores.put("size", Mensaje.de("api.size", Pagina.TAMANO_MAXIMO));
        }
        if (!errores.isEmpty()) {
            throw ErrorDeNegocio.enCampos(errores);
        }
    }
}

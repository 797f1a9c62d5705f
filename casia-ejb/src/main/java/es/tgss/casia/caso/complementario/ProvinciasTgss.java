package es.tgss.casia.caso.complementario;

/**
 * Códigos de provincia admitidos en las dos primeras cifras del CCC y del NAF.
 *
 * <p>01..52 son las provincias del INE (51 Ceuta, 52 Melilla). 53 y 66 son códigos propios de la
 * TGSS que el encargo pide admitir; no se ha encontrado una fuente pública que enumere los códigos
 * "especiales" de la TGSS, así que si aparecen otros en datos reales basta con añadirlos aquí:
 * es el único sitio donde se decide.
 */
final class ProvinciasTgss {

    private ProvinciasTgss() {}

    static boolean esValida(int codigo) {
        return (codigo >= 1 && codigo <= 53) || codigo == 66;
    }
}

package es.tgss.casia.catalogo;

import java.util.List;

/**
 * What the supervisors administer in the catalogue, and where each lives: its table, the columns that say whether it
 * is in use and what it is called, the lengths of those columns (V3, V12, V13) and the columns of its parent, inside
 * which names are unique and entries are ordered. A materia is administered per tipo de caso (its row of
 * materia_tipo_caso is what is ordered and retired); its name is the materia's own, shared by every tipo.
 */
public enum NivelCatalogo {
    MATERIA("materia_tipo_caso", "activa", "nombre", 100, 40, List.of("tipo_caso")),
    CATEGORIA("categoria", "activa", "nombre", 150, 60, List.of("materia_id", "tipo_caso")),
    SUBCATEGORIA("subcategoria", "activa", "nombre", 150, 60, List.of("categoria_id")),
    TIPO_DOCUMENTO("tipo_documento", "activo", "nombre", 100, 40, List.of()),
    /** The documents a Trámite asks for: no código of their own, named by their description. */
    DOCUMENTO_TRAMITE("documento_tramite", "activo", "descripcion", 200, 0, List.of("categoria_id", "subcategoria_id")),
    RESPUESTA_PREDEFINIDA("respuesta_predefinida", "activa", "titulo", 100, 40, List.of());

    /** The longest texto of a respuesta predefinida (V13). */
    public static final int MAX_TEXTO_RESPUESTA = 4000;

    private final String tabla;
    private final String columnaActiva;
    private final String columnaNombre;
    private final int maxNombre;
    private final int maxCodigo;
    private final List<String> ambito;

    NivelCatalogo(
            String tabla,
            String columnaActiva,
            String columnaNombre,
            int maxNombre,
            int maxCodigo,
            List<String> ambito) {
        this.tabla = tabla;
        this.columnaActiva = columnaActiva;
        this.columnaNombre = columnaNombre;
        this.maxNombre = maxNombre;
        this.maxCodigo = maxCodigo;
        this.ambito = ambito;
    }

    String tabla() {
        return tabla;
    }

    String columnaActiva() {
        return columnaActiva;
    }

    String columnaNombre() {
        return columnaNombre;
    }

    public int maxNombre() {
        return maxNombre;
    }

    public int maxCodigo() {
        return maxCodigo;
    }

    /** The parent's columns: entries with the same values are siblings. */
    List<String> ambito() {
        return ambito;
    }

    public boolean tieneCodigo() {
        return maxCodigo > 0;
    }
}

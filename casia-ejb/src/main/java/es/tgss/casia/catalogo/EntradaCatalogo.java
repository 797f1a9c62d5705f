package es.tgss.casia.catalogo;

import java.io.Serializable;

/**
 * An entry of the catalogue as the supervisor's Catálogo screen lists it, retired ones included.
 *
 * @param id          what a command names: for a materia, its row of materia_tipo_caso (it is ordered and retired per
 *                    tipo de caso)
 * @param version     what a command must send back: of two supervisors changing the same entry, one wins
 * @param codigo      null for a documento de trámite (it has none)
 * @param nombre      the name; a documento de trámite's description; a respuesta predefinida's título
 * @param obligatorio a documento de trámite that must be attached (false: "si procede"); false for the others
 * @param texto       a respuesta predefinida's text; null for the others
 */
public record EntradaCatalogo(
        NivelCatalogo nivel,
        long id,
        int version,
        String codigo,
        String nombre,
        boolean activa,
        boolean obligatorio,
        String texto)
        implements Serializable {}

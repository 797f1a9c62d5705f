package es.tgss.casia.catalogo;

import java.util.Optional;

/** A checked materia → categoría → (subcategoría) combination, valid for the tipo it was checked for. */
public record Clasificacion(Materia materia, Categoria categoria, Optional<Subcategoria> subcategoria) {}

package es.tgss.casia.caso;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Resultado de una acción permitida: el nuevo estado y lo que además debe ocurrir. */
public record Transicion(EstadoCaso nuevo, Set<Efecto> efectos) {

    public Transicion {
        Objects.requireNonNull(nuevo, "nuevo");
        // EnumSet: orden estable (el del enum) y copia defensiva.
        EnumSet<Efecto> copia = EnumSet.noneOf(Efecto.class);
        copia.addAll(efectos);
        efectos = Collections.unmodifiableSet(copia);
    }
}

package es.tgss.casia.caso;

import java.util.EnumSet;
import java.util.Set;

/** The Estado of the Gestión de casos search: Abierto, Cerrado or Todos. */
public enum EstadoBuscado {
    ABIERTO,
    CERRADO,
    TODOS;

    public Set<Subestado> subestados() {
        EnumSet<Subestado> todos = EnumSet.allOf(Subestado.class);
        return switch (this) {
            case ABIERTO ->
                EnumSet.copyOf(todos.stream().filter(Subestado::abierto).toList());
            case CERRADO ->
                EnumSet.copyOf(todos.stream().filter(Subestado::cerrado).toList());
            case TODOS -> todos;
        };
    }
}

package es.tgss.casia.web.casos;

import es.tgss.casia.web.Mensajes;
import jakarta.faces.model.SelectItem;
import java.util.List;

/** The choices that case forms offer alike. */
public final class Opciones {

    private Opciones() {}

    /** "Afecta al Período de Presentación en Curso": SI / NO, as the manual writes them. */
    public static List<SelectItem> siNo() {
        return List.of(
                new SelectItem(Boolean.TRUE, Mensajes.texto("nuevoCaso.si")),
                new SelectItem(Boolean.FALSE, Mensajes.texto("nuevoCaso.no")));
    }
}

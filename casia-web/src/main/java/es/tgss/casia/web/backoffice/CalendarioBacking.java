package es.tgss.casia.web.backoffice;

import es.tgss.casia.calendario.Ambito;
import es.tgss.casia.calendario.DiaInhabil;
import es.tgss.casia.calendario.DiasInhabiles;
import es.tgss.casia.error.ErrorDeNegocio;
import es.tgss.casia.web.Mensajes;
import es.tgss.casia.web.portal.casos.Fechas;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * backoffice/calendario.xhtml — the supervisors' calendar of días inhábiles: one year's days (the year comes in the
 * query, ?ano=2027, so that "previous" and "next" are plain links), the form to add one and "Quitar" for those still
 * to come, which asks for confirmation first (a removal changes the deadlines computed from then on).
 */
@Named
@ViewScoped
public class CalendarioBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private DiasInhabiles diasInhabiles;

    @Inject
    private Fechas fechas;

    /** The year listed; null until the view parameter or the first read sets it. */
    private Integer ano;

    private List<DiaInhabil> dias;

    private LocalDate fecha;
    private String descripcion;
    private Ambito ambito;

    /** The day whose "Quitar" was pressed, waiting for the confirmation. */
    private DiaInhabil porQuitar;

    /** The view action: reads the year asked for (the current one by default). */
    public void cargar() {
        if (ano == null) {
            ano = fechas.hoyEnMadrid().getYear();
        }
        dias = diasInhabiles.delAno(ano);
    }

    public void anadir() {
        try {
            diasInhabiles.anadir(fecha, descripcion, ambito);
            Mensajes.info("calendario.hecho.anadido", formatear(fecha), descripcion.strip());
            // The list shows the year of the day just added, so the supervisor sees it there.
            ano = fecha.getYear();
            fecha = null;
            descripcion = null;
            ambito = null;
        } catch (ErrorDeNegocio e) {
            Mensajes.error(e);
        }
        cargar();
    }

    public void pedirConfirmacion(DiaInhabil dia) {
        porQuitar = dia;
    }

    public void cancelarQuitar() {
        porQuitar = null;
    }

    public void quitar() {
        DiaInhabil dia = porQuitar;
        porQuitar = null;
        if (dia == null) {
            return;
        }
        try {
            diasInhabiles.quitar(dia.fecha());
            Mensajes.info("calendario.hecho.quitado", formatear(dia.fecha()), dia.descripcion());
        } catch (ErrorDeNegocio e) {
            // The form's "fecha" is the day to add, not this one: the refusal goes on the page.
            Mensajes.error(e, campo -> "quitar-" + campo);
        }
        cargar();
    }

    /**
     * Past days already counted in deadlines: the service refuses to remove them, so no button is offered. Null-safe:
     * Mensajes looks for a field's input by visiting the view without iterating the table's rows, which evaluates
     * the buttons' "rendered" with no row.
     */
    public boolean quitable(DiaInhabil dia) {
        return dia != null && !dia.fecha().isBefore(fechas.hoyEnMadrid());
    }

    /** "lunes, 12/10/2026": the weekday in the page's language, so a supervisor sees at once which day it is. */
    public String diaConSemana(LocalDate dia) {
        DateTimeFormatter semana = DateTimeFormatter.ofPattern(
                "EEEE", FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return dia.format(semana) + ", " + formatear(dia);
    }

    public String formatear(LocalDate dia) {
        return dia == null ? "" : dia.format(DIA);
    }

    public List<SelectItem> getAmbitos() {
        return Arrays.stream(Ambito.values())
                .map(a -> new SelectItem(a, Mensajes.texto("calendario.ambito." + a.name())))
                .toList();
    }

    public String nombreDelAmbito(Ambito a) {
        return Mensajes.texto("calendario.ambito." + a.name());
    }

    /** Read on first use too: a year refused by the view parameter skips the view action, and the page still lists. */
    public List<DiaInhabil> getDias() {
        if (dias == null) {
            cargar();
        }
        return dias;
    }

    public Integer getAno() {
        if (ano == null) {
            cargar();
        }
        return ano;
    }

    public void setAno(Integer ano) {
        this.ano = ano;
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public void setFecha(LocalDate fecha) {
        this.fecha = fecha;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public void setDescripcion(String descripcion) {
        this.descripcion = descripcion;
    }

    public Ambito getAmbito() {
        return ambito;
    }

    public void setAmbito(Ambito ambito) {
        this.ambito = ambito;
    }

    public DiaInhabil getPorQuitar() {
        return porQuitar;
    }
}

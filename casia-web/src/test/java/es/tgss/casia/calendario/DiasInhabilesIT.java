package es.tgss.casia.calendario;

import static es.tgss.casia.prueba.Actores.LUCIA_1;
import static es.tgss.casia.prueba.Actores.SUPERVISORA;
import static es.tgss.casia.prueba.Actores.TRAMITADOR;
import static es.tgss.casia.prueba.Fallos.erroresDeCampo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import es.tgss.casia.prueba.Actores;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calendar of días inhábiles through the real service on PostgreSQL: what a supervisor adds moves a deadline
 * whose last day falls on it (art. 30.5), removing it moves the deadline back; the refusals field by field; only
 * supervisors change it. Each test works in a year of its own, chosen at random far in the future, so that runs
 * sharing a database, and the seeded holidays, never meet; what a test adds it removes.
 */
@ExtendWith(ArquillianExtension.class)
class DiasInhabilesIT {

    @Inject
    private DiasInhabiles dias;

    @Inject
    private Actores actores;

    @Test
    void unFestivoAutonomicoAlargaElPlazoQueAcabaEseDiaHastaElSiguienteDiaHabil() {
        // A Friday: the deadline ending on it moves over the weekend to Monday.
        LocalDate festivo = unDia(DayOfWeek.FRIDAY);
        Instant solicitud =
                festivo.minusDays(20).atTime(10, 0).atZone(Calendario.ZONA).toInstant();
        actores.entrar(SUPERVISORA);
        assertThat(dias.calendario().ultimoDiaDelPlazo(solicitud, 20)).isEqualTo(festivo);

        dias.anadir(festivo, "  Día de la Comunidad IT ", Ambito.AUTONOMICO);

        assertThat(dias.calendario().festivos()).contains(festivo);
        assertThat(dias.calendario().ultimoDiaDelPlazo(solicitud, 20)).isEqualTo(festivo.plusDays(3));
        assertThat(dias.delAno(festivo.getYear())).singleElement().satisfies(d -> {
            assertThat(d.fecha()).isEqualTo(festivo);
            assertThat(d.descripcion()).isEqualTo("Día de la Comunidad IT");
            assertThat(d.ambito()).isEqualTo(Ambito.AUTONOMICO);
            assertThat(d.anadidoPor()).isEqualTo("sup.madrid");
            assertThat(d.anadidoEn()).isNotNull();
        });
        // A tramitador reads the calendar (the deadlines he gives are computed with it).
        actores.entrar(TRAMITADOR);
        assertThat(dias.delAno(festivo.getYear())).extracting(DiaInhabil::fecha).containsExactly(festivo);

        // Removed (a day still to come), it no longer counts.
        actores.entrar(SUPERVISORA);
        dias.quitar(festivo);
        assertThat(dias.calendario().festivos()).doesNotContain(festivo);
        assertThat(dias.calendario().ultimoDiaDelPlazo(solicitud, 20)).isEqualTo(festivo);
        assertThat(dias.delAno(festivo.getYear())).isEmpty();
    }

    @Test
    void seRechazaCampoACampoLoQueNoPuedeEntrarEnElCalendario() {
        LocalDate dia = unDia(DayOfWeek.WEDNESDAY);
        actores.entrar(SUPERVISORA);

        assertThat(erroresDeCampo(
                        catchThrowable(() -> dias.anadir(dia.with(DayOfWeek.SATURDAY), "Sábado", Ambito.LOCAL))))
                .containsExactlyEntriesOf(java.util.Map.of("fecha", "Los sábados y domingos ya son días inhábiles."));
        assertThat(erroresDeCampo(
                        catchThrowable(() -> dias.anadir(dia.with(DayOfWeek.SUNDAY), "Domingo", Ambito.LOCAL))))
                .containsOnlyKeys("fecha");
        assertThat(erroresDeCampo(
                        catchThrowable(() -> dias.anadir(LocalDate.of(2020, 1, 2), "Pasado", Ambito.NACIONAL))))
                .containsEntry(
                        "fecha",
                        "Solo se pueden añadir o quitar días a partir de hoy: los plazos ya computados no cambian.");
        // Everything wrong at once: each field says its own.
        assertThat(erroresDeCampo(catchThrowable(() -> dias.anadir(null, "   ", null))))
                .containsEntry("fecha", "Indique la fecha (dd/mm/aaaa).")
                .containsEntry("descripcion", "Indique el motivo (por ejemplo, la fiesta).")
                .containsEntry("ambito", "Indique el ámbito del día inhábil.");
        assertThat(erroresDeCampo(catchThrowable(() -> dias.anadir(dia, "x".repeat(121), Ambito.LOCAL))))
                .containsExactlyEntriesOf(
                        java.util.Map.of("descripcion", "El motivo no puede superar 120 caracteres."));
        assertThat(dias.delAno(dia.getYear())).isEmpty();

        dias.anadir(dia, "Fiesta local IT", Ambito.LOCAL);
        assertThat(erroresDeCampo(catchThrowable(() -> dias.anadir(dia, "Otra vez", Ambito.EXTRAORDINARIO))))
                .containsExactlyEntriesOf(
                        java.util.Map.of("fecha", "Ese día ya está en el calendario de días inhábiles."));
        assertThat(dias.delAno(dia.getYear()))
                .singleElement()
                .satisfies(d -> assertThat(d.descripcion()).isEqualTo("Fiesta local IT"));

        // A past day has counted in deadlines already: it stays; a day not in the calendar cannot be removed.
        assertThat(erroresDeCampo(catchThrowable(() -> dias.quitar(LocalDate.of(2026, 1, 1)))))
                .containsOnlyKeys("fecha");
        assertThat(dias.calendario().festivos()).contains(LocalDate.of(2026, 1, 1));
        dias.quitar(dia);
        assertThat(erroresDeCampo(catchThrowable(() -> dias.quitar(dia))))
                .containsEntry(
                        "fecha",
                        "Ese día no está en el calendario de días inhábiles (puede que otro supervisor lo haya quitado).");
    }

    @Test
    void niUnTramitadorNiUnAutorizadoCambianElCalendario() {
        LocalDate dia = unDia(DayOfWeek.TUESDAY);
        actores.entrar(TRAMITADOR);
        assertThatThrownBy(() -> dias.anadir(dia, "De tramitador IT", Ambito.LOCAL))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> dias.quitar(LocalDate.of(2027, 1, 1))).isInstanceOf(EJBAccessException.class);
        actores.entrar(LUCIA_1);
        assertThatThrownBy(() -> dias.anadir(dia, "De autorizado IT", Ambito.LOCAL))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> dias.delAno(dia.getYear())).isInstanceOf(EJBAccessException.class);

        actores.entrar(SUPERVISORA);
        assertThat(dias.delAno(dia.getYear())).isEmpty();
        assertThat(dias.calendario().festivos()).contains(LocalDate.of(2027, 1, 1));
    }

    /** A day of that weekday in a random year between 2100 and 8999, the test's own. */
    private static LocalDate unDia(DayOfWeek diaDeLaSemana) {
        int ano = ThreadLocalRandom.current().nextInt(2100, 9000);
        return LocalDate.of(ano, 6, 10).with(TemporalAdjusters.nextOrSame(diaDeLaSemana));
    }
}

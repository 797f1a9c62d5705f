package es.tgss.casia.caso;

import es.tgss.casia.catalogo.TipoCaso;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Gestión de casos, search by Estado: Fecha de Alta Desde/Hasta inside one calendar month (both default to the
 * current month), optionally Subestado, Tipo, Materia (código) and Usuario de Alta (login); a page of results.
 * For tramitadores also autorización, NIF of the usuario de alta and unidad (código).
 */
public record CriteriosBusqueda(EstadoBuscado estado, LocalDate desde, LocalDate hasta, Subestado subestado,
                                TipoCaso tipo, String materia, String usuarioAlta, String autorizacion,
                                String nifUsuarioAlta, String unidad, int pagina, int tamano) {

    public static final int TAMANO_MAXIMO = 100;

    public CriteriosBusqueda {
        estado = estado == null ? EstadoBuscado.TODOS : estado;
        tamano = tamano <= 0 ? 20 : Math.min(tamano, TAMANO_MAXIMO);
        pagina = Math.max(pagina, 0);
    }

    /** All the autorización's cases of one month, first page. */
    public static CriteriosBusqueda delMes(YearMonth mes) {
        return new CriteriosBusqueda(EstadoBuscado.TODOS, mes.atDay(1), mes.atEndOfMonth(), null, null, null, null,
                null, null, null, 0, 20);
    }

    public CriteriosBusqueda pagina(int numero, int tamanoPagina) {
        return new CriteriosBusqueda(estado, desde, hasta, subestado, tipo, materia, usuarioAlta, autorizacion,
                nifUsuarioAlta, unidad, numero, tamanoPagina);
    }

    public CriteriosBusqueda conEstado(EstadoBuscado nuevo, Subestado sub) {
        return new CriteriosBusqueda(nuevo, desde, hasta, sub, tipo, materia, usuarioAlta, autorizacion,
                nifUsuarioAlta, unidad, pagina, tamano);
    }

    public CriteriosBusqueda entre(LocalDate nuevoDesde, LocalDate nuevoHasta) {
        return new CriteriosBusqueda(estado, nuevoDesde, nuevoHasta, subestado, tipo, materia, usuarioAlta,
                autorizacion, nifUsuarioAlta, unidad, pagina, tamano);
    }

    public CriteriosBusqueda conTipoYMateria(TipoCaso nuevoTipo, String nuevaMateria) {
        return new CriteriosBusqueda(estado, desde, hasta, subestado, nuevoTipo, nuevaMateria, usuarioAlta,
                autorizacion, nifUsuarioAlta, unidad, pagina, tamano);
    }

    public CriteriosBusqueda deUsuario(String login) {
        return new CriteriosBusqueda(estado, desde, hasta, subestado, tipo, materia, login, autorizacion,
                nifUsuarioAlta, unidad, pagina, tamano);
    }
}

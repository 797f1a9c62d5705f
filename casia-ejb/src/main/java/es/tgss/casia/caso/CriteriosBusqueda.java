package es.tgss.casia.caso;

import es.tgss.casia.catalogo.TipoCaso;
import es.tgss.casia.comun.Pagina;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;

/**
 * Gestión de casos, search by Estado: Fecha de Alta Desde/Hasta inside one calendar month (both default to the
 * current month), optionally Subestado, Tipo, Materia (código) and Usuario de Alta (login); a page of results.
 * For tramitadores also autorización, NIF of the usuario de alta and unidad (código).
 */
public record CriteriosBusqueda(
        EstadoBuscado estado,
        LocalDate desde,
        LocalDate hasta,
        Subestado subestado,
        TipoCaso tipo,
        String materia,
        String usuarioAlta,
        String autorizacion,
        String nifUsuarioAlta,
        String unidad,
        int pagina,
        int tamano) {

    public CriteriosBusqueda {
        estado = estado == null ? EstadoBuscado.TODOS : estado;
        tamano = Pagina.tamano(tamano, 20);
        pagina = Math.max(pagina, 0);
    }

    /** All the cases of one month, first page: the search the screens start from. */
    public static CriteriosBusqueda delMes(YearMonth mes) {
        return new CriteriosBusqueda(
                EstadoBuscado.TODOS, mes.atDay(1), mes.atEndOfMonth(), null, null, null, null, null, null, null, 0, 20);
    }

    public CriteriosBusqueda pagina(int numero, int tamanoPagina) {
        return con(c -> {
            c.pagina = numero;
            c.tamano = tamanoPagina;
        });
    }

    public CriteriosBusqueda conEstado(EstadoBuscado nuevo, Subestado sub) {
        return con(c -> {
            c.estado = nuevo;
            c.subestado = sub;
        });
    }

    public CriteriosBusqueda entre(LocalDate nuevoDesde, LocalDate nuevoHasta) {
        return con(c -> {
            c.desde = nuevoDesde;
            c.hasta = nuevoHasta;
        });
    }

    public CriteriosBusqueda conTipoYMateria(TipoCaso nuevoTipo, String nuevaMateria) {
        return con(c -> {
            c.tipo = nuevoTipo;
            c.materia = nuevaMateria;
        });
    }

    /** Usuario de Alta, by login. */
    public CriteriosBusqueda deUsuario(String login) {
        return con(c -> c.usuarioAlta = login);
    }

    /** For the TGSS: the cases of one autorización (número). */
    public CriteriosBusqueda deAutorizacion(String numero) {
        return con(c -> c.autorizacion = numero);
    }

    /** For the TGSS: the cases filed by the user with that NIF. */
    public CriteriosBusqueda deNifUsuarioAlta(String nif) {
        return con(c -> c.nifUsuarioAlta = nif);
    }

    /** For the TGSS: the cases a unidad (código) works. */
    public CriteriosBusqueda deUnidad(String codigo) {
        return con(c -> c.unidad = codigo);
    }

    /** A copy with some criteria changed: each method above names what it changes, none repeats the others. */
    private CriteriosBusqueda con(Consumer<Copia> cambio) {
        Copia c = new Copia(this);
        cambio.accept(c);
        return new CriteriosBusqueda(
                c.estado,
                c.desde,
                c.hasta,
                c.subestado,
                c.tipo,
                c.materia,
                c.usuarioAlta,
                c.autorizacion,
                c.nifUsuarioAlta,
                c.unidad,
                c.pagina,
                c.tamano);
    }

    private static final class Copia {
        EstadoBuscado estado;
        LocalDate desde;
        LocalDate hasta;
        Subestado subestado;
        TipoCaso tipo;
        String materia;
        String usuarioAlta;
        String autorizacion;
        String nifUsuarioAlta;
        String unidad;
        int pagina;
        int tamano;

        Copia(CriteriosBusqueda de) {
            estado = de.estado;
            desde = de.desde;
            hasta = de.hasta;
            subestado = de.subestado;
            tipo = de.tipo;
            materia = de.materia;
            usuarioAlta = de.usuarioAlta;
            autorizacion = de.autorizacion;
            nifUsuarioAlta = de.nifUsuarioAlta;
            unidad = de.unidad;
            pagina = de.pagina;
            tamano = de.tamano;
        }
    }
}

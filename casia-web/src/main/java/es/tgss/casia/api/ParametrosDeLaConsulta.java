package es.tgss.casia.api;

import es.tgss.casia.error.ErrorDeNegocio;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Dates ({@code AAAA-MM-DD}) and the enumerations (estado, subestado, tipo…) of a query or a path: a value that does
 * not convert is a 400 naming the parameter and what it admits. JAX-RS alone answers 404 for a query parameter that
 * does not convert, which would tell a client that the resource does not exist.
 */
@Provider
public class ParametrosDeLaConsulta implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> tipo, Type generico, Annotation[] anotaciones) {
        String nombre = nombre(anotaciones);
        if (tipo == LocalDate.class) {
            return (ParamConverter<T>) new Conversor<LocalDate>(nombre, "AAAA-MM-DD") {
                @Override
                LocalDate convertir(String valor) {
                    return LocalDate.parse(valor);
                }
            };
        }
        if (tipo.isEnum()) {
            Class<? extends Enum> enumeracion = (Class<? extends Enum>) tipo;
            String admitidos = Arrays.stream(enumeracion.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) new Conversor<Enum>(nombre, admitidos) {
                @Override
                Enum convertir(String valor) {
                    return Enum.valueOf(enumeracion, valor.strip().toUpperCase(Locale.ROOT));
                }
            };
        }
        return null;
    }

    private static String nombre(Annotation[] anotaciones) {
        for (Annotation a : anotaciones) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return "?";
    }

    private abstract static class Conversor<V> implements ParamConverter<V> {
        private final String nombre;
        private final String admitidos;

        Conversor(String nombre, String admitidos) {
            this.nombre = nombre;
            this.admitidos = admitidos;
        }

        abstract V convertir(String valor);

        @Override
        public V fromString(String valor) {
            if (valor == null || valor.isBlank()) {
                return null;
            }
            try {
                return convertir(valor);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ErrorDeNegocio.enCampo(nombre, "api.valor", valor, admitidos);
            }
        }

        @Override
        public String toString(V valor) {
            return valor == null ? null : valor.toString();
        }
    }
}

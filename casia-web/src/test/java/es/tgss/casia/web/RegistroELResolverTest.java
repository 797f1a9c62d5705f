package es.tgss.casia.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistroELResolverTest {

    public record Fila(String numero, int version, List<String> documentos) {
        public String nombreCompleto() {
            return "no es un componente";
        }
    }

    private final RegistroELResolver resolver = new RegistroELResolver();

    /** The smallest context: the resolver only records whether it resolved the property. */
    private static ELContext contexto() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void leeLosComponentesDeUnRegistro() {
        Fila fila = new Fila("2026/00000001", 3, List.of("a.pdf"));
        ELContext contexto = contexto();

        assertThat(resolver.getValue(contexto, fila, "numero")).isEqualTo("2026/00000001");
        assertThat(contexto.isPropertyResolved()).isTrue();
        assertThat(resolver.getValue(contexto(), fila, "version")).isEqualTo(3);
        assertThat(resolver.getValue(contexto(), fila, "documentos")).isEqualTo(List.of("a.pdf"));
        assertThat(resolver.isReadOnly(contexto(), fila, "numero")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(contexto(), fila, "numero", "otro"))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    @Test
    void dejaPasarLoQueNoEsUnComponenteDeUnRegistro() {
        ELContext contexto = contexto();
        assertThat(resolver.getValue(contexto, new Fila("1", 0, List.of()), "nombreCompleto"))
                .isNull();
        assertThat(resolver.getValue(contexto, new Fila("1", 0, List.of()), "inexistente"))
                .isNull();
        assertThat(resolver.getValue(contexto, "no es un registro", "length")).isNull();
        assertThat(resolver.getValue(contexto, null, "numero")).isNull();
        assertThat(contexto.isPropertyResolved()).isFalse();
    }
}

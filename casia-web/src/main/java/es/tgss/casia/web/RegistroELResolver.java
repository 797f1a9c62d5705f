package es.tgss.casia.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets the pages read Java records ({@code #{fila.numero}} calls {@code numero()}): the read models of the
 * services are records, and Jakarta EL 5 (Jakarta EE 10) only knows JavaBean getters. EL 6 has this resolver
 * built in; drop this class when the server moves to Jakarta EE 11. Read-only, like the records.
 */
public class RegistroELResolver extends ELResolver {

    /** The accessors of each record class, looked up once. */
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTES = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> tipo) {
            Map<String, MethodHandle> accesores = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent componente : tipo.getRecordComponents()) {
                try {
                    accesores.put(componente.getName(), lookup.unreflect(componente.getAccessor()));
                } catch (IllegalAccessException e) {
                    // A record that is not public: EL could not read it anyway.
                }
            }
            return Map.copyOf(accesores);
        }
    };

    @Override
    public Object getValue(ELContext contexto, Object base, Object propiedad) {
        MethodHandle accesor = accesor(base, propiedad);
        if (accesor == null) {
            return null;
        }
        contexto.setPropertyResolved(base, propiedad);
        try {
            return accesor.invoke(base);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext contexto, Object base, Object propiedad) {
        if (accesor(base, propiedad) == null) {
            return null;
        }
        contexto.setPropertyResolved(base, propiedad);
        return null; // read-only: nothing may be written through it
    }

    @Override
    public void setValue(ELContext contexto, Object base, Object propiedad, Object valor) {
        if (accesor(base, propiedad) != null) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + "." + propiedad);
        }
    }

    @Override
    public boolean isReadOnly(ELContext contexto, Object base, Object propiedad) {
        if (accesor(base, propiedad) == null) {
            return false;
        }
        contexto.setPropertyResolved(base, propiedad);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext contexto, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static MethodHandle accesor(Object base, Object propiedad) {
        if (base == null || !base.getClass().isRecord() || !(propiedad instanceof String nombre)) {
            return null;
        }
        return COMPONENTES.get(base.getClass()).get(nombre);
    }
}

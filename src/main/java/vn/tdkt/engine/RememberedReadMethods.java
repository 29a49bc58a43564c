package vn.tdkt.engine;

import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's SQL is MyBatis's, whose conditions ({@code <if test="query.isOrQueryActive">},
 * {@code authCheck.isHistoricInstancePermissionsEnabled}, {@code authCheck.shouldPerformAuthorizatioCheck}...) are
 * OGNL expressions. OGNL caches a property's {@code getX()}/{@code isX()} getter, but a property read through a
 * method of another name is looked up on every evaluation by scanning all of the class's methods and lower-casing
 * each name (40 µs for a task query's {@code isOrQueryActive}): 4 % of the JVM's time in a province-year. This
 * accessor, put in place of OGNL's own for plain objects, remembers what the lookup found per class and name; it
 * reads the same method OGNL would, and leaves everything else (maps, lists, fields, non-public members, writes) to
 * OGNL as before. Measured by EngineConditionReadsBenchmark (docs/performance.md).
 */
@Component
public class RememberedReadMethods extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // OGNL's accessors are static: one registration serves every engine of the JVM, and doing it again is harmless
        OgnlRuntime.setPropertyAccessor(Object.class, Accessor.INSTANCE);
    }

    public static final class Accessor extends ObjectPropertyAccessor {

        static final Accessor INSTANCE = new Accessor();

        /** Per class (and gone with it, should its class loader go): the method read for each name, or none. */
        private final ClassValue<Map<String, Optional<Method>>> found = new ClassValue<>() {
            @Override
            protected Map<String, Optional<Method>> computeValue(Class<?> type) {
                return new ConcurrentHashMap<>();
            }
        };

        public Accessor() {
            // one per JVM in use (INSTANCE); others only to compare (EngineConditionReadsBenchmark)
        }

        @Override
        public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
            Optional<Method> method = target == null ? Optional.empty() : readMethod(target.getClass(), name);
            if (method.isEmpty()) {
                return super.getPossibleProperty(context, target, name);
            }
            try {
                return method.get().invoke(target);
            } catch (InvocationTargetException e) {
                throw new OgnlException(name, e.getTargetException());
            } catch (IllegalAccessException e) {
                return super.getPossibleProperty(context, target, name);
            }
        }

        /** What OGNL reads for the name: its getter, or else the method its read-method search finds; once per class. */
        Optional<Method> readMethod(Class<?> type, String name) {
            return found.get(type).computeIfAbsent(name, n -> {
                Method m = OgnlRuntime.getGetMethod(type, n);
                if (m == null) {
                    m = OgnlRuntime.getReadMethod(type, n, null);
                }
                boolean callable = m != null && m.getParameterCount() == 0 && Modifier.isPublic(m.getModifiers())
                        && Modifier.isPublic(m.getDeclaringClass().getModifiers());
                // a public method of a public class: the access check each call would make can be skipped once
                return callable && m.trySetAccessible() ? Optional.of(m) : Optional.empty();
            });
        }
    }
}

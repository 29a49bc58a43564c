package vn.tdkt.engine;

import org.camunda.spin.spi.TypeDetector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names the Java type of a JSON-serialized process variable by its class alone ({@code java.util.ArrayList}) when
 * it holds only what JSON gives back as it was: strings, booleans, ints, doubles, nulls, and lists and maps of them.
 * The decision tables' results are such values ({@code requiredDocuments}, {@code councilRule}).
 *
 * <p>Why: Spin's own name is generic ({@code java.util.ArrayList<java.lang.String>}). To read the variable, Spin
 * first asks the class loader for a class of that name, which searches every jar of the application and fails with an
 * exception, before it parses the name as a generic type; every read of such a variable paid for a search of the
 * whole class path. The plain name is found at once, and the value read back is equal to the one written. Variables
 * written with the generic name are still read as before.
 */
public final class PlainJsonTypeNames implements TypeDetector {

    @Override
    public boolean canHandle(Object value) {
        return isPlainContainer(value) && holdsPlainValues(value);
    }

    @Override
    public String detectType(Object value) {
        return value.getClass().getName();
    }

    private static boolean isPlainContainer(Object value) {
        Class<?> type = value == null ? null : value.getClass();
        return type == ArrayList.class || type == HashMap.class || type == LinkedHashMap.class;
    }

    private static boolean holdsPlainValues(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Double) {
            return true;
        }
        if (!isPlainContainer(value)) {
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(e -> e.getKey() instanceof String && holdsPlainValues(e.getValue()));
        }
        return ((Collection<?>) value).stream().allMatch(PlainJsonTypeNames::holdsPlainValues);
    }
}

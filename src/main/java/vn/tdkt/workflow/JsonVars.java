package vn.tdkt.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists of objects as process variables of type Json: the type Camunda Forms prefill dynamic lists from and
 * submit them as. Reading accepts what a REST client may send instead (a JSON string, a Java list).
 */
public final class JsonVars {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonVars() { }

    public static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serialisable as JSON: " + value, e);
        }
    }

    /**
     * The variable as a list of objects; null when it is missing or is not a JSON array of objects.
     */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> listOfObjects(Object variable) {
        Object parsed;
        try {
            if (variable == null) {
                return null;
            } else if (variable instanceof SpinJsonNode node) {
                parsed = MAPPER.readValue(node.toString(), Object.class);
            } else if (variable instanceof String s) {
                parsed = MAPPER.readValue(s, Object.class);
            } else {
                parsed = variable;
            }
        } catch (JsonProcessingException e) {
            return null;
        }
        if (!(parsed instanceof List<?> list)) {
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                return null;
            }
            out.add((Map<String, Object>) map);
        }
        return out;
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

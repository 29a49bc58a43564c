package vn.tdkt.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one Camunda Form says about the data it shows: each field's label by its key (a dynamic list's fields as
 * {@code list.field}) and the labels of the options of its selects, radios and checklists. Plain JSON reading,
 * no engine: the audit timeline names variables and their coded values with them.
 */
record FormWords(String id, Map<String, String> labels, Map<String, Map<String, String>> options) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final FormWords NONE = new FormWords(null, Map.of(), Map.of());

    /** The form's words; a resource that is not a readable form gives none. */
    static FormWords parse(byte[] json) {
        try {
            JsonNode root = JSON.readTree(json);
            Map<String, String> labels = new LinkedHashMap<>();
            Map<String, Map<String, String>> options = new LinkedHashMap<>();
            walk(root.path("components"), "", labels, options);
            return new FormWords(root.path("id").asText(null), Collections.unmodifiableMap(labels),
                    Collections.unmodifiableMap(options));
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    private static void walk(JsonNode components, String prefix, Map<String, String> labels,
                             Map<String, Map<String, String>> options) {
        for (JsonNode c : components) {
            String key = text(c, "key");
            String path = text(c, "path");
            String label = text(c, "label");
            String own = key != null ? prefix + key : path != null ? prefix + path : null;
            if (own != null && label != null) {
                labels.putIfAbsent(own, label.strip());
            }
            if (own != null && c.path("values").isArray()) {
                Map<String, String> byValue = options.computeIfAbsent(own, k -> new LinkedHashMap<>());
                for (JsonNode v : c.path("values")) {
                    String value = v.path("value").asText(null);
                    String text = text(v, "label");
                    if (value != null && text != null) {
                        byValue.putIfAbsent(value, text.strip());
                    }
                }
            }
            if (c.path("components").isArray()) {
                // a dynamic list or a group with a path nests its fields under that path
                walk(c.path("components"), path != null ? prefix + path + "." : prefix, labels, options);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }
}

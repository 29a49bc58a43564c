package vn.tdkt.formrules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the rules of a Camunda Form (form-js schema) as Tasklist enforces them in the browser: required, min, max,
 * minLength, maxLength, pattern, validationType, the values a choice offers, dynamic lists. Disabled (read-only)
 * fields, display components and the secret ballot's fields (checked by the ballot box itself, and never to be read
 * by anything else) carry no rule.
 */
public final class FormRuleParser {

    static final String SECRET_BALLOT_PREFIX = "secretBallot";
    private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "select", "radio", "checkbox",
            "checklist", "taglist", "datetime");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormRuleParser() {
    }

    public static FormRules parse(String formJson) {
        try {
            JsonNode form = JSON.readTree(formJson);
            List<FieldRule> fields = new ArrayList<>();
            collect(form.path("components"), null, null, fields);
            return new FormRules(form.path("id").asText(null), List.copyOf(fields));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a Camunda Form: " + e.getMessage(), e);
        }
    }

    private static void collect(JsonNode components, String listPath, String listLabel, List<FieldRule> out) {
        for (JsonNode c : components) {
            String type = c.path("type").asText("");
            if (c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false)) {
                continue;
            }
            if ("dynamiclist".equals(type)) {
                String path = c.path("path").asText("");
                if (!path.isBlank() && !path.startsWith(SECRET_BALLOT_PREFIX)) {
                    collect(c.path("components"), path, c.path("label").asText(path), out);
                }
                continue;
            }
            if ("group".equals(type)) {
                // a group with a path nests its fields in an object variable: not used by these forms, so such a
                // group's fields are left to the process's own rules rather than checked at the wrong place
                if (c.path("path").asText("").isBlank()) {
                    collect(c.path("components"), listPath, listLabel, out);
                }
                continue;
            }
            String key = c.path("key").asText("");
            if (!INPUTS.contains(type) || key.isBlank() || key.startsWith(SECRET_BALLOT_PREFIX)) {
                continue;
            }
            JsonNode v = c.path("validate");
            List<String> values = new ArrayList<>();
            c.path("values").forEach(option -> values.add(option.path("value").asText()));
            // a field shown only under a condition may be hidden and then is not submitted: it is not required here
            boolean conditional = !c.path("conditional").path("hide").asText("").isBlank();
            out.add(new FieldRule(key, c.path("label").asText(null), type,
                    v.path("required").asBoolean(false) && !conditional,
                    number(v.path("min")), number(v.path("max")), integer(v.path("minLength")),
                    integer(v.path("maxLength")), text(v.path("pattern")), text(v.path("validationType")),
                    List.copyOf(values), text(c.path("valuesKey")), text(c.path("subtype")), listPath, listLabel,
                    integer(c.path("decimalDigits"))));
        }
    }

    private static Double number(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual() && !n.asText().isBlank()) {
            try {
                return Double.parseDouble(n.asText());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Integer integer(JsonNode n) {
        Double d = number(n);
        return d == null ? null : d.intValue();
    }

    private static String text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }
}

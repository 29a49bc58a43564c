package vn.tdkt.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a process model and its forms name, read from the files as deployed (processes/*.bpmn, forms/*.form), for
 * the tests that hold a process's Java catalogue of variable names and element ids to its model. Plain Java, no
 * engine: a renamed variable or task in a model fails the catalogue's test.
 */
public final class ProcessCatalogue {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("<bpmn:message [^>]*name=\"([^\"]+)\"");
    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern BEAN = Pattern.compile("(?:delegateExpression|camunda:delegateExpression)=\"\\$\\{(\\w+)}\"");
    private static final Pattern NAMED = Pattern.compile(
            "camunda:(?:resultVariable|elementVariable)=\"(\\w+)\"|<camunda:inputParameter name=\"(\\w+)\"");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|&#x27;.*?&#x27;|&quot;.*?&quot;");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([a-zA-Z_]\\w*)(?!\\s*\\()");
    /** EL words, and the Spring bean the models call for due dates (WorkingDaysExpression). */
    private static final Set<String> EL_WORDS = Set.of("execution", "task", "workingDays", "true", "false", "null", "empty", "not",
            "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "amp", "div", "mod", "instanceof");

    private final String bpmn;

    private ProcessCatalogue(String bpmn) {
        this.bpmn = bpmn;
    }

    /** The model processes/{@code key}.bpmn. */
    public static ProcessCatalogue of(String key) {
        return new ProcessCatalogue(read(Path.of("processes", key + ".bpmn")));
    }

    /** Ids of every element and flow of the model, and the names of its messages. */
    public Set<String> elementIds() {
        Set<String> ids = matches(ID, bpmn);
        ids.addAll(matches(MESSAGE, bpmn));
        return ids;
    }

    /** The forms the model's start event and user tasks use (camunda:formRef). */
    public Set<String> formRefs() {
        return matches(FORM_REF, bpmn);
    }

    /**
     * Variables the model reads or writes by name: identifiers in its ${...} expressions (beans and EL words aside,
     * and only the head of a property path: councilRule of councilRule.needsCouncil), result and element variables,
     * and input parameters.
     */
    public Set<String> modelVariables() {
        Set<String> beans = matches(BEAN, bpmn);
        Set<String> names = new TreeSet<>();
        Matcher m = EXPRESSION.matcher(bpmn);
        while (m.find()) {
            String expression = QUOTED.matcher(m.group(1)).replaceAll(" ");
            Matcher id = IDENTIFIER.matcher(expression);
            while (id.find()) {
                String name = id.group(1);
                if (!beans.contains(name) && !EL_WORDS.contains(name)) {
                    names.add(name);
                }
            }
        }
        Matcher named = NAMED.matcher(bpmn);
        while (named.find()) {
            names.add(named.group(1) != null ? named.group(1) : named.group(2));
        }
        return names;
    }

    /**
     * Process variables the model's forms bind: every field key and every dynamic list's path; the fields inside a
     * dynamic list are columns of its rows, not variables.
     */
    public Set<String> formVariables() {
        Set<String> names = new TreeSet<>();
        for (String form : formRefs()) {
            collect(form(form).path("components"), names);
        }
        return names;
    }

    /** The values a form's radio, select or checklist field offers, by the field's key (empty if no such field). */
    public static Set<String> fieldValues(String form, String key) {
        Set<String> values = new TreeSet<>();
        form(form).findParents("key").stream().filter(n -> key.equals(n.path("key").asText()))
                .forEach(field -> field.path("values").forEach(v -> values.add(v.path("value").asText())));
        return values;
    }

    /** The values of the public static final String fields of a catalogue class. */
    public static Set<String> constants(Class<?> catalogue) {
        Set<String> values = new TreeSet<>();
        for (Field f : catalogue.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && Modifier.isFinal(mod)
                    && f.getType() == String.class) {
                try {
                    values.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    private static void collect(JsonNode components, Set<String> names) {
        for (JsonNode c : components) {
            if ("dynamiclist".equals(c.path("type").asText())) {
                names.add(c.path("path").asText());
                continue;
            }
            if (c.hasNonNull("key") && !"text".equals(c.path("type").asText())) {
                names.add(c.path("key").asText());
            }
            collect(c.path("components"), names);
        }
    }

    private static JsonNode form(String id) {
        try {
            return JSON.readTree(read(Path.of("forms", id + ".form")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> matches(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

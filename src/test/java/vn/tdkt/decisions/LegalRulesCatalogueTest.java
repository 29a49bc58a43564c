package vn.tdkt.decisions;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/legal-rules.md says what the deployed tables say: per row of {@code award-eligibility} its reason code, the
 * rule, its legal basis, its period and whether it is confirmed (and so blocks) or only warns; per row of
 * {@code legal-parameters} the parameter, its value, meaning, basis, period and flag.
 */
class LegalRulesCatalogueTest {

    private static final Path CATALOGUE = Path.of("docs/legal-rules.md");

    @Test
    void theCatalogueIsTheEligibilityTable() throws Exception {
        List<String> fromTable = rows("processes/award-eligibility.dmn", (r) -> {
            assertThat(r.out("confirmed")).as(r.id()).isIn("true", "false");
            assertThat(r.out("legalBasis")).as(r.id()).isNotBlank();
            return String.join(" | ", "`" + r.id() + "`", "`" + r.out("reasonCode") + "`", r.out("reason"),
                    r.out("legalBasis"), r.period(), "true".equals(r.out("confirmed")) ? "có" : "chưa — chỉ cảnh báo");
        });
        assertThat(catalogueRows("| `Rule_")).as("catalogue rows of award-eligibility").containsExactlyElementsOf(fromTable);
    }

    @Test
    void theCatalogueIsTheParameterTable() throws Exception {
        List<String> fromTable = rows("processes/legal-parameters.dmn", (r) -> {
            assertThat(r.out("confirmed")).as(r.id()).isIn("true", "false");
            assertThat(r.out("legalBasis")).as(r.id()).isNotBlank();
            return String.join(" | ", "`" + r.id() + "`", "`" + r.out("parameter") + "`", "`" + r.out("value") + "`",
                    r.out("label"), r.out("legalBasis"), r.period(), "true".equals(r.out("confirmed")) ? "có" : "chưa");
        });
        assertThat(catalogueRows("| `Param_")).as("catalogue rows of legal-parameters").containsExactlyElementsOf(fromTable);
    }

    /** The README points to the catalogue instead of repeating it. */
    @Test
    void theReadmeLinksTheCatalogue() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains("docs/legal-rules.md");
    }

    private record Row(String id, List<String> outputs, List<String> values, String periodEntry) {
        String out(String name) {
            return values.get(outputs.indexOf(name));
        }

        String period() {
            return LegalRulesCatalogueTest.period(periodEntry);
        }
    }

    private static List<String> rows(String file, Function<Row, String> line) throws Exception {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
            List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
            List<Input> inputs = new ArrayList<>(table.getInputs());
            int dated = -1;
            for (int i = 0; i < inputs.size(); i++) {
                if (inputs.get(i).getInputExpression().getTextContent().contains("judgedOn")) {
                    dated = i;
                }
            }
            assertThat(dated).as(file + " has a validity column").isNotNegative();
            for (Rule rule : table.getRules()) {
                List<String> values = rule.getOutputEntries().stream().map(OutputEntry::getTextContent)
                        .map(String::strip).map(LegalRulesCatalogueTest::unquoted).toList();
                List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
                lines.add(line.apply(new Row(rule.getId(), outputs, values, entries.get(dated).getTextContent())));
            }
        }
        return lines;
    }

    private static List<String> catalogueRows(String prefix) throws Exception {
        return Files.readString(CATALOGUE).lines().dropWhile(l -> !l.startsWith(prefix))
                .takeWhile(l -> l.startsWith(prefix)).map(l -> l.substring(2, l.length() - 2).strip()).toList();
    }

    private static final Pattern ON_OR_BEFORE = Pattern.compile("<=\\s*date\\(\"([\\d-]+)\"\\)");
    private static final Pattern ON_OR_AFTER = Pattern.compile(">=\\s*date\\(\"([\\d-]+)\"\\)");
    private static final Pattern BEFORE = Pattern.compile("<\\s*date\\(\"([\\d-]+)\"\\)");
    private static final Pattern BETWEEN = Pattern.compile(
            "\\[\\s*date\\(\"([\\d-]+)\"\\)\\s*\\.\\.\\s*date\\(\"([\\d-]+)\"\\)\\s*]");

    /** The catalogue's words for a validity entry. */
    static String period(String entry) {
        String e = entry.strip();
        if (e.isEmpty() || e.equals("-")) {
            return "mọi thời kỳ";
        }
        Matcher m;
        if ((m = ON_OR_BEFORE.matcher(e)).matches()) {
            return "đến " + day(m.group(1));
        }
        if ((m = ON_OR_AFTER.matcher(e)).matches()) {
            return "từ " + day(m.group(1));
        }
        if ((m = BEFORE.matcher(e)).matches()) {
            return "trước " + day(m.group(1));
        }
        if ((m = BETWEEN.matcher(e)).matches()) {
            return "từ " + day(m.group(1)) + " đến " + day(m.group(2));
        }
        throw new AssertionError("a validity entry the catalogue cannot word: " + e);
    }

    private static String day(String iso) {
        String[] p = iso.split("-");
        return p[2] + "/" + p[1] + "/" + p[0];
    }

    private static String unquoted(String feelString) {
        return feelString.startsWith("\"") && feelString.endsWith("\"")
                ? feelString.substring(1, feelString.length() - 1).replace("\\\"", "\"") : feelString;
    }
}

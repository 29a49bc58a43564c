package vn.tdkt.decisions;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's catalogue of legal rules says what the deployed eligibility table says: per row its reason code, the
 * rule, its legal basis and whether it is confirmed (and so blocks) or only warns.
 */
class LegalRulesCatalogueTest {

    @Test
    void theCatalogueIsTheEligibilityTable() throws Exception {
        List<String> fromTable = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of("processes/award-eligibility.dmn"))) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
            List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
            for (Rule rule : table.getRules()) {
                List<String> values = rule.getOutputEntries().stream().map(OutputEntry::getTextContent)
                        .map(String::strip).map(LegalRulesCatalogueTest::unquoted).toList();
                String confirmed = values.get(outputs.indexOf("confirmed"));
                assertThat(confirmed).as(rule.getId()).isIn("true", "false");
                assertThat(values.get(outputs.indexOf("legalBasis"))).as(rule.getId()).isNotBlank();
                fromTable.add(String.join(" | ", "`" + rule.getId() + "`", "`" + values.get(outputs.indexOf("reasonCode")) + "`",
                        values.get(outputs.indexOf("reason")), values.get(outputs.indexOf("legalBasis")),
                        "true".equals(confirmed) ? "có" : "chưa — chỉ cảnh báo"));
            }
        }
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("**Catalogue of the legal rules**"));
        List<String> fromReadme = section.lines().dropWhile(l -> !l.startsWith("| `Rule_"))
                .takeWhile(l -> l.startsWith("| `Rule_"))
                .map(l -> l.substring(2, l.length() - 2).strip()).toList();
        assertThat(fromReadme).as("README catalogue rows").containsExactlyElementsOf(fromTable);
    }

    private static String unquoted(String feelString) {
        return feelString.startsWith("\"") && feelString.endsWith("\"")
                ? feelString.substring(1, feelString.length() - 1).replace("\\\"", "\"") : feelString;
    }
}

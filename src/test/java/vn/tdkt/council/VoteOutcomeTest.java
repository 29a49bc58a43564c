package vn.tdkt.council;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** VoteOutcome against the outcomes the vote-outcome decision table gives (no engine). */
class VoteOutcomeTest {

    @Test
    void theEnumHasExactlyTheOutcomesOfTheTable() {
        DmnModelInstance model = Dmn.readModelFromFile(new File("processes/vote-outcome.dmn"));
        Decision decision = model.getModelElementById(VoteOutcomeTable.DECISION_KEY);
        DecisionTable table = (DecisionTable) decision.getExpression();
        List<Output> outputs = List.copyOf(table.getOutputs());
        int column = outputs.indexOf(outputs.stream().filter(o -> "outcome".equals(o.getName())).findFirst()
                .orElseThrow());
        Set<String> values = new TreeSet<>();
        for (Rule rule : table.getRules()) {
            values.add(List.copyOf(rule.getOutputEntries()).get(column).getTextContent().replace("\"", "").strip());
        }
        assertThat(values).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(VoteOutcome.values()).map(Enum::name).toList());
    }

    @Test
    void aValueIsReadAsStoredOrDecided() {
        assertThat(VoteOutcome.PASSED.is("PASSED")).isTrue();
        assertThat(VoteOutcome.PASSED.is("NOT_PASSED")).isFalse();
        assertThat(VoteOutcome.REVOTE.is(null)).isFalse();
    }
}

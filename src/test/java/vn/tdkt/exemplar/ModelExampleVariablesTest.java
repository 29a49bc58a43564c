package vn.tdkt.exemplar;

import org.junit.jupiter.api.Test;
import vn.tdkt.workflow.ProcessCatalogue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** ModelExampleVariables against model-example.bpmn and its forms (no engine, no Spring). */
class ModelExampleVariablesTest {

    private final ProcessCatalogue model = ProcessCatalogue.of(ModelExampleVariables.PROCESS);

    private static Set<String> names(Class<?> type) throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field f : type.getDeclaredFields()) {
            if (f.getType() == String.class && Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    @Test
    void everyVariableTheFormsBindIsInTheCatalogue() throws IllegalAccessException {
        assertThat(model.formVariables()).contains("title", "story", "headDecision", "vettingDecision",
                "publishDecision", "monitorDecision", "followUpReport", "nomineeCode", "putForward");
        assertThat(names(ModelExampleVariables.class)).containsAll(model.formVariables());
    }

    @Test
    void everyVariableTheModelNamesIsInTheCatalogue() throws IllegalAccessException {
        assertThat(model.modelVariables()).contains("unitCode", "vettingGroup", "publishingGroup", "followUpCycle",
                "headDecision", "monitorDecision");
        assertThat(names(ModelExampleVariables.class)).containsAll(model.modelVariables());
    }

    @Test
    void theAnswersAreTheValuesTheFormsOffer() {
        assertThat(ProcessCatalogue.fieldValues("model-example-head-review", ModelExampleVariables.HEAD_DECISION))
                .containsExactlyInAnyOrder("approve", "return");
        assertThat(ProcessCatalogue.fieldValues("model-example-vetting", ModelExampleVariables.VETTING_DECISION))
                .containsExactlyInAnyOrder("accept", "return", "refuse");
        assertThat(ProcessCatalogue.fieldValues("model-example-publish-approval",
                ModelExampleVariables.PUBLISH_DECISION)).containsExactlyInAnyOrder("approve", "return");
        assertThat(ProcessCatalogue.fieldValues("model-example-monitor", ModelExampleVariables.MONITOR_DECISION))
                .containsExactlyInAnyOrder("withdraw", "close");
        assertThat(Arrays.stream(ModelExampleVariables.Decision.values()).map(ModelExampleVariables.Decision::value))
                .containsExactlyInAnyOrder("approve", "return", "accept", "refuse", "withdraw", "close");
        assertThat(ProcessCatalogue.fieldValues("model-example-start", ModelExampleVariables.EXAMPLE_KIND))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ExampleKind.values()).map(Enum::name).toList());
    }

    @Test
    void theStepIdsAreTheModels() throws IllegalAccessException {
        assertThat(model.elementIds()).containsAll(names(ModelExampleVariables.Steps.class));
    }
}

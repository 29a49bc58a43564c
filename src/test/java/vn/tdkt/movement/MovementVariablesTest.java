package vn.tdkt.movement;

import org.junit.jupiter.api.Test;
import vn.tdkt.workflow.ProcessCatalogue;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** MovementVariables against emulation-movement.bpmn and its forms (no engine, no Spring). */
class MovementVariablesTest {

    private final ProcessCatalogue model = ProcessCatalogue.of(MovementVariables.PROCESS);

    /** The catalogue's names (its constants are package-private, so read here rather than by ProcessCatalogue). */
    private static java.util.Set<String> names() throws IllegalAccessException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (var f : MovementVariables.class.getDeclaredFields()) {
            if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    @Test
    void everyVariableTheFormsBindIsInTheCatalogue() throws IllegalAccessException {
        assertThat(model.formVariables()).contains("movementName", "participantCodes", "launchDecision", "registrationPlan", "finalReviewReport");
        assertThat(names()).containsAll(model.formVariables());
    }

    @Test
    void everyVariableTheModelNamesIsInTheCatalogue() throws IllegalAccessException {
        assertThat(model.modelVariables()).contains("launchDecision", "reviseDecision", "unitCode", "participants", "awardCount");
        assertThat(names()).containsAll(model.modelVariables());
    }

    @Test
    void theAnswersAreTheValuesTheFormsOffer() {
        assertThat(ProcessCatalogue.fieldValues("movement-launch-decision", MovementVariables.LAUNCH_DECISION))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(MovementVariables.LaunchDecision.values())
                        .map(MovementVariables.LaunchDecision::value).toList());
        assertThat(ProcessCatalogue.fieldValues("movement-revise", MovementVariables.REVISE_DECISION))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(MovementVariables.ReviseDecision.values())
                        .map(MovementVariables.ReviseDecision::value).toList());
    }
}

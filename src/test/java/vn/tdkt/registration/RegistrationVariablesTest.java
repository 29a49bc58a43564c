package vn.tdkt.registration;

import org.junit.jupiter.api.Test;
import vn.tdkt.workflow.ProcessCatalogue;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** RegistrationVariables against emulation-registration.bpmn and its forms (no engine, no Spring). */
class RegistrationVariablesTest {

    private final ProcessCatalogue model = ProcessCatalogue.of(RegistrationVariables.PROCESS);

    /** The catalogue's names (its constants are package-private, so read here rather than by ProcessCatalogue). */
    private static java.util.Set<String> names() throws IllegalAccessException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (var f : RegistrationVariables.class.getDeclaredFields()) {
            if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    @Test
    void everyVariableTheFormsBindIsInTheCatalogue() throws IllegalAccessException {
        assertThat(model.formVariables()).contains("emulationYear", "collectiveTitle", "headDecision");
        assertThat(names()).containsAll(model.formVariables());
    }

    @Test
    void everyVariableTheModelNamesIsInTheCatalogue() throws IllegalAccessException {
        assertThat(model.modelVariables()).contains("headDecision", "unitCode");
        assertThat(names()).containsAll(model.modelVariables());
    }

    @Test
    void theHeadsAnswersAreTheValuesTheFormOffers() {
        assertThat(ProcessCatalogue.fieldValues("registration-head-review", RegistrationVariables.HEAD_DECISION))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RegistrationVariables.HeadDecision.values())
                        .map(RegistrationVariables.HeadDecision::value).toList());
    }
}

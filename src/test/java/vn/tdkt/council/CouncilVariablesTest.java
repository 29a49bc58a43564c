package vn.tdkt.council;

import org.junit.jupiter.api.Test;
import vn.tdkt.workflow.ProcessCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/** CouncilVariables and CouncilSteps against council-review.bpmn and its forms (no engine, no Spring). */
class CouncilVariablesTest {

    private final ProcessCatalogue model = ProcessCatalogue.of(CouncilSteps.PROCESS);

    @Test
    void everyElementIdTheJavaNamesIsInTheModel() {
        assertThat(model.elementIds()).containsAll(ProcessCatalogue.constants(CouncilSteps.class));
    }

    @Test
    void everyVariableTheFormsBindIsInTheCatalogue() {
        assertThat(model.formVariables()).contains("sessionTitle", "attendanceList", "agendaRows", "minutesRef");
        assertThat(ProcessCatalogue.constants(CouncilVariables.class)).containsAll(model.formVariables());
    }

    @Test
    void everyVariableTheModelNamesIsInTheCatalogue() {
        assertThat(model.modelVariables()).contains("quorum", "voterIds", "voter", "chairMinutesDecision");
        assertThat(ProcessCatalogue.constants(CouncilVariables.class)).containsAll(model.modelVariables());
    }

    @Test
    void theChairsAnswersAreTheValuesTheFormOffers() {
        assertThat(ProcessCatalogue.fieldValues("council-minutes-chair", CouncilVariables.CHAIR_MINUTES_DECISION))
                .containsExactlyInAnyOrderElementsOf(CouncilVariables.ChairMinutesDecision.names());
    }
}

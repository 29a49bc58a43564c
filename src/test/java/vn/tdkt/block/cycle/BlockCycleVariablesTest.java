package vn.tdkt.block.cycle;

import org.junit.jupiter.api.Test;
import vn.tdkt.workflow.ProcessCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/** BlockCycleVariables and BlockCycleSteps against block-emulation-cycle.bpmn and its forms (no engine, no Spring). */
class BlockCycleVariablesTest {

    private final ProcessCatalogue model = ProcessCatalogue.of(BlockCycleSteps.PROCESS);

    @Test
    void everyElementIdTheJavaNamesIsInTheModel() {
        assertThat(model.elementIds()).containsAll(ProcessCatalogue.constants(BlockCycleSteps.class));
    }

    @Test
    void everyVariableTheFormsBindIsInTheCatalogue() {
        assertThat(model.formVariables()).contains("blockCode", "emulationYear", "scoreItems", "pactSigned");
        assertThat(ProcessCatalogue.constants(BlockCycleVariables.class)).containsAll(model.formVariables());
    }

    @Test
    void everyVariableTheModelNamesIsInTheCatalogue() {
        assertThat(model.modelVariables()).contains("members", "member", "arbitrationTargets", "leaderUnit");
        assertThat(ProcessCatalogue.constants(BlockCycleVariables.class)).containsAll(model.modelVariables());
    }
}

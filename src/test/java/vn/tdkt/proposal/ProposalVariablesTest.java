package vn.tdkt.proposal;

import org.junit.jupiter.api.Test;
import vn.tdkt.proposal.ProposalVariables.AppraisalAction;
import vn.tdkt.proposal.ProposalVariables.AppraisalApproval;
import vn.tdkt.proposal.ProposalVariables.ConcurrenceOpinion;
import vn.tdkt.proposal.ProposalVariables.HeadDecision;
import vn.tdkt.proposal.ProposalVariables.IntakeDecision;
import vn.tdkt.proposal.ProposalVariables.UpwardDecision;
import vn.tdkt.workflow.ProcessCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/** ProposalVariables and ProposalSteps against commendation-proposal.bpmn and its forms (no engine, no Spring). */
class ProposalVariablesTest {

    private final ProcessCatalogue model = ProcessCatalogue.of(ProposalSteps.PROCESS);

    @Test
    void everyElementIdTheJavaNamesIsInTheModel() {
        assertThat(model.elementIds()).containsAll(ProcessCatalogue.constants(ProposalSteps.class));
    }

    @Test
    void everyVariableTheFormsBindIsInTheCatalogue() {
        assertThat(model.formRefs()).contains("proposal-start", "proposal-appraisal");
        assertThat(model.formVariables()).contains("nomineeCodes", "appraisal", "headDecision")
                .doesNotContain("nomineeCode", "conclusion");
        assertThat(ProcessCatalogue.constants(ProposalVariables.class)).containsAll(model.formVariables());
    }

    @Test
    void everyVariableTheModelNamesIsInTheCatalogue() {
        assertThat(model.modelVariables()).contains("headDecision", "councilRule", "concurrenceAgencies", "agency");
        assertThat(ProcessCatalogue.constants(ProposalVariables.class)).containsAll(model.modelVariables());
    }

    @Test
    void theOutcomesAreTheValuesTheFormsOffer() {
        assertThat(ProcessCatalogue.fieldValues("proposal-head-sign", ProposalVariables.HEAD_DECISION))
                .containsExactlyInAnyOrderElementsOf(HeadDecision.names());
        assertThat(ProcessCatalogue.fieldValues("proposal-intake", ProposalVariables.INTAKE_DECISION))
                .containsExactlyInAnyOrderElementsOf(IntakeDecision.names());
        assertThat(ProcessCatalogue.fieldValues("proposal-appraisal", ProposalVariables.APPRAISAL_ACTION))
                .containsExactlyInAnyOrderElementsOf(AppraisalAction.names());
        assertThat(ProcessCatalogue.fieldValues("proposal-appraisal-approval", ProposalVariables.APPRAISAL_APPROVAL))
                .containsExactlyInAnyOrderElementsOf(AppraisalApproval.names());
        assertThat(ProcessCatalogue.fieldValues("proposal-concurrence", ProposalVariables.CONCURRENCE_OPINION))
                .containsExactlyInAnyOrderElementsOf(ConcurrenceOpinion.names());
        assertThat(ProcessCatalogue.fieldValues("proposal-sign-upward", ProposalVariables.UPWARD_DECISION))
                .containsExactlyInAnyOrderElementsOf(UpwardDecision.names());
    }

    @Test
    void theNamesAreDistinct() {
        assertThat(ProcessCatalogue.constants(ProposalVariables.class))
                .hasSize((int) java.util.Arrays.stream(ProposalVariables.class.getDeclaredFields())
                        .filter(f -> f.getType() == String.class).count());
    }
}

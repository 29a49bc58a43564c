package vn.tdkt.revocation;

import org.junit.jupiter.api.Test;
import vn.tdkt.workflow.ProcessCatalogue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** RevocationVariables against award-revocation.bpmn and its forms (no engine, no Spring). */
class RevocationVariablesTest {

    private final ProcessCatalogue model = ProcessCatalogue.of(RevocationVariables.PROCESS_KEY);

    private static Set<String> names() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (var f : RevocationVariables.class.getDeclaredFields()) {
            if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                names.add((String) f.get(null));
            }
        }
        names.add(RevocationConsequencesDelegate.RECOVERY_WORKING_DAYS);
        // the bean the recovery sub-process reads its texts from (${revocationTexts.recoveryOf(...)})
        names.add("revocationTexts");
        return names;
    }

    @Test
    void everyVariableTheFormsBindIsInTheCatalogue() throws IllegalAccessException {
        assertThat(model.formVariables()).contains("decisionKey", "awardIds", "grounds", "headDecision",
                "councilOpinion", "chairmanDecision", "upwardDecision", "centralAnnulled", "bonusRefunded",
                "confirmDecision");
        assertThat(names()).containsAll(model.formVariables());
    }

    @Test
    void everyVariableTheModelNamesIsInTheCatalogue() throws IllegalAccessException {
        assertThat(model.modelVariables()).contains("headDecision", "throughCouncil", "authorityRule", "decidingUnit",
                "unitHeadDecision", "recoveryUnits");
        assertThat(names()).containsAll(model.modelVariables());
    }

    @Test
    void theAnswersAreTheValuesTheFormsOffer() {
        assertThat(ProcessCatalogue.fieldValues("revocation-head-review", RevocationVariables.HEAD_DECISION))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RevocationVariables.HeadDecision.values())
                        .map(RevocationVariables.HeadDecision::value).toList());
        assertThat(ProcessCatalogue.fieldValues("revocation-chairman-decision", RevocationVariables.CHAIRMAN_DECISION))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RevocationVariables.SignDecision.values())
                        .map(RevocationVariables.SignDecision::value).toList());
        assertThat(ProcessCatalogue.fieldValues("revocation-unit-head-decision",
                RevocationVariables.UNIT_HEAD_DECISION)).containsExactlyInAnyOrderElementsOf(Arrays.stream(
                        RevocationVariables.SignDecision.values()).map(RevocationVariables.SignDecision::value).toList());
        assertThat(ProcessCatalogue.fieldValues("revocation-council-opinion", RevocationVariables.COUNCIL_OPINION))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RevocationVariables.CouncilOpinion.values())
                        .map(RevocationVariables.CouncilOpinion::value).toList());
        assertThat(ProcessCatalogue.fieldValues("revocation-confirm-recovery", RevocationVariables.CONFIRM_DECISION))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RevocationVariables.ConfirmDecision.values())
                        .map(RevocationVariables.ConfirmDecision::value).toList());
        assertThat(ProcessCatalogue.fieldValues("revocation-start", RevocationVariables.GROUNDS))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RevocationGround.values()).map(Enum::name).toList());
    }
}

package vn.tdkt.audit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a timeline tells one variable from another to show the value before a change. */
class VariableKeyTest {

    @Test
    void aVariableOfTheInstanceIsOneWhetherItsRecordNamesTheScopeOrNot() {
        String compact = ProposalTimelines.variableKey(AuditKind.VARIABLE_UPDATED, "pi-1", "appraisalNote", Map.of());
        String full = ProposalTimelines.variableKey(AuditKind.VARIABLE_CREATED, "pi-1", "appraisalNote",
                Map.of("scopeActivityInstanceId", "pi-1", "variableInstanceId", "var-1"));
        assertThat(compact).isEqualTo(full);
    }

    @Test
    void theSameNameInATaskInABranchOrInAnotherInstanceIsAnotherVariable() {
        String onInstance = ProposalTimelines.variableKey(AuditKind.VARIABLE_UPDATED, "pi-1", "note", Map.of());
        assertThat(ProposalTimelines.variableKey(AuditKind.VARIABLE_UPDATED, "pi-1", "note", Map.of("taskId", "t-1")))
                .isNotEqualTo(onInstance);
        assertThat(ProposalTimelines.variableKey(AuditKind.VARIABLE_UPDATED, "pi-1", "note",
                Map.of("scopeActivityInstanceId", "SubProcess_Council:ai-3"))).isNotEqualTo(onInstance);
        assertThat(ProposalTimelines.variableKey(AuditKind.VARIABLE_UPDATED, "pi-2", "note", Map.of()))
                .isNotEqualTo(onInstance);
    }

    @Test
    void otherRecordsAreAboutNoVariable() {
        assertThat(ProposalTimelines.variableKey(AuditKind.TASK_COMPLETED, "pi-1", "Thẩm định hồ sơ", Map.of()))
                .isNull();
    }
}

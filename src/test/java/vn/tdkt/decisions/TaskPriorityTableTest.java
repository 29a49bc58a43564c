package vn.tdkt.decisions;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows of processes/task-priority.dmn, first match wins. */
class TaskPriorityTableTest {

    private static int priority(String process, String task, Integer daysLeft, String kind) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("processKey", process);
        vars.put("taskKey", task);
        vars.put("workingDaysLeft", daysLeft);
        vars.put("commendationKind", kind);
        Object result = DmnTables.evaluate("task-priority", vars).getSingleResult().getSingleEntry();
        return ((Number) result).intValue();
    }

    @Test
    void overdueComesFirstWhateverTheProcess() {
        assertThat(priority("commendation-proposal", "Task_Escalate", -1, "CONG_TRANG")).isEqualTo(100);
        assertThat(priority("commendation-proposal", "Task_Appraise", -5, "DOT_XUAT")).isEqualTo(100);
        assertThat(priority("council-review", "Task_Vote", -1, null)).isEqualTo(100);
        assertThat(priority("some-other-process", "Task_X", -2, null)).isEqualTo(100);
    }

    @Test
    void urgentProposalsGoBeforeEverythingNotOverdue() {
        assertThat(priority("commendation-proposal", "Task_CompleteDossier", null, "DOT_XUAT")).isEqualTo(90);
        assertThat(priority("commendation-proposal", "Task_Appraise", 8, "DOT_XUAT")).isEqualTo(90);
        assertThat(priority("commendation-proposal", "Task_Appraise", 1, "DOT_XUAT")).isEqualTo(90);
    }

    @Test
    void theCouncilsMeetingTasksComeBeforeOtherTasksDueSoon() {
        for (String task : new String[]{"Task_Attendance", "Task_Postpone", "Task_Vote", "Task_WrittenBallot",
                "Task_CloseVoting"}) {
            assertThat(priority("council-review", task, 0, null)).as(task).isEqualTo(85);
        }
        assertThat(priority("council-review", "Task_SelectCandidates", 0, null)).isEqualTo(80);
        assertThat(priority("council-review", "Task_MinutesChair", null, null)).isEqualTo(50);
    }

    @Test
    void tasksDueWithinThreeWorkingDaysAreRaised() {
        assertThat(priority("commendation-proposal", "Task_Appraise", 0, "CONG_TRANG")).isEqualTo(80);
        assertThat(priority("commendation-proposal", "Task_Appraise", 3, "CONG_TRANG")).isEqualTo(80);
        assertThat(priority("commendation-proposal", "Task_Appraise", 4, "CONG_TRANG")).isEqualTo(50);
        assertThat(priority("emulation-registration", "Task_HeadReview", 2, null)).isEqualTo(80);
    }

    @Test
    void upwardProposalsComeAboveTheOrdinary() {
        assertThat(priority("commendation-proposal", "Task_ReviewComments", 12, "KHEN_CAO")).isEqualTo(65);
        assertThat(priority("commendation-proposal", "Task_ReviewComments", 2, "KHEN_CAO")).isEqualTo(80);
    }

    @Test
    void everythingElseHasCamundasDefault() {
        assertThat(priority("commendation-proposal", "Task_CompleteDossier", null, "CONG_TRANG")).isEqualTo(50);
        assertThat(priority("block-emulation-cycle", "Task_SignPact", null, null)).isEqualTo(50);
        assertThat(priority("emulation-registration", "Task_HeadReview", null, null)).isEqualTo(50);
        assertThat(priority("some-other-process", "Task_X", 30, null)).isEqualTo(50);
    }
}

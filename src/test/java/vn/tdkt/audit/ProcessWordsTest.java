package vn.tdkt.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of a deployed process and its forms, read from the project's own BPMN and form files. */
class ProcessWordsTest {

    final ProcessWords proposal = new FixedVocabulary().process("commendation-proposal", 1);

    @Test
    void stepsAreNamedAndGatewaysKnowWhereTheirFlowsLead() {
        assertThat(proposal.name()).isEqualTo("Đề nghị khen thưởng");
        assertThat(proposal.stepName("Task_Intake")).isEqualTo("Tiếp nhận hồ sơ đề nghị khen thưởng");
        assertThat(proposal.stepName("Gateway_ToAppraisal")).isNull();
        assertThat(proposal.element("Gateway_HeadSign").orElseThrow().outgoing())
                .extracting(ProcessWords.Flow::targetId).contains("Task_Intake");
        // elements of a sub-process know it; a boundary event knows its activity
        assertThat(proposal.element("Task_Appraise").orElseThrow().parentId()).isEqualTo("SubProcess_Provincial");
        assertThat(proposal.element("Timer_ConcurrenceDeadline").orElseThrow().attachedToId())
                .isEqualTo("Task_RecordConcurrence");
        assertThat(proposal.element("Task_Intake").orElseThrow().formRef()).isEqualTo("proposal-intake");
    }

    @Test
    void formsLabelTheDataTheyShowAndTheirOptions() {
        assertThat(proposal.label("achievementSummary")).isEqualTo("Tóm tắt thành tích");
        // a dynamic list and the fields of its rows
        assertThat(proposal.label("appraisal")).isEqualTo("Kết luận cho từng đối tượng");
        assertThat(proposal.label("appraisal.conclusion")).isEqualTo("Kết luận của chuyên viên");
        assertThat(proposal.option("appraisal.conclusion", "KHONG_DAT")).isEqualTo("Không đủ điều kiện");
        assertThat(proposal.option("intakeDecision", "ACCEPT")).isEqualTo("Hồ sơ đầy đủ, tiếp nhận");
        // an answer by the step's own form
        assertThat(proposal.answer("Task_HeadSign", "RETURN")).isEqualTo("Trả lại cán bộ TĐKT hoàn thiện");
        assertThat(proposal.answer("Task_Intake", "RETURN")).isEqualTo("Trả lại đơn vị bổ sung, hoàn chỉnh");
    }

    @Test
    void aResourceThatIsNoFormGivesNoWords() {
        assertThat(FormWords.parse("không phải JSON".getBytes(StandardCharsets.UTF_8))).isEqualTo(FormWords.NONE);
        assertThat(ProcessWords.NONE.stepName("Task_Intake")).isNull();
        assertThat(ProcessWords.NONE.label("x")).isNull();
    }
}

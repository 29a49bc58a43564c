package vn.tdkt.eligibility;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A confirmed rule not met blocks; an unconfirmed one warns, with its legal basis, and never blocks. */
class NomineeAssessmentTest {

    private static final NomineeAssessment.Reason TASKS = new NomineeAssessment.Reason("LDTT_NHIEM_VU",
            "Chưa hoàn thành tốt nhiệm vụ trở lên", "Điều 24 Luật Thi đua, khen thưởng 2022", true);
    private static final NomineeAssessment.Reason MONTHS = new NomineeAssessment.Reason("LDTT_THOI_GIAN",
            "Thời gian công tác thực tế trong năm dưới 10 tháng", "Quy chế TĐKT của tỉnh (thông lệ)", false);

    private static NomineeAssessment of(NomineeAssessment.Reason... reasons) {
        return new NomineeAssessment(null, null, List.of(reasons));
    }

    @Test
    void nothingUnmetIsEligible() {
        assertThat(of().eligible()).isTrue();
        assertThat(of().resultText()).isEqualTo("Đủ điều kiện theo tiêu chuẩn");
    }

    @Test
    void anUnconfirmedRuleWarnsWithItsBasis() {
        NomineeAssessment a = of(MONTHS);
        assertThat(a.eligible()).isTrue();
        assertThat(a.warnings()).containsExactly(MONTHS);
        assertThat(a.resultText()).isEqualTo("Đủ điều kiện theo các tiêu chuẩn đã xác nhận. Lưu ý – quy định chưa được"
                + " xác nhận, chuyên viên cân nhắc: Thời gian công tác thực tế trong năm dưới 10 tháng (căn cứ: Quy chế"
                + " TĐKT của tỉnh (thông lệ)).");
    }

    @Test
    void aConfirmedRuleBlocksAndTheWarningsFollow() {
        NomineeAssessment a = of(TASKS, MONTHS);
        assertThat(a.eligible()).isFalse();
        assertThat(a.blocking()).containsExactly(TASKS);
        assertThat(a.resultText()).startsWith("Chưa đủ điều kiện: Chưa hoàn thành tốt nhiệm vụ trở lên Lưu ý")
                .contains("(căn cứ: Quy chế TĐKT của tỉnh (thông lệ))");
        // a row of a table without the column blocks, as before it existed
        assertThat(of(new NomineeAssessment.Reason("X", "Lý do")).eligible()).isFalse();
    }
}

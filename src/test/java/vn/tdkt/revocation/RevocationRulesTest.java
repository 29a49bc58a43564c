package vn.tdkt.revocation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of a revocation request and of a unit's recovery, and the status moves. */
class RevocationRulesTest {

    private static RevocationRules.Request request(Object key, Object awards, Object grounds, Object source,
                                                   Object complaint, Object reasons) {
        return new RevocationRules.Request(key, awards, grounds, source, complaint, reasons, null);
    }

    @Test
    void aCompleteRequestIsRead() {
        RevocationRules.Checked c = RevocationRules.check(request("12/QĐ-UBND|2025-02-20", List.of("5", "7"),
                List.of("FALSE_DECLARATION", "FORGED_DOCUMENTS"), "COMPLAINT", "Đơn ngày 01/10/2026",
                "Kê khai thành tích không trung thực theo kết luận."));
        assertThat(c.ok()).isTrue();
        assertThat(c.decisionNumber()).isEqualTo("12/QĐ-UBND");
        assertThat(c.decisionDate()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(c.awardIds()).containsExactly(5L, 7L);
        assertThat(c.grounds()).isEqualTo(Set.of(RevocationGround.FALSE_DECLARATION, RevocationGround.FORGED_DOCUMENTS));
        assertThat(c.source()).isEqualTo(RevocationSource.COMPLAINT);
    }

    @Test
    void everyProblemIsListed() {
        RevocationRules.Checked c = RevocationRules.check(request("12/QĐ-UBND", List.of(), List.of("OTHER"),
                "COMPLAINT", " ", "ngắn"));
        assertThat(c.ok()).isFalse();
        assertThat(String.join(" ", c.problems())).contains("Chọn quyết định").contains("ít nhất một cá nhân")
                .contains("không phải căn cứ").contains("ít nhất một căn cứ").contains("đơn khiếu nại")
                .contains("Lý do hủy bỏ");
    }

    @Test
    void aRecoveryNeedsItsAnswersAndNoFutureDay() {
        LocalDate today = LocalDate.of(2026, 11, 2);
        assertThat(RevocationRules.checkRecovery("yes", 100, "2026-11-02", "BL 1", today)).isEmpty();
        assertThat(RevocationRules.checkRecovery("maybe", -1, "2026-11-09", " ", today)).hasSize(4);
    }

    @Test
    void statusesMoveOnlyForward() {
        assertThat(RevocationStatus.WAITING_HEAD.canMoveTo(RevocationStatus.APPRAISAL)).isTrue();
        assertThat(RevocationStatus.WAITING_CHAIRMAN.canMoveTo(RevocationStatus.RECOVERY)).isTrue();
        assertThat(RevocationStatus.COMPLETED.canMoveTo(RevocationStatus.RECOVERY)).isFalse();
        assertThat(RevocationStatus.REFUSED.open()).isFalse();
        assertThat(RevocationStatus.APPRAISAL.canMoveTo(RevocationStatus.RECOVERY)).isFalse();
    }

    @Test
    void theReminderNamesTheAnnulmentAndTheDeadline() {
        RevocationReminders.Reminder r = RevocationReminders.compose("HB-2026-0001", "15/QĐ-UBND", "Nguyễn Văn A",
                java.time.Instant.parse("2026-11-02T10:00:00Z"), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(r.subject()).contains("quá hạn thu hồi");
        assertThat(r.body()).contains("15/QĐ-UBND").contains("17:00 ngày 02/11/2026").contains("Nguyễn Văn A");
    }

    @Test
    void theUnitHeadsDecisionHasAUnitNumberAndAPlausibleDay() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        LocalDate awarded = LocalDate.of(2025, 2, 20);
        assertThat(RevocationRules.checkUnitDecision("15/QĐ-STP", "2026-12-05", awarded, today)).isEmpty();
        assertThat(RevocationRules.checkUnitDecision(" 7/qđ-ubnd-vp ", "2026-01-02", awarded, today)).isEmpty();
        assertThat(RevocationRules.unitDecisionNumber(" 15/qđ-stp ")).isEqualTo("15/QĐ-STP");
        assertThat(RevocationRules.checkUnitDecision("mười lăm", "2026-12-05", awarded, today))
                .anyMatch(p -> p.contains("không đúng dạng"));
        assertThat(RevocationRules.checkUnitDecision(null, null, awarded, today)).hasSize(2);
        assertThat(RevocationRules.checkUnitDecision("15/QĐ-STP", "2026-12-06", awarded, today))
                .containsExactly("Ngày ký quyết định hủy bỏ không được sau ngày hôm nay.");
        assertThat(RevocationRules.checkUnitDecision("15/QĐ-STP", "2025-02-19", awarded, today))
                .anyMatch(p -> p.contains("20/02/2025"));
    }
}

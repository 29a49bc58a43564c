package vn.tdkt.movement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** MovementRules as plain functions: the draft, a unit's registration and report, a review. */
class MovementRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Map<String, String> UNITS = Map.of("stp", "Sở Tư pháp", "sct", "Sở Công Thương");

    private static MovementRules.DraftInput draft(Object start, Object mid, Object end, Object units) {
        return new MovementRules.DraftInput("Tây Ninh chung sức xây dựng nông thôn mới", "CHUYEN_DE",
                "Nâng cao đời sống người dân nông thôn của tỉnh.", "Hoàn thành các chỉ tiêu đăng ký của đơn vị.",
                start, mid, end, units, "Bằng khen của Chủ tịch UBND tỉnh.");
    }

    @Test
    void aGoodDraftPasses() {
        MovementRules.Checked c = MovementRules.checkDraft(draft("2026-03-01", "2026-09-30", "2027-03-31",
                List.of("stp", "sct")), TODAY, UNITS);
        assertThat(c.problems()).isEmpty();
        assertThat(c.draft().kind()).isEqualTo(MovementKind.CHUYEN_DE);
        assertThat(c.draft().participantCodes()).containsExactly("stp", "sct");
        assertThat(c.draft().midReviewDate()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void datesMustRunInOrderAndTheReviewStillAhead() {
        assertThat(MovementRules.checkDraft(draft("2026-03-01", "2026-02-01", "2026-01-01", List.of("stp")), TODAY,
                UNITS).problems()).contains("Ngày sơ kết phải sau ngày bắt đầu.", "Ngày kết thúc phải sau ngày sơ kết.")
                .anyMatch(p -> p.startsWith("Ngày sơ kết phải sau hôm nay"));
        assertThat(MovementRules.checkDraft(draft("không phải ngày", null, "2027-01-01", List.of("stp")), TODAY, UNITS)
                .problems()).contains("Ngày bắt đầu không phải một ngày hợp lệ (năm-tháng-ngày).", "Ngày sơ kết chưa có.");
    }

    @Test
    void unitsMustBeChosenAndActive() {
        assertThat(MovementRules.checkDraft(draft("2026-03-01", "2026-09-30", "2027-03-31", List.of()), TODAY, UNITS)
                .problems()).contains("Chọn ít nhất một cơ quan, đơn vị tham gia phong trào.");
        assertThat(MovementRules.checkDraft(draft("2026-03-01", "2026-09-30", "2027-03-31", "[\"stp\",\"snn\"]"), TODAY,
                UNITS).problems()).contains("Không có đơn vị đang hoạt động với mã: snn.");
    }

    @Test
    void nameKindAndTextsAreChecked() {
        MovementRules.DraftInput bad = new MovementRules.DraftInput("ngắn", "KHAC", "", null, "2026-03-01",
                "2026-09-30", "2027-03-31", List.of("stp"), "x".repeat(2001));
        assertThat(MovementRules.checkDraft(bad, TODAY, UNITS).problems()).hasSize(5)
                .anyMatch(p -> p.startsWith("Tên phong trào")).anyMatch(p -> p.startsWith("Hình thức tổ chức"))
                .anyMatch(p -> p.startsWith("Mục tiêu")).anyMatch(p -> p.startsWith("Nội dung, tiêu chí"))
                .anyMatch(p -> p.startsWith("Hình thức khen thưởng"));
    }

    @Test
    void answersOfUnitsAndReviews() {
        assertThat(MovementRules.checkRegistration("Đăng ký hỗ trợ một xã xây dựng nông thôn mới.")).isEmpty();
        assertThat(MovementRules.checkRegistration("ngắn")).hasSize(1);
        assertThat(MovementRules.checkReport("Đã hoàn thành phần lớn các chỉ tiêu.", 80)).isEmpty();
        assertThat(MovementRules.checkReport("Đã hoàn thành phần lớn các chỉ tiêu.", 80.0)).isEmpty();
        assertThat(MovementRules.checkReport("Đã hoàn thành phần lớn các chỉ tiêu.", 101))
                .containsExactly("Mức độ hoàn thành phải là số nguyên từ 0 đến 100.");
        assertThat(MovementRules.checkReport(null, "80")).hasSize(2);
        assertThat(MovementRules.checkReview("Tổng kết: phong trào đạt mục tiêu.", "Báo cáo tổng kết")).isEmpty();
        assertThat(MovementRules.checkReview(" ", "Báo cáo tổng kết")).containsExactly(
                "Báo cáo tổng kết phải dài từ 20 đến 8000 ký tự.");
    }

    @Test
    void statusesMoveOnlyAsTheProcessDoes() {
        assertThat(MovementStatus.SUBMITTED.canMoveTo(MovementStatus.LAUNCHED)).isTrue();
        assertThat(MovementStatus.RETURNED.canMoveTo(MovementStatus.SUBMITTED)).isTrue();
        assertThat(MovementStatus.RETURNED.canMoveTo(MovementStatus.LAUNCHED)).isFalse();
        assertThat(MovementStatus.LAUNCHED.canMoveTo(MovementStatus.CLOSED)).isTrue();
        assertThat(MovementStatus.CLOSED.canMoveTo(MovementStatus.LAUNCHED)).isFalse();
        assertThat(MovementStatus.MID_REVIEWED.running()).isTrue();
        assertThat(MovementStatus.WITHDRAWN.running()).isFalse();
    }
}

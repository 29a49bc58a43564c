package vn.tdkt.block.supervision;

import org.junit.jupiter.api.Test;
import vn.tdkt.workflow.InputRejectedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The supervising member's answers as the server reads them (no engine, no Spring). */
class SupervisionAnswersTest {

    private final SupervisionAnswers answers = new SupervisionAnswers(20);
    private static final List<String> MEMBERS = List.of("u1", "u2", "u3");

    @Test
    void attendanceIsAYesOrNo() {
        assertThat(answers.attended(true, "lễ ký kết")).isTrue();
        assertThat(answers.attended(false, "lễ ký kết")).isFalse();
        assertThatThrownBy(() -> answers.attended(null, "lễ ký kết")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("lễ ký kết");
        assertThatThrownBy(() -> answers.attended("true", "lễ ký kết")).isInstanceOf(InputRejectedException.class);
    }

    @Test
    void aRemarkHasTheConfiguredLength() {
        assertThat(answers.text("  Các đơn vị ký đầy đủ, đúng hạn.  ", "Ý kiến")).isEqualTo("Các đơn vị ký đầy đủ, đúng hạn.");
        assertThatThrownBy(() -> answers.text("Tốt.", "Ý kiến")).isInstanceOf(InputRejectedException.class)
                .hasMessage("Ý kiến phải có ít nhất 20 ký tự.");
        assertThatThrownBy(() -> answers.text(null, "Ý kiến")).isInstanceOf(InputRejectedException.class);
        assertThat(new SupervisionAnswers(3).text("Tốt.", "Ý kiến")).isEqualTo("Tốt.");
    }

    @Test
    void onlyAgreeNeedsNoReason() {
        assertThat(answers.opinion("AGREE")).isEqualTo(SupervisionAnswers.Opinion.AGREE);
        assertThat(answers.opinionNote(SupervisionAnswers.Opinion.AGREE, null)).isNull();
        assertThat(answers.opinionNote(SupervisionAnswers.Opinion.AGREE, " ")).isNull();
        assertThatThrownBy(() -> answers.opinionNote(SupervisionAnswers.Opinion.DISAGREE, "Không."))
                .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("Lý do không đồng ý");
        assertThatThrownBy(() -> answers.opinionNote(SupervisionAnswers.Opinion.AGREE_WITH_REMARKS, ""))
                .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("Ý kiến kèm theo");
        assertThat(answers.opinionNote(SupervisionAnswers.Opinion.DISAGREE, "Điểm chấm chéo chưa đối chiếu minh chứng."))
                .startsWith("Điểm chấm chéo");
        assertThatThrownBy(() -> answers.opinion("DONG_Y")).isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> answers.opinion(null)).isInstanceOf(InputRejectedException.class);
    }

    @Test
    void aPlanLiesWithinTheYearAndVisitsMembersOnly() {
        SupervisionAnswers.Plan plan = answers.plan("2026-09-15", "2026-09-30T00:00:00", 2026, List.of(
                Map.of("unitCode", "u1", "visit", false), Map.of("unitCode", "u3", "visit", true),
                Map.of("unitCode", "u2", "visit", true)), MEMBERS);
        assertThat(plan.from()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(plan.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(plan.units()).containsExactly("u3", "u2");

        List<Map<String, Object>> one = List.of(Map.of("unitCode", "u1", "visit", true));
        assertThatThrownBy(() -> answers.plan("2026-09-30", "2026-09-15", 2026, one, MEMBERS))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("trước hoặc bằng");
        assertThatThrownBy(() -> answers.plan("2025-12-30", "2026-01-15", 2026, one, MEMBERS))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("năm thi đua 2026");
        assertThatThrownBy(() -> answers.plan(null, "2026-01-15", 2026, one, MEMBERS))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("ngày bắt đầu kiểm tra");
        assertThatThrownBy(() -> answers.plan("15/09/2026", "2026-09-30", 2026, one, MEMBERS))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("không phải một ngày");
        assertThatThrownBy(() -> answers.plan("2026-09-15", "2026-09-30", 2026,
                List.of(Map.of("unitCode", "u1", "visit", false)), MEMBERS))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("ít nhất một đơn vị");
        assertThatThrownBy(() -> answers.plan("2026-09-15", "2026-09-30", 2026,
                List.of(Map.of("unitCode", "x9", "visit", true)), MEMBERS))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("không phải thành viên");
    }
}

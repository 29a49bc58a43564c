package vn.tdkt.tasks;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Names with their subject, nominee phrases and descriptions with their deadline, without an engine. */
class TaskTextsTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void theSubjectFollowsTheModelledName() {
        assertThat(TaskNames.withSubject("Thẩm định hồ sơ đề nghị khen thưởng", "Nguyễn Văn A – Sở Tư pháp"))
                .isEqualTo("Thẩm định hồ sơ đề nghị khen thưởng: Nguyễn Văn A – Sở Tư pháp");
        assertThat(TaskNames.withSubject("Thẩm định hồ sơ", null)).isEqualTo("Thẩm định hồ sơ");
        assertThat(TaskNames.withSubject("Thẩm định hồ sơ", "  ")).isEqualTo("Thẩm định hồ sơ");
    }

    @Test
    void aLongSubjectIsCutAtAWordAndTheModelledNameStaysWhole() {
        String base = "Thẩm định hồ sơ đề nghị khen thưởng";
        String collective = "Phòng Hành chính - Tổng hợp ".repeat(12).strip();
        String name = TaskNames.withSubject(base, collective + " – Sở Tư pháp");

        assertThat(name).hasSizeLessThanOrEqualTo(TaskNames.MAX_LENGTH).startsWith(base + ": Phòng Hành chính")
                .endsWith("…");
        String cutSubject = name.substring(base.length() + 2, name.length() - 1);
        assertThat(collective + " – Sở Tư pháp").as("cut at the end of a word").startsWith(cutSubject + " ");
        assertThat(cutSubject).doesNotEndWith("-").doesNotEndWith(" ");
    }

    @Test
    void aSingleOverlongWordIsCutWhereItMust() {
        assertThat(TaskNames.shorten("x".repeat(300), 255)).hasSize(255).endsWith("…");
        // a modelled name that leaves no room for the subject: the whole is cut, before the separator here
        assertThat(TaskNames.withSubject("y".repeat(250), "z".repeat(50))).isEqualTo("y".repeat(250) + "…");
    }

    @Test
    void nomineesAreNamedByTheFirstAndCounted() {
        var a = new SubjectPhrases.Nominee("Nguyễn Văn A", true);
        var b = new SubjectPhrases.Nominee("Trần Thị B", true);
        var c = new SubjectPhrases.Nominee("Lê Văn C", true);
        var office = new SubjectPhrases.Nominee("Văn phòng Sở", false);
        var team = new SubjectPhrases.Nominee("Phòng Bổ trợ tư pháp", false);

        assertThat(SubjectPhrases.nominees(List.of(a))).isEqualTo("Nguyễn Văn A");
        assertThat(SubjectPhrases.nominees(List.of(a, b, c))).isEqualTo("Nguyễn Văn A và 2 người khác");
        assertThat(SubjectPhrases.nominees(List.of(office, team))).isEqualTo("Văn phòng Sở và 1 tập thể khác");
        assertThat(SubjectPhrases.nominees(List.of(a, office))).isEqualTo("Nguyễn Văn A và 1 đối tượng khác");
        assertThat(SubjectPhrases.nominees(List.of())).isNull();
    }

    @Test
    void theUnitFollowsWhoUnlessItIsTheNomineeItself() {
        assertThat(SubjectPhrases.whoOfUnit("Nguyễn Văn A", "Sở Tư pháp")).isEqualTo("Nguyễn Văn A – Sở Tư pháp");
        assertThat(SubjectPhrases.whoOfUnit("Sở Tư pháp", "Sở Tư pháp")).isEqualTo("Sở Tư pháp");
        assertThat(SubjectPhrases.whoOfUnit(null, "Sở Tư pháp")).isEqualTo("Sở Tư pháp");
        assertThat(SubjectPhrases.whoOfUnit("Nguyễn Văn A", null)).isEqualTo("Nguyễn Văn A");
        assertThat(SubjectPhrases.blockYear("Khối Nội chính", 2026)).isEqualTo("Khối Nội chính, năm 2026");
        assertThat(SubjectPhrases.blockYear(null, 2026)).isEqualTo("năm 2026");
    }

    @Test
    void theDescriptionSaysWhatToDoAndByWhenInProvinceTime() {
        // 10:00 UTC is 17:00 in Tây Ninh
        Date due = Date.from(ZonedDateTime.of(2026, 12, 15, 10, 0, 0, 0, ZoneId.of("UTC")).toInstant());
        assertThat(TaskDescriptions.describe("Thẩm định từng đối tượng.", due, VN))
                .isEqualTo("Thẩm định từng đối tượng. Hạn xử lý: 15/12/2026 17:00");
        assertThat(TaskDescriptions.describe("Thẩm định từng đối tượng", due, VN))
                .isEqualTo("Thẩm định từng đối tượng. Hạn xử lý: 15/12/2026 17:00");
        assertThat(TaskDescriptions.describe("  Xem hồ sơ;\n   ký tờ trình. ", null, VN)).isEqualTo("Xem hồ sơ; ký tờ trình.");
        assertThat(TaskDescriptions.describe(null, due, VN)).isEqualTo("Hạn xử lý: 15/12/2026 17:00");
        assertThat(TaskDescriptions.describe(null, null, VN)).isNull();
    }

    @Test
    void aLongDocumentationKeepsTheDeadlineWithinTheColumn() {
        Date due = Date.from(ZonedDateTime.of(2026, 12, 15, 17, 0, 0, 0, VN).toInstant());
        String text = TaskDescriptions.describe("Kiểm tra hồ sơ. ".repeat(400), due, VN);
        assertThat(text).hasSizeLessThanOrEqualTo(TaskDescriptions.MAX_LENGTH).endsWith("… Hạn xử lý: 15/12/2026 17:00");
    }
}

package vn.tdkt.audit;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Values as text: dates in the province's time, yes/no, coded values by label, lists and objects in words. */
class ValueWordsTest {

    final FixedVocabulary vocabulary = new FixedVocabulary();
    final ValueWords values = new ValueWords(ZoneId.of("Asia/Ho_Chi_Minh"), vocabulary);
    final ProcessWords proposal = vocabulary.process("commendation-proposal", 1);

    @Test
    void datesAndTimesInTheProvince() {
        assertThat(values.stored("date", "2026-12-31T10:00:00Z", "processingDueDate", proposal)).isEqualTo("31/12/2026 17:00");
        // midnight in the province is a day
        assertThat(values.stored("date", "2026-12-30T17:00:00Z", "x", proposal)).isEqualTo("31/12/2026");
        assertThat(values.string("2026-12-03", null, proposal)).isEqualTo("03/12/2026");
        assertThat(values.string("2026-12-03T08:30:00+07:00", null, proposal)).isEqualTo("03/12/2026 08:30");
        assertThat(values.string("2026-12-03T08:30", null, proposal)).isEqualTo("03/12/2026 08:30");
        assertThat(values.string("2026-12-03T08:30:00.123Z", null, proposal)).isEqualTo("03/12/2026 15:30");
    }

    @Test
    void yesNoNumbersAndEmptyValues() {
        assertThat(values.stored("boolean", "true", "x", proposal)).isEqualTo("có");
        assertThat(values.stored("boolean", "false", "x", proposal)).isEqualTo("không");
        assertThat(values.stored("double", "8.50", "x", proposal)).isEqualTo("8,5");
        assertThat(values.stored("double", "9.0", "x", proposal)).isEqualTo("9");
        assertThat(values.stored("integer", "2025", "x", proposal)).isEqualTo("2025");
        assertThat(values.stored("string", null, "x", proposal)).isEqualTo("trống");
        assertThat(values.stored("string", "  ", "x", proposal)).isEqualTo("trống");
        assertThat(values.plain(null, null, proposal)).isEqualTo("trống");
        assertThat(values.plain(true, null, proposal)).isEqualTo("có");
    }

    @Test
    void codedValuesByTheirLabels() {
        // the field's own options first (the same code means different things in different fields)
        assertThat(values.stored("string", "APPROVE", "headDecision", proposal)).isEqualTo("“Ký tờ trình, gửi Sở Nội vụ”");
        assertThat(values.stored("string", "APPROVE", "appraisalApproval", proposal)).isEqualTo("“Duyệt kết quả thẩm định”");
        assertThat(values.stored("string", "CSTD_TINH", "awardType", proposal)).isEqualTo("“Chiến sĩ thi đua cấp tỉnh”");
        // then the province's codes and the timeline's own words
        assertThat(values.plain("BCTT", null, proposal)).isEqualTo("“Báo cáo thành tích”");
        assertThat(values.plain("XUAT_SAC", null, proposal)).isEqualTo("“Hoàn thành xuất sắc nhiệm vụ”");
        // a code of the process's own data is not read as another field's option of the same code
        assertThat(values.plain("KHONG", null, proposal)).isEqualTo("“không”");
        // a step's id inside a value is the step's name
        assertThat(values.plain("Task_Intake", null, proposal)).isEqualTo("«Tiếp nhận hồ sơ đề nghị khen thưởng»");
        // a login is the person
        assertThat(values.stored("string", "chutich", "decidedBy", proposal)).isEqualTo("Phạm Quốc Phúc (chutich)");
    }

    @Test
    void textsQuotedOnOneLineAndShortened() {
        assertThat(values.stored("string", "Dòng một\n  Dòng hai", "x", proposal)).isEqualTo("“Dòng một / Dòng hai”");
        String longText = "Hoàn thành xuất sắc nhiệm vụ ".repeat(10);
        assertThat(values.stored("string", longText, "x", proposal)).startsWith("“Hoàn thành").endsWith("…”")
                .hasSizeLessThan(130);
        assertThat(values.stored("file", "tệp bc.pdf (120 byte, SHA-256 ab12cd)", "x", proposal)).isEqualTo("tệp bc.pdf (120 byte)");
        assertThat(ValueWords.size(58)).isEqualTo("58 byte");
        assertThat(ValueWords.size(26112)).isEqualTo("25,5 KB");
        assertThat(ValueWords.size(3 * 1024 * 1024)).isEqualTo("3 MB");
    }

    @Test
    void jsonListsAndObjectsInWords() {
        // a nominee list by its names
        assertThat(values.stored("json", "[{\"nomineeCode\":\"A\",\"nomineeName\":\"Trần Văn An\"},"
                + "{\"nomineeCode\":\"B\",\"nomineeName\":\"Lê Thị Bình\"}]", "chairmanDecision", proposal))
                .isEqualTo("2 đối tượng: Trần Văn An, Lê Thị Bình");
        // more than five names: the first five and how many others
        StringBuilder many = new StringBuilder("[");
        for (int i = 1; i <= 7; i++) {
            many.append(i > 1 ? "," : "").append("{\"fullName\":\"Thành viên ").append(i).append("\"}");
        }
        assertThat(values.stored("json", many.append("]").toString(), "attendanceList", proposal))
                .isEqualTo("7 thành viên: Thành viên 1, Thành viên 2, Thành viên 3, Thành viên 4, Thành viên 5 và 2 thành viên khác");
        // a dynamic list without names by its number of rows
        assertThat(values.stored("spin://application/json", "[{\"code\":\"A1\",\"score\":8},{\"code\":\"A2\",\"score\":9},"
                + "{\"code\":\"A3\",\"score\":7}]", "scoreItems", proposal)).isEqualTo("3 dòng");
        assertThat(values.stored("json", "[]", "appraisal", proposal)).isEqualTo("danh sách trống");
        // a list of codes by their labels
        assertThat(values.stored("spin://application/json", "[\"TTR\",\"BCTT\"]", "requiredDocuments", proposal))
                .isEqualTo("2 mục: Tờ trình và danh sách đề nghị, Báo cáo thành tích");
        // an object whose fields all have labels, field by field; otherwise by its size
        assertThat(values.stored("json", "{\"voteType\":\"CSTD_TINH\",\"needsCouncil\":true}", "councilRule", proposal))
                .isEqualTo("Loại biểu quyết: “Chiến sĩ thi đua cấp tỉnh”; Cần Hội đồng TĐKT tỉnh xét: có");
        assertThat(values.stored("json", "{\"alpha\":1,\"beta\":2}", "x", proposal)).isEqualTo("2 mục thông tin");
        assertThat(values.plain(Map.of("yesVotes", 15), "councilResults", proposal)).isEqualTo("Số phiếu đồng ý: 15");
        assertThat(values.plain(List.of(), null, proposal)).isEqualTo("danh sách trống");
    }

    @Test
    void rowChangesPairRowsByTheirCode() {
        List<String> changes = values.rowChanges("chairmanDecision",
                ValueWords.json("[{\"nomineeCode\":\"A\",\"nomineeName\":\"Trần Văn An\",\"approve\":\"DONG_Y\"},"
                        + "{\"nomineeCode\":\"B\",\"nomineeName\":\"Lê Thị Bình\",\"approve\":\"DONG_Y\"}]"),
                ValueWords.json("[{\"nomineeCode\":\"B\",\"nomineeName\":\"Lê Thị Bình\",\"approve\":\"KHONG_DONG_Y\","
                        + "\"note\":\"Chưa đủ tiêu chuẩn\"},{\"nomineeCode\":\"C\",\"nomineeName\":\"Phan Văn Cường\"}]"),
                proposal);
        assertThat(changes).containsExactly(
                "Lê Thị Bình — Quyết định: “Đồng ý khen thưởng” → “Không khen thưởng”",
                "thêm Phan Văn Cường",
                "bỏ Trần Văn An");
        // lists that are not lists of rows are not paired
        assertThat(values.rowChanges("x", ValueWords.json("[\"A\"]"), ValueWords.json("[\"B\"]"), proposal)).isNull();
        assertThat(ValueWords.same("{\"a\":1,\"b\":2}", "{\"b\":2,\"a\":1}")).isTrue();
        assertThat(ValueWords.same("A", "B")).isFalse();
    }
}

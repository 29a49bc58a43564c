package vn.tdkt.proposal;

import org.junit.jupiter.api.Test;
import vn.tdkt.decisions.LegalParameterTables;
import vn.tdkt.rules.LegalParameter;
import vn.tdkt.rules.LegalParameterSet;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure input rules of the proposal process, without the engine. */
class ProposalRulesTest {

    private static Map<String, Object> start() {
        Map<String, Object> v = new HashMap<>();
        v.put("commendationKind", "CONG_TRANG");
        v.put("awardType", "BK_TINH");
        v.put("periodYear", 2025);
        v.put("nomineeCodes", "STP-01\n STP-02 ,STP-01;;");
        v.put("achievementSummary", "Hoàn thành xuất sắc nhiệm vụ năm 2025.");
        return v;
    }

    @Test
    void startInputIsNormalisedAndChecked() {
        ProposalStartRules.Result ok = ProposalStartRules.check(start(), 2026);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.input().nomineeCodes()).containsExactly("STP-01", "STP-02");

        Map<String, Object> bad = start();
        bad.put("periodYear", 2019);
        bad.put("nomineeCodes", " ");
        bad.put("achievementSummary", "ngắn");
        assertThat(ProposalStartRules.check(bad, 2026).problems()).hasSize(3);
        bad.put("periodYear", "2027");
        assertThat(ProposalStartRules.check(bad, 2026).problems().get(0)).contains("2027");
    }

    private static Map<String, Object> item(String code, String conclusion, String why) {
        Map<String, Object> m = new HashMap<>();
        m.put("nomineeCode", code);
        m.put("conclusion", conclusion);
        m.put("justification", why);
        return m;
    }

    @Test
    void anOverrideNeedsAJustificationAndTheListMustMatch() {
        Map<String, Boolean> auto = Map.of("A", true, "B", false);
        assertThat(ProposalAnswerRules.appraisal(List.of(item("A", "DAT", ""), item("B", "KHONG_DAT", "")), auto,
                "CONCLUDE", null, null)).isEmpty();
        assertThat(ProposalAnswerRules.appraisal(List.of(item("A", "DAT", ""), item("B", "DAT", "vì")), auto,
                "CONCLUDE", null, null)).singleElement().asString().contains("'B'");
        assertThat(ProposalAnswerRules.appraisal(List.of(item("A", "DAT", "")), auto, "CONCLUDE", null, null))
                .singleElement().asString().contains("Còn thiếu");
        assertThat(ProposalAnswerRules.appraisal(List.of(item("A", "DAT", ""), item("X", "DAT", "")), auto,
                "CONCLUDE", null, null)).singleElement().asString().contains("không khớp");
        assertThat(ProposalAnswerRules.appraisal(List.of(item("A", "DAT", ""), item("B", "KHONG_DAT", "")), auto,
                "CONCURRENCE", " ", null)).singleElement().asString().contains("cơ quan");
        assertThat(ProposalAnswerRules.appraisal(List.of(item("A", "DAT", ""), item("B", "KHONG_DAT", "")), auto,
                "RETURN", null, "thiếu")).singleElement().asString().contains("trả lại");
    }

    @Test
    void councilVotesAreConsistent() {
        Map<String, Object> ok = new HashMap<>(Map.of("nomineeCode", "A", "yesVotes", 14, "totalMembers", 15, "passed", true));
        assertThat(ProposalAnswerRules.councilResults(List.of(ok), Set.of("A"))).isEmpty();
        ok.put("yesVotes", 16);
        assertThat(ProposalAnswerRules.councilResults(List.of(ok), Set.of("A"))).isNotEmpty();
        ok.put("yesVotes", 14.5);
        assertThat(ProposalAnswerRules.councilResults(List.of(ok), Set.of("A"))).isNotEmpty();
        assertThat(ProposalAnswerRules.passed(true)).isTrue();
        assertThat(ProposalAnswerRules.passed("THONG_QUA")).isNull();
    }

    @Test
    void choicesWithReasons() {
        assertThat(ProposalAnswerRules.headSign("APPROVE", null)).isEmpty();
        assertThat(ProposalAnswerRules.headSign("RETURN", " ")).isNotEmpty();
        assertThat(ProposalAnswerRules.intake(null, null)).isNotEmpty();
        assertThat(ProposalAnswerRules.centralDecision("231/QĐ-TTg", "2026-03-14", "Thủ tướng Chính phủ",
                List.of(Map.of("nomineeCode", "A", "awarded", "CO")), Set.of("A"))).isEmpty();
        assertThat(ProposalAnswerRules.centralDecision("", "14/03/2026", null, List.of(), Set.of("A"))).hasSize(4);
    }

    @Test
    void theSubmissionLetterHasANumberADateAndAProposer() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertThat(SubmissionLetter.problems("12/TTr-STP", "2026-11-05", "Giám đốc Sở Tư pháp", today, 2025, Map.of()))
                .isEmpty();
        assertThat(SubmissionLetter.problems(" 08 / TTr-CAT-PV01 ", "2026-11-20T00:00:00", "Giám đốc Công an tỉnh",
                today, 2026, Map.of())).isEmpty();
        assertThat(SubmissionLetter.of(" 08 / TTr-CAT-PV01 ", "2026-11-20", " Giám đốc  Công an tỉnh "))
                .isEqualTo(new SubmissionLetter("08/TTr-CAT-PV01", LocalDate.of(2026, 11, 20), "Giám đốc Công an tỉnh"));

        assertThat(SubmissionLetter.problems(null, null, null, today, 2025, Map.of())).containsExactly(
                "Phải ghi số tờ trình của đơn vị (ví dụ 12/TTr-STP).", "Phải ghi ngày ký tờ trình.",
                "Phải ghi chức danh thủ trưởng đơn vị đứng tên đề nghị (ví dụ Giám đốc Sở Tư pháp).");
        assertThat(SubmissionLetter.problems("DNKT-2026-00012", "2026-11-05", "Giám đốc Sở Tư pháp", today, 2025,
                Map.of())).singleElement().asString().contains("không đúng dạng", "12/TTr-STP");
        assertThat(SubmissionLetter.problems("12/TTr-STP", "2026-11-21", "Giám đốc Sở Tư pháp", today, 2025, Map.of()))
                .containsExactly("Ngày tờ trình 21/11/2026 chưa đến (hôm nay là 20/11/2026).");
        assertThat(SubmissionLetter.problems("12/TTr-STP", "2024-12-31", "Giám đốc Sở Tư pháp", today, 2025, Map.of()))
                .containsExactly("Ngày tờ trình 31/12/2024 trước năm thành tích 2025 được đề nghị.");
        assertThat(SubmissionLetter.problems("12/TTr-STP", "05/11/2026", "Giám đốc Sở Tư pháp", today, 2025, Map.of()))
                .singleElement().asString().contains("ngày hợp lệ");
        assertThat(SubmissionLetter.problems("12/TTr-STP", "2026-11-05", "x".repeat(201), today, 2025, Map.of()))
                .singleElement().asString().contains("tối đa 200");
        // one letter, one date: the same number of the unit that year cited elsewhere with another date is refused
        assertThat(SubmissionLetter.problems("12/TTr-STP", "2026-11-05", "Giám đốc Sở Tư pháp", today, 2025,
                Map.of("DNKT-2026-00003", LocalDate.of(2026, 11, 5)))).isEmpty();
        assertThat(SubmissionLetter.problems("12/TTr-STP", "2026-11-05", "Giám đốc Sở Tư pháp", today, 2025,
                Map.of("DNKT-2026-00003", LocalDate.of(2026, 10, 1)))).singleElement().asString()
                .contains("Tờ trình số 12/TTr-STP", "01/10/2026", "DNKT-2026-00003");
    }

    @Test
    void theAgencysLetterToTheChairmanHasANumberAndADateNotBeforeTheUnitsLetter() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        LocalDate unitLetter = LocalDate.of(2026, 11, 5);
        assertThat(AgencySubmission.problems("245/TTr-SNV", "2026-11-18", today, unitLetter, Map.of())).isEmpty();
        assertThat(AgencySubmission.of(" 245 / TTr-SNV ", "2026-11-18"))
                .isEqualTo(new AgencySubmission("245/TTr-SNV", LocalDate.of(2026, 11, 18)));
        assertThat(AgencySubmission.of("245/TTr-SNV", "2026-11-18").text()).isEqualTo("Số 245/TTr-SNV ngày 18/11/2026");
        assertThat(AgencySubmission.problems(null, null, today, unitLetter, Map.of())).containsExactly(
                "Phải ghi số tờ trình của Sở Nội vụ trình Chủ tịch UBND tỉnh (ví dụ 245/TTr-SNV).",
                "Phải ghi ngày ký tờ trình của Sở Nội vụ.");
        assertThat(AgencySubmission.problems("Tờ trình 245", "2026-11-18", today, unitLetter, Map.of()))
                .singleElement().asString().contains("không đúng dạng", "245/TTr-SNV");
        assertThat(AgencySubmission.problems("245/TTr-SNV", "2026-11-21", today, unitLetter, Map.of()))
                .containsExactly("Ngày tờ trình của Sở Nội vụ 21/11/2026 chưa đến (hôm nay là 20/11/2026).");
        assertThat(AgencySubmission.problems("245/TTr-SNV", "2026-11-04", today, unitLetter, Map.of()))
                .containsExactly("Ngày tờ trình của Sở Nội vụ 04/11/2026 trước ngày tờ trình của đơn vị (05/11/2026)"
                        + " mà Sở trình lên.");
        // a proposal signed before the unit's letter was asked for has no unit date: only today bounds it
        assertThat(AgencySubmission.problems("245/TTr-SNV", "2026-01-02", today, null, Map.of())).isEmpty();
        // one tờ trình of the Sở may carry several proposals, always with the same date
        assertThat(AgencySubmission.problems("245/TTr-SNV", "2026-11-18", today, unitLetter,
                Map.of("DNKT-2026-00003", LocalDate.of(2026, 11, 18)))).isEmpty();
        assertThat(AgencySubmission.problems("245/TTr-SNV", "2026-11-18", today, unitLetter,
                Map.of("DNKT-2026-00003", LocalDate.of(2026, 11, 10)))).singleElement().asString()
                .contains("Tờ trình số 245/TTr-SNV", "10/11/2026", "DNKT-2026-00003");
        // asked for only when the specialist found someone eligible
        assertThat(AgencySubmission.needed(List.of(Map.of("conclusion", "KHONG_DAT"), Map.of("conclusion", "DAT"))))
                .isTrue();
        assertThat(AgencySubmission.needed(List.of(Map.of("conclusion", "KHONG_DAT")))).isFalse();
    }

    /** The look-back on achievement years is the province's setting, not a number of the code. */
    @Test
    void theLookBackOnAchievementYearsIsTheProvincesSetting() {
        Map<String, Object> old = new HashMap<>(start());
        old.put("periodYear", 2020);
        assertThat(ProposalStartRules.check(old, 2026).problems()).singleElement().asString()
                .contains("từ năm 2021 đến năm 2026");
        assertThat(ProposalStartRules.check(old, 2026, 6).ok()).isTrue();
        assertThat(ProposalStartRules.check(old, 2026, 2).problems()).singleElement().asString()
                .contains("từ năm 2024 đến năm 2026");
    }

    /** Silence at the hiệp y deadline is consent only where the province says so, with its basis. */
    @Test
    void silenceAtTheConcurrenceDeadlineIsConsentOnlyWhenTheProvinceSaysSo() {
        LegalParameter asShipped = LegalParameterTables.on(java.time.LocalDate.of(2026, 12, 1))
                .parameter(LegalParameterSet.CONCURRENCE_SILENCE_MEANS_CONSENT);
        assertThat(ConcurrenceSilence.line("Cục Thuế tỉnh", asShipped)).isEqualTo("• Cục Thuế tỉnh: quá"
                + " hạn không trả lời; quy định coi như đồng ý chưa được xác nhận, chuyên viên xem xét trước khi kết luận");
        LegalParameter provincial = new LegalParameter(LegalParameterSet.CONCURRENCE_SILENCE_MEANS_CONSENT, true, "",
                "Quy chế TĐKT tỉnh Tây Ninh, Điều 12", true);
        assertThat(ConcurrenceSilence.line("Cục Thuế tỉnh", provincial))
                .isEqualTo("• Cục Thuế tỉnh: quá hạn không trả lời, coi như đồng ý (căn cứ: Quy chế TĐKT tỉnh Tây Ninh,"
                        + " Điều 12)");
    }

    @Test
    void theProposersTitleFollowsTheUnitsName() {
        assertThat(SubmissionLetter.headTitle("Sở Tư pháp")).isEqualTo("Giám đốc Sở Tư pháp");
        assertThat(SubmissionLetter.headTitle("Văn phòng Ủy ban nhân dân tỉnh"))
                .isEqualTo("Chánh Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(SubmissionLetter.headTitle("Thanh tra tỉnh")).isEqualTo("Chánh Thanh tra tỉnh");
        assertThat(SubmissionLetter.headTitle("Ban Quản lý Khu kinh tế tỉnh"))
                .isEqualTo("Trưởng Ban Quản lý Khu kinh tế tỉnh");
        assertThat(SubmissionLetter.headTitle("Bộ Chỉ huy Quân sự tỉnh"))
                .isEqualTo("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh");
        assertThat(SubmissionLetter.headTitle("Tòa án nhân dân tỉnh")).isEqualTo("Chánh án Tòa án nhân dân tỉnh");
        assertThat(SubmissionLetter.headTitle("Viện Kiểm sát nhân dân tỉnh"))
                .isEqualTo("Viện trưởng Viện Kiểm sát nhân dân tỉnh");
        assertThat(SubmissionLetter.headTitle("Tỉnh Đoàn")).isEqualTo("Bí thư Tỉnh Đoàn");
        assertThat(SubmissionLetter.headTitle("Hội Liên hiệp Phụ nữ tỉnh"))
                .isEqualTo("Chủ tịch Hội Liên hiệp Phụ nữ tỉnh");
        assertThat(SubmissionLetter.headTitle("Trường Cao đẳng Tây Ninh")).isEqualTo("Hiệu trưởng Trường Cao đẳng Tây Ninh");
        assertThat(SubmissionLetter.headTitle("Công an tỉnh")).isEqualTo("Giám đốc Công an tỉnh");
        assertThat(SubmissionLetter.headTitle("Phòng Hộ tịch")).isEqualTo("Thủ trưởng Phòng Hộ tịch");
    }
}

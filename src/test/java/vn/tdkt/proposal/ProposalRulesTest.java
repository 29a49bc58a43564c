package vn.tdkt.proposal;

import org.junit.jupiter.api.Test;

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
}

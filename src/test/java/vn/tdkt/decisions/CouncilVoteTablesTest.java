package vn.tdkt.decisions;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council tables of the brief (§2.2, §2.3, §7.4 votes): quorum of a council meeting
 * (processes/council-quorum.dmn) and the outcome of a ballot on one case (processes/vote-outcome.dmn).
 * Each file is a DRD; the requiring decision is evaluated through the engine so that its required rule
 * table runs first, exactly as a business rule task does.
 */
class CouncilVoteTablesTest {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final Map<String, DmnDecisionRequirementsGraph> GRAPHS = new HashMap<>();

    /** One decision of a DRD file in processes/, by file and decision id. */
    private static synchronized DmnDecision decision(String file, String decisionKey) {
        DmnDecisionRequirementsGraph graph = GRAPHS.computeIfAbsent(file, f -> {
            try (var in = new FileInputStream("processes/" + f + ".dmn")) {
                return ENGINE.parseDecisionRequirementsGraph(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        DmnDecision decision = graph.getDecision(decisionKey);
        assertThat(decision).as(file + " holds " + decisionKey).isNotNull();
        return decision;
    }

    /** Evaluated for a meeting on 15/12/2026 unless the variables name the day ({@code judgedOn}). */
    private static Map<String, Object> evaluate(String file, String decisionKey, Map<String, Object> variables) {
        Map<String, Object> dated = new HashMap<>(variables);
        dated.putIfAbsent("judgedOn", "2026-12-15");
        return ENGINE.evaluateDecision(decision(file, decisionKey), dated).getSingleResult().getEntryMap();
    }

    /**
     * The 90 % of all members for CSTĐ is Decree 91/2017's: confirmed for meetings of its period, cited as unconfirmed
     * under Decrees 98/2023 and 152/2025 (same threshold, the basis says what is known).
     */
    @ParameterizedTest(name = "meeting on {0}")
    @CsvSource({"2023-12-31,false", "2024-01-01,true", "2025-06-30,true", "2025-07-01,true"})
    void theFighterThresholdCitesTheRegimeOfTheMeetingDay(String day, boolean unconfirmed) {
        for (String type : List.of("CSTD_TINH", "CSTD_TOAN_QUOC")) {
            Map<String, Object> rule = evaluate("vote-outcome", "vote-rule", Map.of("voteType", type, "judgedOn", day));
            assertThat(rule).containsEntry("thresholdNumerator", 9).containsEntry("thresholdDenominator", 10);
            assertThat((String) rule.get("legalBasis")).contains("91/2017");
            assertThat(((String) rule.get("legalBasis")).contains("chưa xác nhận")).as(type + " " + day)
                    .isEqualTo(unconfirmed);
        }
    }

    // ---- quorum --------------------------------------------------------------------------------------

    private static Map<String, Object> quorum(String kind, int present, int written, int total) {
        return evaluate("council-quorum", "council-quorum", Map.of("councilKind", kind, "presentMembers", present,
                "writtenMembers", written, "totalMembers", total));
    }

    private static int requiredAttendance(Map<String, Object> out) {
        assertThat(out.get("requiredAttendance")).isInstanceOf(Number.class);
        Number n = (Number) out.get("requiredAttendance");
        assertThat(n.doubleValue()).as("whole number").isEqualTo(n.intValue());
        return n.intValue();
    }

    @Test
    void provincialCouncilRuleIsTwoThirdsWithoutWrittenBallots() {
        Map<String, Object> rule = evaluate("council-quorum", "council-quorum-rule", Map.of("councilKind", "HOI_DONG_TINH"));
        assertThat(rule).containsEntry("quorumNumerator", 2).containsEntry("quorumDenominator", 3)
                .containsEntry("quorumComparison", "AT_LEAST").containsEntry("countWrittenBallots", false);
        assertThat((String) rule.get("legalBasis")).contains("1215/QĐ-UBND").contains("Tây Ninh");
    }

    @Test
    void exactlyTwoThirdsIsAQuorum() {
        Map<String, Object> out = quorum("HOI_DONG_TINH", 10, 0, 15);
        assertThat(out).containsEntry("quorumMet", true);
        assertThat(requiredAttendance(out)).isEqualTo(10);
        assertThat((String) out.get("quorumText")).startsWith("Đủ túc số").contains("2/3").contains("10/15");
    }

    @Test
    void oneBelowTwoThirdsIsNoQuorum() {
        Map<String, Object> out = quorum("HOI_DONG_TINH", 9, 0, 15);
        assertThat(out).containsEntry("quorumMet", false);
        assertThat(requiredAttendance(out)).isEqualTo(10);
        assertThat((String) out.get("quorumText")).startsWith("Không đủ túc số");
    }

    @Test
    void writtenBallotsDoNotMakeTheQuorumOfTheProvincialCouncil() {
        assertThat(quorum("HOI_DONG_TINH", 9, 3, 15)).containsEntry("quorumMet", false);
    }

    @Test
    void twoThirdsRoundsUpWhenTheMembershipIsNotAMultipleOfThree() {
        assertThat(requiredAttendance(quorum("HOI_DONG_TINH", 14, 0, 20))).isEqualTo(14);
        assertThat(quorum("HOI_DONG_TINH", 14, 0, 20)).containsEntry("quorumMet", true);
        assertThat(quorum("HOI_DONG_TINH", 13, 0, 20)).containsEntry("quorumMet", false);
    }

    @ParameterizedTest(name = "fallback: {0} of {1} present -> {2} (needs {3})")
    @CsvSource({"8,15,true,8", "7,15,false,8", "8,14,true,8", "7,14,false,8"})
    void otherCouncilsNeedMoreThanHalf(int present, int total, boolean met, int required) {
        Map<String, Object> out = quorum("HOI_DONG_CO_SO", present, 0, total);
        assertThat(out).containsEntry("quorumMet", met);
        assertThat(requiredAttendance(out)).isEqualTo(required);
        assertThat((String) out.get("quorumText")).contains("1/2");
    }

    // ---- vote outcome --------------------------------------------------------------------------------

    private static Map<String, Object> vote(String type, int yes, int no, int blank, int total, int round) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("voteType", type);
        vars.put("yes", yes);
        vars.put("no", no);
        vars.put("blank", blank);
        vars.put("totalMembers", total);
        vars.put("votesCast", yes + no + blank);
        vars.put("revoteRound", round);
        return evaluate("vote-outcome", "vote-outcome", vars);
    }

    private static String outcome(String type, int yes, int no, int blank, int total, int round) {
        Map<String, Object> out = vote(type, yes, no, blank, total, round);
        assertThat(out.get("passed")).isEqualTo("PASSED".equals(out.get("outcome")));
        assertThat((String) out.get("reason")).isNotBlank();
        return (String) out.get("outcome");
    }

    @ParameterizedTest(name = "{0}: {1} yes {2} no {3} blank of {4} members, round {5} -> {6}")
    @CsvSource({
            // 9/10 of all members: 14 of 15 passes, 13 does not; 18 of 20 is exactly 9/10
            "CSTD_TINH,14,1,0,15,0,PASSED", "CSTD_TINH,13,2,0,15,0,NOT_PASSED",
            "CSTD_TINH,18,2,0,20,0,PASSED", "CSTD_TINH,17,3,0,20,0,NOT_PASSED",
            "CSTD_TOAN_QUOC,18,0,2,20,0,PASSED", "CSTD_TOAN_QUOC,17,0,3,20,0,NOT_PASSED",
            // the denominator is the whole council: 13 of 13 ballots cast is still short of 9/10 of 15
            "CSTD_TINH,13,0,0,15,0,NOT_PASSED",
            // 4/5: 12 of 15 is exactly 4/5
            "KHEN_CAO,12,3,0,15,0,PASSED", "KHEN_CAO,11,4,0,15,0,NOT_PASSED",
            // more than half of all members
            "CO_TINH,8,7,0,15,0,PASSED", "CO_TINH,7,7,1,15,0,REVOTE", "CO_TINH,7,7,1,15,1,NOT_PASSED",
            "CO_TINH,7,6,2,14,0,NOT_PASSED", "CO_TINH,8,6,0,14,0,PASSED",
            // default: more than half of the ballots cast, blank ones included
            "GIAY_KHEN,6,4,1,15,0,PASSED", "GIAY_KHEN,5,5,1,15,0,REVOTE", "GIAY_KHEN,5,5,1,15,1,NOT_PASSED",
            "GIAY_KHEN,5,4,1,15,0,NOT_PASSED", "GIAY_KHEN,0,0,0,15,0,NOT_PASSED", "GIAY_KHEN,0,0,3,15,0,NOT_PASSED",
            "CSTD_TINH,0,0,0,15,0,NOT_PASSED"})
    void outcomes(String type, int yes, int no, int blank, int total, int round, String expected) {
        assertThat(outcome(type, yes, no, blank, total, round)).isEqualTo(expected);
    }

    @Test
    void theThresholdTextGoesToTheMinutes() {
        Map<String, Object> passed = vote("CSTD_TINH", 14, 1, 0, 15, 0);
        assertThat(passed).containsEntry("outcome", "PASSED").containsEntry("passed", true)
                .containsEntry("reason", "Đạt tỷ lệ phiếu đồng ý theo quy định");
        assertThat((String) passed.get("thresholdText")).contains("9/10").contains("tổng số thành viên");

        Map<String, Object> revote = vote("CO_TINH", 7, 7, 1, 15, 0);
        assertThat(revote).containsEntry("passed", false);
        assertThat((String) revote.get("reason")).contains("bỏ phiếu lại");
        assertThat((String) revote.get("thresholdText")).contains("1/2");

        Map<String, Object> failed = vote("GIAY_KHEN", 0, 0, 0, 15, 0);
        assertThat(failed).containsEntry("passed", false)
                .containsEntry("reason", "Không đạt tỷ lệ phiếu đồng ý theo quy định");
        assertThat((String) failed.get("thresholdText")).contains("số phiếu đã bỏ");
    }

    @ParameterizedTest(name = "{0} -> {1}/{2} {3} of {4}")
    @CsvSource({"CSTD_TINH,9,10,AT_LEAST,TOTAL_MEMBERS", "CSTD_TOAN_QUOC,9,10,AT_LEAST,TOTAL_MEMBERS",
            "KHEN_CAO,4,5,AT_LEAST,TOTAL_MEMBERS", "CO_TINH,1,2,MORE_THAN,TOTAL_MEMBERS",
            "KHONG,1,2,MORE_THAN,VOTES_CAST"})
    void voteRules(String type, int numerator, int denominator, String comparison, String basis) {
        Map<String, Object> rule = evaluate("vote-outcome", "vote-rule", Map.of("voteType", type));
        assertThat(rule).containsEntry("thresholdNumerator", numerator)
                .containsEntry("thresholdDenominator", denominator).containsEntry("comparison", comparison)
                .containsEntry("voteBasis", basis).containsEntry("tieRule", "REVOTE").containsEntry("maxRevotes", 1);
        assertThat((String) rule.get("legalBasis")).isNotBlank();
        assertThat((String) rule.get("thresholdText")).contains(numerator + "/" + denominator);
    }

    @Test
    void everyCouncilVoteTypeOfTheRoutingTableHasItsOwnRule() {
        for (String type : List.of("CSTD_TINH", "CSTD_TOAN_QUOC", "CO_TINH", "KHEN_CAO")) {
            assertThat(evaluate("vote-outcome", "vote-rule", Map.of("voteType", type)))
                    .as(type).containsEntry("voteBasis", "TOTAL_MEMBERS");
        }
    }
}

package vn.tdkt.block.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.block.scoring.ScoringTable.TieBreak.FEWER_PENALTIES;
import static vn.tdkt.block.scoring.ScoringTable.TieBreak.HIGHER_CRITERIA_TOTAL;
import static vn.tdkt.block.scoring.ScoringTable.TieBreak.HIGHER_FIRST_GROUP;
import static vn.tdkt.block.scoring.ScoringTable.TieBreak.MORE_BONUS;

class ScoreCalculatorTest {

    private static BigDecimal d(double v) {
        return BigDecimal.valueOf(v);
    }

    private static ScoringTable table(List<ScoringTable.TieBreak> tieBreaks) {
        return new ScoringTable(
                List.of(new ScoringTable.Group("I", "Nhiệm vụ chính trị", List.of(
                                new ScoringTable.Criterion("I.1", "Chỉ tiêu", d(40), true),
                                new ScoringTable.Criterion("I.2", "Công trình trọng điểm", d(20), false))),
                        new ScoringTable.Group("II", "Công tác thi đua", List.of(
                                new ScoringTable.Criterion("II.1", "Phát động", d(15), false))),
                        new ScoringTable.Group("IV", "Tham gia hoạt động khối", List.of(
                                new ScoringTable.Criterion("IV.1", "Dự họp", d(25), false)))),
                List.of(new ScoringTable.Item("B1", "Khen thưởng cấp trên", d(6)),
                        new ScoringTable.Item("B2", "Sáng kiến", d(6))),
                d(10),
                List.of(new ScoringTable.Item("P1", "Báo cáo trễ", d(5))),
                d(3), tieBreaks);
    }

    private static ScoreSheet sheet(String unit, double i1, double i2, double ii1, double iv1, double b1, double b2,
                                    double p1) {
        return new ScoreSheet(unit, Map.of("I.1", d(i1), "I.2", d(i2), "II.1", d(ii1), "IV.1", d(iv1)),
                Map.of("B1", d(b1), "B2", d(b2)), Map.of("P1", d(p1)));
    }

    @Test
    void criteriaAreCappedAtTheirMaximumAndNegativesCountZero() {
        ScoreResult r = ScoreCalculator.score(table(List.of()), sheet("a", 55, -3, 15, 25, 0, 0, 0));
        assertThat(r.groupTotals().get("I")).isEqualByComparingTo("40");
        assertThat(r.criteriaTotal()).isEqualByComparingTo("80");
        assertThat(r.finalScore()).isEqualByComparingTo("80");
    }

    @Test
    void bonusIsCappedInTotalAndPerItemAndPenaltiesSubtract() {
        ScoreResult r = ScoreCalculator.score(table(List.of()), sheet("a", 40, 20, 15, 25, 9, 6, 2));
        assertThat(r.bonus()).isEqualByComparingTo("10");   // min(6 + 6, 10): item cap 6, then total cap 10
        assertThat(r.penalties()).isEqualByComparingTo("2");
        assertThat(r.finalScore()).isEqualByComparingTo("108");
        assertThat(ScoreCalculator.score(table(List.of()), sheet("b", 40, 20, 15, 25, 0, 0, 9)).penalties())
                .isEqualByComparingTo("5");
    }

    @Test
    void rankingByFinalScoreThenEachTieBreakInOrder() {
        // a and b: same final 90; a has more in group I, b fewer penalties and more bonus
        ScoreSheet a = sheet("a", 40, 20, 10, 20, 0, 2, 2);
        ScoreSheet b = sheet("b", 35, 20, 15, 20, 0, 0, 0);
        ScoreSheet c = sheet("c", 40, 20, 15, 25, 0, 0, 0);
        assertThat(ScoreCalculator.score(table(List.of()), a).finalScore()).isEqualByComparingTo("90");
        assertThat(ScoreCalculator.score(table(List.of()), b).finalScore()).isEqualByComparingTo("90");

        assertThat(ScoreCalculator.rank(table(List.of(HIGHER_FIRST_GROUP)), List.of(b, a, c)))
                .extracting(ScoreResult::unitCode, ScoreResult::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", 1), org.assertj.core.groups.Tuple.tuple("a", 2),
                        org.assertj.core.groups.Tuple.tuple("b", 3));
        assertThat(ScoreCalculator.rank(table(List.of(FEWER_PENALTIES)), List.of(a, b, c)))
                .extracting(ScoreResult::unitCode).containsExactly("c", "b", "a");
        assertThat(ScoreCalculator.rank(table(List.of(MORE_BONUS)), List.of(b, a, c)))
                .extracting(ScoreResult::unitCode).containsExactly("c", "a", "b");
        ScoreSheet lessCriteriaMoreBonus = sheet("a", 40, 20, 10, 18, 0, 4, 2);   // 88 + 4 − 2 = 90
        assertThat(ScoreCalculator.rank(table(List.of(HIGHER_CRITERIA_TOTAL)), List.of(lessCriteriaMoreBonus, b, c)))
                .extracting(ScoreResult::unitCode).containsExactly("c", "b", "a");
    }

    @Test
    void membersEqualAfterEveryRuleShareTheRank() {
        ScoreSheet a = sheet("a", 30, 20, 10, 20, 0, 0, 0);
        ScoreSheet b = sheet("b", 30, 20, 10, 20, 0, 0, 0);
        List<ScoreResult> ranked = ScoreCalculator.rank(table(List.of(HIGHER_FIRST_GROUP, FEWER_PENALTIES)),
                List.of(a, b, sheet("c", 10, 0, 0, 0, 0, 0, 0)));
        assertThat(ranked).extracting(ScoreResult::rank).containsExactly(1, 1, 3);
    }

    @Test
    void theMinutesSayWhichTieBreakOrderedUnitsOfEqualScore() {
        // a and b: 90 each, the first group decides (60 against 55); d and e: equal after every rule
        ScoreSheet a = sheet("a", 40, 20, 10, 20, 0, 2, 2);
        ScoreSheet b = sheet("b", 35, 20, 15, 20, 0, 0, 0);
        ScoreSheet d = sheet("d", 30, 20, 10, 20, 0, 0, 0);
        ScoreSheet e = sheet("e", 30, 20, 10, 20, 0, 0, 0);
        ScoringTable t = table(List.of(FEWER_PENALTIES, HIGHER_FIRST_GROUP));
        List<ScoreResult> ranked = ScoreCalculator.rank(t, List.of(a, b, d, e, sheet("c", 40, 20, 15, 25, 0, 0, 0)));
        Map<String, String> names = Map.of("a", "Sở A", "b", "Sở B", "c", "Sở C", "d", "Sở D", "e", "Sở E");
        assertThat(ScoreCalculator.tieBreakNotes(t, ranked, names::get)).containsExactly(
                "Sở B và Sở A cùng 90 điểm; Sở B xếp trên theo tiêu chí phụ “ít điểm trừ hơn” (0 so với 2).",
                "Sở D và Sở E cùng 80 điểm và bằng nhau theo mọi tiêu chí phụ của bảng điểm: cùng hạng 4.");
        ScoringTable groupFirst = table(List.of(HIGHER_FIRST_GROUP, FEWER_PENALTIES));
        assertThat(ScoreCalculator.tieBreakNotes(groupFirst, ScoreCalculator.rank(groupFirst, List.of(a, b)), names::get))
                .containsExactly("Sở A và Sở B cùng 90 điểm; Sở A xếp trên theo tiêu chí phụ “điểm nhóm tiêu chí thứ nhất"
                        + " cao hơn” (60 so với 55).");
    }

    @Test
    void toleranceDecidesArbitration() {
        ScoringTable t = table(List.of());
        assertThat(ScoreCalculator.needsArbitration(t, d(90), d(87))).isFalse();
        assertThat(ScoreCalculator.needsArbitration(t, d(90), d(86.5))).isTrue();
    }
}

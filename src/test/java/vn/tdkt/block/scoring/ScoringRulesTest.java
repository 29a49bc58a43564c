package vn.tdkt.block.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringRulesTest {

    private final ScoringTable template = ScoringTemplates.illustrative();

    private Map<String, BigDecimal> full() {
        Map<String, BigDecimal> m = new HashMap<>();
        template.groups().forEach(g -> g.criteria().forEach(c -> m.put(c.code(), c.maxPoints())));
        return m;
    }

    private Map<String, String> evidence() {
        Map<String, String> m = new HashMap<>();
        template.groups().forEach(g -> g.criteria().stream().filter(ScoringTable.Criterion::evidenceRequired)
                .forEach(c -> m.put(c.code(), "1")));
        return m;
    }

    @Test
    void theTemplateIsAValidTableOfOneHundredPoints() {
        assertThat(ScoringRules.table(template)).isEmpty();
        assertThat(template.criteriaMaximum()).isEqualByComparingTo("100");
    }

    @Test
    void aTableWithDuplicateCodesOrZeroMaximaIsRefused() {
        ScoringTable bad = new ScoringTable(List.of(new ScoringTable.Group("I", "Nhóm", List.of(
                new ScoringTable.Criterion("X", "Một", BigDecimal.ONE, false),
                new ScoringTable.Criterion("X", "Hai", BigDecimal.ZERO, false)))), List.of(), BigDecimal.ONE, List.of(),
                BigDecimal.ONE, List.of(), 0);
        assertThat(ScoringRules.table(bad)).hasSize(3);
    }

    @Test
    void aCompleteSheetWithEvidenceIsAccepted() {
        ScoreSheet s = new ScoreSheet("stp", full(), Map.of("B1", BigDecimal.valueOf(5)), Map.of());
        assertThat(ScoringRules.sheet(template, s, id -> true, evidence())).isEmpty();
    }

    @Test
    void scoresAboveTheMaximumNegativeOrUnknownAreRefused() {
        Map<String, BigDecimal> scores = full();
        scores.put("I.1", BigDecimal.valueOf(31));
        scores.put("II.1", BigDecimal.valueOf(-1));
        ScoreSheet s = new ScoreSheet("stp", scores, Map.of("B9", BigDecimal.ONE), Map.of("P1", BigDecimal.valueOf(6)));
        List<String> problems = ScoringRules.sheet(template, s, id -> true, evidence());
        assertThat(problems).hasSize(4);
        assertThat(String.join(" ", problems)).contains("vượt mức tối đa 30", "không được âm", "'B9'", "P1");
    }

    @Test
    void missingOrUnknownEvidenceAndMissingCriteriaAreRefused() {
        Map<String, BigDecimal> scores = full();
        scores.remove("IV.2");
        ScoreSheet s = new ScoreSheet("stp", scores, Map.of(), Map.of());
        Map<String, String> ev = evidence();
        ev.remove("I.1");
        ev.put("I.2", "999");
        List<String> problems = ScoringRules.sheet(template, s, id -> !"999".equals(id), ev);
        assertThat(problems).hasSize(3);
        assertThat(String.join(" ", problems)).contains("IV.2", "I.1", "I.2");
        // no points, no evidence needed
        scores.put("I.1", BigDecimal.ZERO);
        scores.put("I.2", BigDecimal.ZERO);
        scores.put("IV.2", BigDecimal.ZERO);
        assertThat(ScoringRules.sheet(template, new ScoreSheet("stp", scores, Map.of(), Map.of()), id -> false,
                Map.of("III.1", "1"))).hasSize(2).allMatch(p -> p.contains("II.2") || p.contains("III.1"));
    }
}

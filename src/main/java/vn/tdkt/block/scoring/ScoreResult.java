package vn.tdkt.block.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A member's computed score: per group, criteria total (each criterion capped at its maximum), bonus after the
 * cap, penalties, and final = criteria + bonus − penalties; {@code rank} is 1 for the leading unit.
 */
public record ScoreResult(String unitCode, Map<String, BigDecimal> groupTotals, BigDecimal criteriaTotal,
                          BigDecimal bonus, BigDecimal penalties, BigDecimal finalScore, int rank) {

    ScoreResult withRank(int r) {
        return new ScoreResult(unitCode, groupTotals, criteriaTotal, bonus, penalties, finalScore, r);
    }
}

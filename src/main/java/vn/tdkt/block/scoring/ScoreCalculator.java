package vn.tdkt.block.scoring;

import vn.tdkt.format.VietnameseNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes and ranks the block's scores: final = Σ min(criterion score, max) + min(Σ bonus, cap) − Σ penalty,
 * ranked by final score and then by the table's tie-break rules in order. Members still equal after every rule
 * share the rank (the block's vote then decides). Plain Java, no engine: a thin delegate calls it.
 */
public final class ScoreCalculator {

    private ScoreCalculator() { }

    public static ScoreResult score(ScoringTable table, ScoreSheet sheet) {
        Map<String, BigDecimal> groupTotals = new LinkedHashMap<>();
        BigDecimal criteria = BigDecimal.ZERO;
        for (ScoringTable.Group g : table.groups()) {
            BigDecimal groupTotal = BigDecimal.ZERO;
            for (ScoringTable.Criterion c : g.criteria()) {
                groupTotal = groupTotal.add(capped(sheet.criteria().get(c.code()), c.maxPoints()));
            }
            groupTotals.put(g.code(), groupTotal);
            criteria = criteria.add(groupTotal);
        }
        BigDecimal bonus = BigDecimal.ZERO;
        for (ScoringTable.Item b : table.bonusItems()) {
            bonus = bonus.add(capped(sheet.bonus().get(b.code()), b.maxPoints()));
        }
        bonus = bonus.min(table.bonusCap());
        BigDecimal penalties = BigDecimal.ZERO;
        for (ScoringTable.Item p : table.penaltyItems()) {
            penalties = penalties.add(capped(sheet.penalties().get(p.code()), p.maxPoints()));
        }
        return new ScoreResult(sheet.unitCode(), groupTotals, criteria, bonus, penalties,
                criteria.add(bonus).subtract(penalties), 0);
    }

    /** Scores every sheet and ranks them; equal members after all tie-breaks share a rank. */
    public static List<ScoreResult> rank(ScoringTable table, List<ScoreSheet> sheets) {
        List<ScoreResult> results = new ArrayList<>(sheets.stream().map(s -> score(table, s)).toList());
        Comparator<ScoreResult> order = comparator(table);
        results.sort(order);
        List<ScoreResult> ranked = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            int rank = i > 0 && order.compare(results.get(i - 1), results.get(i)) == 0
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(results.get(i).withRank(rank));
        }
        return ranked;
    }

    static Comparator<ScoreResult> comparator(ScoringTable table) {
        Comparator<ScoreResult> c = Comparator.comparing(ScoreResult::finalScore).reversed();
        String firstGroup = table.groups().isEmpty() ? null : table.groups().get(0).code();
        for (ScoringTable.TieBreak rule : table.tieBreaks()) {
            c = c.thenComparing(switch (rule) {
                case HIGHER_FIRST_GROUP -> Comparator.comparing((ScoreResult r) ->
                        firstGroup == null ? BigDecimal.ZERO : r.groupTotals().get(firstGroup)).reversed();
                case FEWER_PENALTIES -> Comparator.comparing(ScoreResult::penalties);
                case MORE_BONUS -> Comparator.comparing(ScoreResult::bonus).reversed();
                case HIGHER_CRITERIA_TOTAL -> Comparator.comparing(ScoreResult::criteriaTotal).reversed();
            });
        }
        return c;
    }

    /**
     * For every two neighbours of the ranking with the same final score, the sentence the minutes print: which
     * tie-break rule of the table put one above the other (with both values), or that they stay equal after every
     * rule and share the rank.
     */
    public static List<String> tieBreakNotes(ScoringTable table, List<ScoreResult> ranked,
                                             Function<String, String> unitName) {
        List<String> notes = new ArrayList<>();
        String firstGroup = table.groups().isEmpty() ? null : table.groups().get(0).code();
        for (int i = 1; i < ranked.size(); i++) {
            ScoreResult upper = ranked.get(i - 1);
            ScoreResult lower = ranked.get(i);
            if (upper.finalScore().compareTo(lower.finalScore()) != 0) {
                continue;
            }
            String both = unitName.apply(upper.unitCode()) + " và " + unitName.apply(lower.unitCode()) + " cùng "
                    + VietnameseNumbers.decimal(upper.finalScore()) + " điểm";
            String note = null;
            for (ScoringTable.TieBreak rule : table.tieBreaks()) {
                BigDecimal a = tieValue(rule, upper, firstGroup);
                BigDecimal b = tieValue(rule, lower, firstGroup);
                if (a.compareTo(b) != 0) {
                    note = both + "; " + unitName.apply(upper.unitCode()) + " xếp trên theo tiêu chí phụ “" + label(rule)
                            + "” (" + VietnameseNumbers.decimal(a) + " so với "
                            + VietnameseNumbers.decimal(b) + ").";
                    break;
                }
            }
            notes.add(note != null ? note : both + " và bằng nhau theo mọi tiêu chí phụ của bảng điểm: cùng hạng "
                    + lower.rank() + ".");
        }
        return notes;
    }

    /** The tie-break rule as the minutes name it. */
    public static String label(ScoringTable.TieBreak rule) {
        return switch (rule) {
            case HIGHER_FIRST_GROUP -> "điểm nhóm tiêu chí thứ nhất cao hơn";
            case FEWER_PENALTIES -> "ít điểm trừ hơn";
            case MORE_BONUS -> "điểm thưởng cao hơn";
            case HIGHER_CRITERIA_TOTAL -> "tổng điểm các tiêu chí (chưa cộng điểm thưởng, trừ điểm trừ) cao hơn";
        };
    }

    private static BigDecimal tieValue(ScoringTable.TieBreak rule, ScoreResult r, String firstGroup) {
        return switch (rule) {
            case HIGHER_FIRST_GROUP -> firstGroup == null ? BigDecimal.ZERO : r.groupTotals().get(firstGroup);
            case FEWER_PENALTIES -> r.penalties();
            case MORE_BONUS -> r.bonus();
            case HIGHER_CRITERIA_TOTAL -> r.criteriaTotal();
        };
    }

    /** Whether the own and the cross-checked totals of a criterion differ by more than the tolerance. */
    public static boolean needsArbitration(ScoringTable table, BigDecimal own, BigDecimal crossChecked) {
        return own.subtract(crossChecked).abs().compareTo(table.tolerance()) > 0;
    }

    private static BigDecimal capped(BigDecimal given, BigDecimal max) {
        if (given == null || given.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return given.min(max);
    }
}

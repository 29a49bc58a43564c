package vn.tdkt.block.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A block's scoring table for one year (bảng tiêu chí, thang điểm): groups of criteria with their maximum
 * points, bonus items under a common cap, penalty items, the tolerance allowed between a member's own score and
 * the cross-checker's, and the order of tie-break rules. Data set by the block leader or an admin.
 */
public record ScoringTable(List<Group> groups, List<Item> bonusItems, BigDecimal bonusCap, List<Item> penaltyItems,
                           BigDecimal tolerance, List<TieBreak> tieBreaks, int voteCandidates) {

    /** The same table with another candidate count for the suy tôn vote. */
    public ScoringTable(List<Group> groups, List<Item> bonusItems, BigDecimal bonusCap, List<Item> penaltyItems,
                        BigDecimal tolerance, List<TieBreak> tieBreaks) {
        this(groups, bonusItems, bonusCap, penaltyItems, tolerance, tieBreaks, 3);
    }

    /** A group of criteria (nhóm tiêu chí) such as "I. Thực hiện nhiệm vụ chính trị". */
    public record Group(String code, String name, List<Criterion> criteria) {

        public BigDecimal maxPoints() {
            return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A criterion with its maximum and whether evidence (minh chứng) must be attached. */
    public record Criterion(String code, String name, BigDecimal maxPoints, boolean evidenceRequired) { }

    /** A bonus or penalty item with the most points it may carry once. */
    public record Item(String code, String name, BigDecimal maxPoints) { }

    /** The rules that order members with the same final score, applied in the configured order. */
    public enum TieBreak {
        /** Higher points in the first group (performance of the tasks assigned by the province). */
        HIGHER_FIRST_GROUP,
        /** Fewer penalty points. */
        FEWER_PENALTIES,
        /** More bonus points (after the cap). */
        MORE_BONUS,
        /** Higher points over all criteria, before bonus and penalty. */
        HIGHER_CRITERIA_TOTAL
    }

    public BigDecimal criteriaMaximum() {
        return groups.stream().map(Group::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

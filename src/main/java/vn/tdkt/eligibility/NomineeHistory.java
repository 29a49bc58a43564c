package vn.tdkt.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the registry knows about one nominee that the eligibility rules need: raw records, before any counting.
 * For a person the {@code member*} fields are empty; for a collective the person-only fields are empty.
 *
 * @param meritAwardYears  years in which each award type was received in a kind that builds streaks (parameter
 *                         MERIT_COUNTING_KINDS: công trạng; Decree 152/2025: đột xuất, chuyên đề never do)
 * @param ratings          task rating per year (XUAT_SAC, TOT, HOAN_THANH, KHONG_HOAN_THANH)
 * @param initiatives      recognised initiatives (year and scope) of a person
 * @param disciplines      penalties that touch the period year (decided in it or still running in it)
 * @param members          for a collective: the active members' statistics of the period year
 * @param lastPenaltyEnd   the end (effective_until) of the latest penalty decided up to the period year, null when
 *                         none: achievements count only from the end of a penalty (Decree 152/2025), streaks too
 * @param maternityMonths  months of maternity leave in the period year (annual_assessment.maternity_months), null
 *                         when not recorded; counted as work where the parameter MATERNITY_COUNTS_AS_WORK says so
 */
public record NomineeHistory(
        boolean suspended,
        Map<String, Set<Integer>> meritAwardYears,
        Map<Integer, String> ratings,
        Integer monthsWorked,
        List<Initiative> initiatives,
        List<String> disciplines,
        MemberStatistics members,
        int ldttInUnit,
        int cstdcsInUnit,
        boolean ledBlock,
        LocalDate lastPenaltyEnd,
        Integer maternityMonths) {

    public NomineeHistory(boolean suspended, Map<String, Set<Integer>> meritAwardYears, Map<Integer, String> ratings,
                          Integer monthsWorked, List<Initiative> initiatives, List<String> disciplines,
                          MemberStatistics members, int ldttInUnit, int cstdcsInUnit, boolean ledBlock) {
        this(suspended, meritAwardYears, ratings, monthsWorked, initiatives, disciplines, members, ldttInUnit,
                cstdcsInUnit, ledBlock, null, null);
    }

    public NomineeHistory(boolean suspended, Map<String, Set<Integer>> meritAwardYears, Map<Integer, String> ratings,
                          Integer monthsWorked, List<Initiative> initiatives, List<String> disciplines,
                          MemberStatistics members, int ldttInUnit, int cstdcsInUnit, boolean ledBlock,
                          LocalDate lastPenaltyEnd) {
        this(suspended, meritAwardYears, ratings, monthsWorked, initiatives, disciplines, members, ldttInUnit,
                cstdcsInUnit, ledBlock, lastPenaltyEnd, null);
    }

    /**
     * The first year whose achievements count: the year after the latest penalty ended (a year the penalty ran in,
     * even in part, does not count — the reading of "from the end of the penalty" at the granularity of a year,
     * to be confirmed [B]); any year when there was none.
     */
    public int firstCountingYear() {
        return lastPenaltyEnd == null ? Integer.MIN_VALUE : lastPenaltyEnd.getYear() + 1;
    }

    /** A recognised initiative (sáng kiến) with the scope of its effect. */
    public record Initiative(int year, String scope) { }

    /** Counts over the members of a collective for the period year. */
    public record MemberStatistics(int total, int withLdtt, int completedTasks, int withCstdcs, int disciplinedCanhCaoOrAbove) {
        public static final MemberStatistics NONE = new MemberStatistics(0, 0, 0, 0, 0);
    }
}

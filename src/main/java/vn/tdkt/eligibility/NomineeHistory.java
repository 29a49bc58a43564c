package vn.tdkt.eligibility;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the registry knows about one nominee that the eligibility rules need: raw records, before any counting.
 * For a person the {@code member*} fields are empty; for a collective the person-only fields are empty.
 *
 * @param meritAwardYears  years in which each award type was received by merit (công trạng); đột xuất and
 *                         chuyên đề awards are left out on purpose (Decree 152/2025: they never build streaks)
 * @param ratings          task rating per year (XUAT_SAC, TOT, HOAN_THANH, KHONG_HOAN_THANH)
 * @param initiatives      recognised initiatives (year and scope) of a person
 * @param disciplines      penalties that touch the period year (decided in it or still running in it)
 * @param members          for a collective: the active members' statistics of the period year
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
        boolean ledBlock) {

    /** A recognised initiative (sáng kiến) with the scope of its effect. */
    public record Initiative(int year, String scope) { }

    /** Counts over the members of a collective for the period year. */
    public record MemberStatistics(int total, int withLdtt, int completedTasks, int withCstdcs, int disciplinedCanhCaoOrAbove) {
        public static final MemberStatistics NONE = new MemberStatistics(0, 0, 0, 0, 0);
    }
}

package vn.tdkt.eligibility;

import vn.tdkt.registry.award.AwardStreaks;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a nominee's raw history into the facts the eligibility table reads: streaks, counts and shares.
 * Pure and free of Spring so that every counting rule has its own unit test. The thresholds themselves
 * (3 times, 70 %, 15 %…) are not here: they live in the DMN table.
 */
public final class EligibilityFactsCalculator {

    /** Consecutive CSTĐ cấp tỉnh awards may be this many years apart and still count as "liên tục". */
    private static final int PROVINCIAL_FIGHTER_CYCLE_YEARS = 3;

    private EligibilityFactsCalculator() { }

    public static EligibilityFacts compute(String awardType, String commendationKind, String recipientKind, int year,
                                           NomineeHistory h, int sameUnitCstdcsInProposal) {
        boolean person = "CA_NHAN".equals(recipientKind);
        NomineeHistory.MemberStatistics m = h.members() == null ? NomineeHistory.MemberStatistics.NONE : h.members();
        // achievements before the end of the latest penalty do not count (Decree 152/2025), initiatives neither
        java.util.List<NomineeHistory.Initiative> initiatives = h.initiatives().stream()
                .filter(i -> i.year() >= h.firstCountingYear()).toList();
        return new EligibilityFacts(
                awardType,
                commendationKind,
                recipientKind,
                h.suspended(),
                h.ratings().getOrDefault(year, "CHUA_DANH_GIA"),
                h.monthsWorked(),
                mostSevere(h),
                years(h, "LDTT").contains(year),
                AwardStreaks.consecutiveYears(years(h, "CSTDCS"), year),
                consecutiveProvincialFighter(years(h, "CSTD_TINH"), year),
                consecutiveExcellentYears(countingRatings(h), year),
                (int) initiatives.stream().filter(i -> i.year() == year || i.year() == year - 1).count(),
                initiatives.stream().anyMatch(i -> i.year() == year),
                initiatives.stream().filter(i -> i.year() > year - PROVINCIAL_FIGHTER_CYCLE_YEARS && i.year() <= year)
                        .mapToInt(i -> scopeRank(i.scope())).max().orElse(0),
                person ? null : share(m.withLdtt(), m.total()),
                person ? null : share(m.completedTasks(), m.total()),
                person ? null : m.withCstdcs(),
                person ? null : m.disciplinedCanhCaoOrAbove(),
                person ? h.ldttInUnit() : null,
                person ? h.cstdcsInUnit() + sameUnitCstdcsInProposal : null,
                h.ledBlock());
    }

    /** 0 none, 1 cơ sở, 2 tỉnh, 3 toàn quốc. */
    public static int scopeRank(String scope) {
        return switch (scope) {
            case "CO_SO" -> 1;
            case "TINH" -> 2;
            case "TOAN_QUOC" -> 3;
            default -> 0;
        };
    }

    /**
     * CSTĐ cấp tỉnh is given once per cycle of CSTĐCS streaks, so "two consecutive times" means awards no more
     * than one cycle apart, the latest within one cycle of the period year.
     */
    static int consecutiveProvincialFighter(Set<Integer> years, int year) {
        TreeSet<Integer> sorted = new TreeSet<>(years.stream().filter(y -> y <= year).toList());
        if (sorted.isEmpty() || year - sorted.last() > PROVINCIAL_FIGHTER_CYCLE_YEARS) {
            return 0;
        }
        int count = 1;
        Integer current = sorted.last();
        for (Integer earlier = sorted.lower(current); earlier != null; earlier = sorted.lower(current)) {
            if (current - earlier > PROVINCIAL_FIGHTER_CYCLE_YEARS) {
                break;
            }
            count++;
            current = earlier;
        }
        return count;
    }

    static int consecutiveExcellentYears(Map<Integer, String> ratings, int year) {
        int count = 0;
        while ("XUAT_SAC".equals(ratings.get(year - count))) {
            count++;
        }
        return count;
    }

    private static String mostSevere(NomineeHistory h) {
        String worst = "NONE";
        for (String p : h.disciplines()) {
            if (severity(p) > severity(worst)) {
                worst = p;
            }
        }
        return worst;
    }

    private static int severity(String penalty) {
        return switch (penalty) {
            case "KHIEN_TRACH" -> 1;
            case "CANH_CAO" -> 2;
            case "CACH_CHUC" -> 3;
            case "BUOC_THOI_VIEC" -> 4;
            default -> 0;
        };
    }

    /** Years of merit awards of the type that count: none before the end of the latest penalty. */
    private static Set<Integer> years(NomineeHistory h, String awardType) {
        int from = h.firstCountingYear();
        return h.meritAwardYears().getOrDefault(awardType, Set.of()).stream().filter(y -> y >= from)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Task ratings that count: none before the end of the latest penalty. */
    private static Map<Integer, String> countingRatings(NomineeHistory h) {
        int from = h.firstCountingYear();
        Map<Integer, String> counting = new java.util.HashMap<>();
        h.ratings().forEach((y, r) -> {
            if (y >= from) {
                counting.put(y, r);
            }
        });
        return counting;
    }

    private static Double share(int part, int total) {
        return total == 0 ? 0.0 : (double) part / total;
    }
}

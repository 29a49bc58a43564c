package vn.tdkt.eligibility;

import vn.tdkt.registry.award.AwardStreaks;
import vn.tdkt.rules.LegalParameterSet;
import vn.tdkt.rules.RuleDates;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a nominee's raw history into the facts the eligibility table reads: streaks, counts and shares.
 * Pure and free of Spring so that every counting rule has its own unit test. The thresholds themselves
 * (3 times, 70 %, 15 %…) are not here: they live in the DMN table {@code award-eligibility}; the counting rules'
 * numbers (cycles, windows, whether penalties count from their end) in the DMN table {@code legal-parameters}, read
 * for the day the achievement is judged by.
 */
public final class EligibilityFactsCalculator {

    private EligibilityFactsCalculator() { }

    public static EligibilityFacts compute(String awardType, String commendationKind, String recipientKind, int year,
                                           NomineeHistory h, int sameUnitCstdcsInProposal, LegalParameterSet law) {
        boolean person = "CA_NHAN".equals(recipientKind);
        NomineeHistory.MemberStatistics m = h.members() == null ? NomineeHistory.MemberStatistics.NONE : h.members();
        // where the law says so (Decree 152/2025), nothing before the end of the latest penalty counts
        int from = law.penaltyCountsFromEnd() ? h.firstCountingYear() : Integer.MIN_VALUE;
        int cycle = law.provincialFighterCycleYears();
        int window = law.initiativeWindowYears();
        int scopeYears = law.initiativeScopeLookbackYears();
        java.util.List<NomineeHistory.Initiative> initiatives = h.initiatives().stream()
                .filter(i -> i.year() >= from).toList();
        return new EligibilityFacts(
                awardType,
                commendationKind,
                recipientKind,
                h.suspended(),
                h.ratings().getOrDefault(year, "CHUA_DANH_GIA"),
                monthsWorked(h, law),
                mostSevere(h),
                years(h, "LDTT", from).contains(year),
                AwardStreaks.consecutiveYears(years(h, "CSTDCS", from), year),
                consecutiveProvincialFighter(years(h, "CSTD_TINH", from), year, cycle),
                consecutiveExcellentYears(countingRatings(h, from), year),
                (int) initiatives.stream().filter(i -> i.year() > year - window && i.year() <= year).count(),
                initiatives.stream().anyMatch(i -> i.year() == year),
                initiatives.stream().filter(i -> i.year() > year - scopeYears && i.year() <= year)
                        .mapToInt(i -> scopeRank(i.scope())).max().orElse(0),
                person ? null : share(m.withLdtt(), m.total()),
                person ? null : share(m.completedTasks(), m.total()),
                person ? null : m.withCstdcs(),
                person ? null : m.disciplinedCanhCaoOrAbove(),
                person ? h.ldttInUnit() : null,
                person ? h.cstdcsInUnit() + sameUnitCstdcsInProposal : null,
                h.ledBlock(),
                RuleDates.judgedOn(RuleDates.achievementYear(year)));
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
    static int consecutiveProvincialFighter(Set<Integer> years, int year, int cycle) {
        TreeSet<Integer> sorted = new TreeSet<>(years.stream().filter(y -> y <= year).toList());
        if (sorted.isEmpty() || year - sorted.last() > cycle) {
            return 0;
        }
        int count = 1;
        Integer current = sorted.last();
        for (Integer earlier = sorted.lower(current); earlier != null; earlier = sorted.lower(current)) {
            if (current - earlier > cycle) {
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

    /** Months worked in the year, with maternity leave counted as work where the law says so, at most 12. */
    static Integer monthsWorked(NomineeHistory h, LegalParameterSet law) {
        if (h.monthsWorked() == null) {
            return null;
        }
        int maternity = law.maternityCountsAsWork() && h.maternityMonths() != null ? h.maternityMonths() : 0;
        return Math.min(12, h.monthsWorked() + maternity);
    }

    /** Years of merit awards of the type that count: none before the first counting year. */
    private static Set<Integer> years(NomineeHistory h, String awardType, int from) {
        return h.meritAwardYears().getOrDefault(awardType, Set.of()).stream().filter(y -> y >= from)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Task ratings that count: none before the first counting year. */
    private static Map<Integer, String> countingRatings(NomineeHistory h, int from) {
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

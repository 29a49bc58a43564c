package vn.tdkt.eligibility;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityFactsCalculatorTest {

    private static NomineeHistory personHistory(Map<String, Set<Integer>> awards, Map<Integer, String> ratings,
                                                List<NomineeHistory.Initiative> initiatives, List<String> discipline) {
        return new NomineeHistory(false, awards, ratings, 12, initiatives, discipline,
                NomineeHistory.MemberStatistics.NONE, 20, 2, false);
    }

    @Test
    void streaksCountBackFromThePeriodYear() {
        NomineeHistory h = personHistory(Map.of("CSTDCS", Set.of(2021, 2023, 2024, 2025), "LDTT", Set.of(2025)),
                Map.of(2025, "XUAT_SAC", 2024, "XUAT_SAC", 2023, "TOT", 2022, "XUAT_SAC"), List.of(), List.of());
        EligibilityFacts f = EligibilityFactsCalculator.compute("CSTD_TINH", "CONG_TRANG", "CA_NHAN", 2025, h, 0);
        assertThat(f.consecutiveCstdcs()).isEqualTo(3);
        assertThat(f.consecutiveExcellentYears()).isEqualTo(2);
        assertThat(f.hasLdtt()).isTrue();
        assertThat(f.taskRating()).isEqualTo("XUAT_SAC");
        assertThat(EligibilityFactsCalculator.compute("CSTD_TINH", "CONG_TRANG", "CA_NHAN", 2026, h, 0)
                .consecutiveCstdcs()).isZero();
    }

    @Test
    void initiativesInTheTwoYearWindowAndTheirWidestScope() {
        NomineeHistory h = personHistory(Map.of(), Map.of(), List.of(new NomineeHistory.Initiative(2022, "TOAN_QUOC"),
                new NomineeHistory.Initiative(2024, "CO_SO"), new NomineeHistory.Initiative(2025, "TINH")), List.of());
        EligibilityFacts f = EligibilityFactsCalculator.compute("BK_TINH", "CONG_TRANG", "CA_NHAN", 2025, h, 0);
        assertThat(f.initiativesInTwoYears()).isEqualTo(2);
        assertThat(f.initiativeThisYear()).isTrue();
        assertThat(f.initiativeScopeRank()).isEqualTo(2);
        assertThat(f.taskRating()).isEqualTo("CHUA_DANH_GIA");
    }

    /** Decree 152/2025: after a penalty, achievements count only from its end — streaks restart after it. */
    @Test
    void achievementsBeforeThePenaltyEndedDoNotCount() {
        Map<String, Set<Integer>> awards = Map.of("CSTDCS", Set.of(2021, 2022, 2023, 2024, 2025), "LDTT", Set.of(2025),
                "CSTD_TINH", Set.of(2022));
        Map<Integer, String> ratings = Map.of(2025, "XUAT_SAC", 2024, "XUAT_SAC", 2023, "XUAT_SAC", 2022, "XUAT_SAC");
        List<NomineeHistory.Initiative> initiatives = List.of(new NomineeHistory.Initiative(2023, "TINH"),
                new NomineeHistory.Initiative(2025, "CO_SO"));
        NomineeHistory clean = new NomineeHistory(false, awards, ratings, 12, initiatives, List.of(),
                NomineeHistory.MemberStatistics.NONE, 20, 2, false, null);
        EligibilityFacts before = EligibilityFactsCalculator.compute("CSTD_TINH", "CONG_TRANG", "CA_NHAN", 2025, clean, 0);
        assertThat(before.consecutiveCstdcs()).isEqualTo(5);
        assertThat(before.consecutiveExcellentYears()).isEqualTo(4);
        assertThat(before.consecutiveCstdTinh()).isEqualTo(1);
        assertThat(before.initiativeScopeRank()).isEqualTo(2);

        // a reprimand that ran until 30/06/2023: 2021–2023 no longer count
        NomineeHistory penalised = new NomineeHistory(false, awards, ratings, 12, initiatives, List.of(),
                NomineeHistory.MemberStatistics.NONE, 20, 2, false, java.time.LocalDate.of(2023, 6, 30));
        EligibilityFacts after = EligibilityFactsCalculator.compute("CSTD_TINH", "CONG_TRANG", "CA_NHAN", 2025, penalised, 0);
        assertThat(after.consecutiveCstdcs()).isEqualTo(2);
        assertThat(after.consecutiveExcellentYears()).isEqualTo(2);
        assertThat(after.consecutiveCstdTinh()).isZero();
        assertThat(after.initiativeScopeRank()).as("the 2023 provincial initiative predates the end").isEqualTo(1);
        assertThat(after.hasLdtt()).isTrue();
    }

    @Test
    void theMostSeverePenaltyOfTheYearCounts() {
        NomineeHistory h = personHistory(Map.of(), Map.of(), List.of(), List.of("KHIEN_TRACH", "CANH_CAO"));
        assertThat(EligibilityFactsCalculator.compute("LDTT", "CONG_TRANG", "CA_NHAN", 2025, h, 0).disciplineInYear())
                .isEqualTo("CANH_CAO");
    }

    @Test
    void provincialFighterTimesMayBeACycleApart() {
        assertThat(EligibilityFactsCalculator.consecutiveProvincialFighter(Set.of(2019, 2022, 2025), 2025)).isEqualTo(3);
        assertThat(EligibilityFactsCalculator.consecutiveProvincialFighter(Set.of(2018, 2022, 2025), 2025)).isEqualTo(2);
        assertThat(EligibilityFactsCalculator.consecutiveProvincialFighter(Set.of(2020), 2025)).isZero();
    }

    @Test
    void collectiveSharesAndTheQuotaCountOfThisProposal() {
        NomineeHistory unit = new NomineeHistory(false, Map.of(), Map.of(2025, "XUAT_SAC"), null, List.of(), List.of(),
                new NomineeHistory.MemberStatistics(10, 7, 10, 1, 0), 7, 1, true);
        EligibilityFacts f = EligibilityFactsCalculator.compute("TTLDXS", "CONG_TRANG", "TAP_THE", 2025, unit, 0);
        assertThat(f.shareMembersLdtt()).isEqualTo(0.7);
        assertThat(f.shareMembersCompleted()).isEqualTo(1.0);
        assertThat(f.membersCstdcs()).isEqualTo(1);
        assertThat(f.ldttInUnit()).isNull();
        NomineeHistory person = personHistory(Map.of(), Map.of(), List.of(), List.of());
        assertThat(EligibilityFactsCalculator.compute("CSTDCS", "CONG_TRANG", "CA_NHAN", 2025, person, 2)
                .cstdcsInUnitWithThis()).isEqualTo(4);
    }
}

package vn.tdkt.eligibility;

import org.junit.jupiter.api.Test;
import vn.tdkt.decisions.LegalParameterTables;
import vn.tdkt.rules.LegalParameterSet;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules, with the legal parameters read from the repository's table {@code legal-parameters}. */
class EligibilityFactsCalculatorTest {

    private static final LegalParameterSet LAW_2025 = LegalParameterTables.forYear(2025);
    private static final LegalParameterSet LAW_2026 = LegalParameterTables.forYear(2026);

    private static NomineeHistory personHistory(Map<String, Set<Integer>> awards, Map<Integer, String> ratings,
                                                List<NomineeHistory.Initiative> initiatives, List<String> discipline) {
        return new NomineeHistory(false, awards, ratings, 12, initiatives, discipline,
                NomineeHistory.MemberStatistics.NONE, 20, 2, false);
    }

    @Test
    void streaksCountBackFromThePeriodYear() {
        NomineeHistory h = personHistory(Map.of("CSTDCS", Set.of(2021, 2023, 2024, 2025), "LDTT", Set.of(2025)),
                Map.of(2025, "XUAT_SAC", 2024, "XUAT_SAC", 2023, "TOT", 2022, "XUAT_SAC"), List.of(), List.of());
        EligibilityFacts f = EligibilityFactsCalculator.compute("CSTD_TINH", "CONG_TRANG", "CA_NHAN", 2025, h, 0, LAW_2025);
        assertThat(f.consecutiveCstdcs()).isEqualTo(3);
        assertThat(f.consecutiveExcellentYears()).isEqualTo(2);
        assertThat(f.hasLdtt()).isTrue();
        assertThat(f.taskRating()).isEqualTo("XUAT_SAC");
        assertThat(EligibilityFactsCalculator.compute("CSTD_TINH", "CONG_TRANG", "CA_NHAN", 2026, h, 0, LAW_2026)
                .consecutiveCstdcs()).isZero();
    }

    @Test
    void initiativesInTheTwoYearWindowAndTheirWidestScope() {
        NomineeHistory h = personHistory(Map.of(), Map.of(), List.of(new NomineeHistory.Initiative(2022, "TOAN_QUOC"),
                new NomineeHistory.Initiative(2024, "CO_SO"), new NomineeHistory.Initiative(2025, "TINH")), List.of());
        EligibilityFacts f = EligibilityFactsCalculator.compute("BK_TINH", "CONG_TRANG", "CA_NHAN", 2025, h, 0, LAW_2025);
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
        EligibilityFacts before = EligibilityFactsCalculator.compute("CSTD_TINH", "CONG_TRANG", "CA_NHAN", 2025, clean, 0, LAW_2025);
        assertThat(before.consecutiveCstdcs()).isEqualTo(5);
        assertThat(before.consecutiveExcellentYears()).isEqualTo(4);
        assertThat(before.consecutiveCstdTinh()).isEqualTo(1);
        assertThat(before.initiativeScopeRank()).isEqualTo(2);

        // a reprimand that ran until 30/06/2023: 2021–2023 no longer count
        NomineeHistory penalised = new NomineeHistory(false, awards, ratings, 12, initiatives, List.of(),
                NomineeHistory.MemberStatistics.NONE, 20, 2, false, java.time.LocalDate.of(2023, 6, 30));
        EligibilityFacts after = EligibilityFactsCalculator.compute("CSTD_TINH", "CONG_TRANG", "CA_NHAN", 2025, penalised, 0, LAW_2025);
        assertThat(after.consecutiveCstdcs()).isEqualTo(2);
        assertThat(after.consecutiveExcellentYears()).isEqualTo(2);
        assertThat(after.consecutiveCstdTinh()).isZero();
        assertThat(after.initiativeScopeRank()).as("the 2023 provincial initiative predates the end").isEqualTo(1);
        assertThat(after.hasLdtt()).isTrue();
    }

    /**
     * The same history judged under Decree 98/2023 (an achievement period ending 30/6/2025) and under Decree 152/2025
     * (from 01/7/2025): only the later counts achievements from the end of the penalty.
     */
    @Test
    void thePenaltyRuleFollowsTheRegimeOfTheDay() {
        Map<String, Set<Integer>> awards = Map.of("CSTDCS", Set.of(2022, 2023, 2024));
        NomineeHistory penalised = new NomineeHistory(false, awards, Map.of(), 12, List.of(), List.of(),
                NomineeHistory.MemberStatistics.NONE, 20, 2, false, java.time.LocalDate.of(2022, 12, 31));
        LegalParameterSet decree98 = LegalParameterTables.on(java.time.LocalDate.of(2025, 6, 30));
        LegalParameterSet decree152 = LegalParameterTables.on(java.time.LocalDate.of(2025, 7, 1));
        assertThat(EligibilityFactsCalculator.compute("CSTD_TINH", "CONG_TRANG", "CA_NHAN", 2024, penalised, 0,
                decree98).consecutiveCstdcs()).isEqualTo(3);
        assertThat(EligibilityFactsCalculator.compute("CSTD_TINH", "CONG_TRANG", "CA_NHAN", 2024, penalised, 0,
                decree152).consecutiveCstdcs()).isEqualTo(2);
    }

    /** Maternity leave counts as work where the parameter says so, never beyond 12 months. */
    @Test
    void maternityLeaveCountsAsWorkWhereTheLawSaysSo() {
        NomineeHistory mother = new NomineeHistory(false, Map.of(), Map.of(2025, "TOT"), 6, List.of(), List.of(),
                NomineeHistory.MemberStatistics.NONE, 20, 2, false, null, 6);
        assertThat(LAW_2025.maternityCountsAsWork()).isTrue();
        assertThat(EligibilityFactsCalculator.compute("LDTT", "CONG_TRANG", "CA_NHAN", 2025, mother, 0, LAW_2025)
                .monthsWorked()).isEqualTo(12);
        NomineeHistory overlapping = new NomineeHistory(false, Map.of(), Map.of(2025, "TOT"), 10, List.of(), List.of(),
                NomineeHistory.MemberStatistics.NONE, 20, 2, false, null, 6);
        assertThat(EligibilityFactsCalculator.monthsWorked(overlapping, LAW_2025)).isEqualTo(12);
    }

    @Test
    void theMostSeverePenaltyOfTheYearCounts() {
        NomineeHistory h = personHistory(Map.of(), Map.of(), List.of(), List.of("KHIEN_TRACH", "CANH_CAO"));
        assertThat(EligibilityFactsCalculator.compute("LDTT", "CONG_TRANG", "CA_NHAN", 2025, h, 0, LAW_2025).disciplineInYear())
                .isEqualTo("CANH_CAO");
    }

    @Test
    void provincialFighterTimesMayBeACycleApart() {
        assertThat(EligibilityFactsCalculator.consecutiveProvincialFighter(Set.of(2019, 2022, 2025), 2025, 3)).isEqualTo(3);
        assertThat(EligibilityFactsCalculator.consecutiveProvincialFighter(Set.of(2018, 2022, 2025), 2025, 3)).isEqualTo(2);
        assertThat(EligibilityFactsCalculator.consecutiveProvincialFighter(Set.of(2020), 2025, 3)).isZero();
    }

    @Test
    void collectiveSharesAndTheQuotaCountOfThisProposal() {
        NomineeHistory unit = new NomineeHistory(false, Map.of(), Map.of(2025, "XUAT_SAC"), null, List.of(), List.of(),
                new NomineeHistory.MemberStatistics(10, 7, 10, 1, 0), 7, 1, true);
        EligibilityFacts f = EligibilityFactsCalculator.compute("TTLDXS", "CONG_TRANG", "TAP_THE", 2025, unit, 0, LAW_2025);
        assertThat(f.shareMembersLdtt()).isEqualTo(0.7);
        assertThat(f.shareMembersCompleted()).isEqualTo(1.0);
        assertThat(f.membersCstdcs()).isEqualTo(1);
        assertThat(f.ldttInUnit()).isNull();
        NomineeHistory person = personHistory(Map.of(), Map.of(), List.of(), List.of());
        assertThat(EligibilityFactsCalculator.compute("CSTDCS", "CONG_TRANG", "CA_NHAN", 2025, person, 2, LAW_2025)
                .cstdcsInUnitWithThis()).isEqualTo(4);
    }
}

package vn.tdkt.decisions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.rules.LegalParameterSet;
import vn.tdkt.rules.LegalParameters;
import vn.tdkt.rules.RuleDates;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The table processes/legal-parameters.dmn at the edges of its periods. */
class LegalParametersTableTest {

    /** Every parameter the code reads, exactly once, on every day of every regime and at each edge. */
    @ParameterizedTest
    @ValueSource(strings = {"2019-12-31", "2023-12-31", "2024-01-01", "2025-06-30", "2025-07-01", "2026-12-31",
            "2040-01-01"})
    void everyParameterOnceOnEveryDay(String day) {
        LegalParameterSet set = LegalParameterTables.on(LocalDate.parse(day));
        assertThat(set.parameters().keySet()).containsExactlyInAnyOrderElementsOf(LegalParameterSet.REQUIRED);
        set.parameters().values().forEach(p -> assertThat(p.legalBasis()).as(p.code()).isNotBlank());
        // each typed reading works (a wrong type or an unknown choice is an error, not a guess)
        set.penaltyCountsFromEnd();
        set.provincialFighterCycleYears();
        set.initiativeScopeLookbackYears();
        set.initiativeWindowYears();
        assertThat(set.completedTaskRatings()).isNotEmpty();
        set.maternityCountsAsWork();
        set.achievementYearsBack();
        set.concurrenceSilenceMeansConsent();
        set.deadlineRestartsAfterReturn();
        set.blockVoteOfAllMembers();
        assertThat(set.meritCountingKinds()).containsExactly("CONG_TRANG");
        assertThat(set.collectiveDisciplinePenalties()).containsExactly("CANH_CAO", "CACH_CHUC", "BUOC_THOI_VIEC");
    }

    /** Decree 152/2025 (01/7/2025): achievements count from the end of a penalty; the day before it, not confirmed. */
    @Test
    void thePenaltyRuleChangesWithDecree152() {
        LegalParameterSet before = LegalParameterTables.on(LocalDate.of(2025, 6, 30));
        LegalParameterSet after = LegalParameterTables.on(LocalDate.of(2025, 7, 1));
        assertThat(before.penaltyCountsFromEnd()).isFalse();
        assertThat(before.parameter(LegalParameterSet.PENALTY_COUNTS_FROM_END).confirmed()).isFalse();
        assertThat(before.parameter(LegalParameterSet.PENALTY_COUNTS_FROM_END).legalBasis()).contains("98/2023");
        assertThat(after.penaltyCountsFromEnd()).isTrue();
        assertThat(after.parameter(LegalParameterSet.PENALTY_COUNTS_FROM_END).confirmed()).isTrue();
        assertThat(after.parameter(LegalParameterSet.PENALTY_COUNTS_FROM_END).legalBasis()).contains("152/2025");
    }

    /** The confirmed numbers of the brief: Art. 74(1)(d) counts initiatives over two years. */
    @Test
    void theConfirmedNumbersAreTheBriefs() {
        LegalParameterSet now = LegalParameterTables.on(LocalDate.of(2026, 12, 31));
        assertThat(now.initiativeWindowYears()).isEqualTo(2);
        assertThat(now.parameter(LegalParameterSet.INITIATIVE_WINDOW_YEARS).confirmed()).isTrue();
        assertThat(now.provincialFighterCycleYears()).isEqualTo(3);
        assertThat(now.completedTaskRatings()).containsExactly("XUAT_SAC", "TOT", "HOAN_THANH");
        assertThat(now.concurrenceSilenceMeansConsent()).isFalse();
        assertThat(now.deadlineRestartsAfterReturn()).isTrue();
        assertThat(now.blockVoteOfAllMembers()).isFalse();
    }

    @Test
    void twoRowsForOneParameterOnOneDayAreATableError() {
        var row = Map.<String, Object>of("parameter", "INITIATIVE_WINDOW_YEARS", "value", 2, "label", "",
                "legalBasis", "x", "confirmed", true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LegalParameters.fromRows(LocalDate.of(2026, 1, 1),
                        java.util.List.of(row, row)))
                .hasMessageContaining("INITIATIVE_WINDOW_YEARS twice");
        assertThat(RuleDates.achievementYear(2024)).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}

package vn.tdkt.registry;

import org.junit.jupiter.api.Test;
import vn.tdkt.registry.award.AwardStreaks;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure streak count, without Spring. */
class AwardStreaksTest {

    @Test
    void countsYearsInARowEndingAtTheGivenYear() {
        assertThat(AwardStreaks.consecutiveYears(List.of(2023, 2024, 2025), 2025)).isEqualTo(3);
        assertThat(AwardStreaks.consecutiveYears(List.of(2025, 2023, 2024), 2025)).as("order does not matter").isEqualTo(3);
        assertThat(AwardStreaks.consecutiveYears(List.of(2020, 2021, 2022, 2023, 2024, 2025), 2025)).isEqualTo(6);
    }

    @Test
    void aGapEndsTheStreak() {
        assertThat(AwardStreaks.consecutiveYears(List.of(2021, 2022, 2024, 2025), 2025)).isEqualTo(2);
        assertThat(AwardStreaks.consecutiveYears(List.of(2021, 2022, 2024, 2025), 2022)).isEqualTo(2);
    }

    @Test
    void noAwardInTheEndingYearMeansZero() {
        assertThat(AwardStreaks.consecutiveYears(List.of(2022, 2023, 2024), 2025)).isZero();
        assertThat(AwardStreaks.consecutiveYears(List.of(), 2025)).isZero();
    }

    @Test
    void laterYearsAndDuplicatesDoNotCount() {
        assertThat(AwardStreaks.consecutiveYears(List.of(2024, 2024, 2025, 2026, 2027), 2025)).isEqualTo(2);
        assertThat(AwardStreaks.consecutiveYears(List.of(2025), 2025)).isEqualTo(1);
    }
}

package vn.tdkt.block.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrossCheckAssignmentTest {

    private static List<String> members(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> String.format("u%02d", i)).toList();
    }

    @Test
    void everyBlockSizeFromTwoToThirtyIsAPermutationWithoutSelfChecks() {
        for (int n = 2; n <= 30; n++) {
            for (int year = 2024; year <= 2030; year++) {
                Map<String, String> pairs = CrossCheckAssignment.assign(members(n), year);
                assertThat(pairs).as("n=%d year=%d", n, year).hasSize(n);
                pairs.forEach((checker, sheet) -> assertThat(checker).isNotEqualTo(sheet));
                // balanced: every sheet is checked once, every member checks one
                assertThat(new HashSet<>(pairs.values())).hasSize(n);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5, 8, 30})
    void pairsRotateFromOneYearToTheNext(int n) {
        Map<String, String> thisYear = CrossCheckAssignment.assign(members(n), 2026);
        Map<String, String> nextYear = CrossCheckAssignment.assign(members(n), 2027);
        thisYear.forEach((checker, sheet) -> assertThat(nextYear.get(checker)).isNotEqualTo(sheet));
    }

    @Test
    void aBlockNeedsTwoDistinctMembers() {
        assertThatThrownBy(() -> CrossCheckAssignment.assign(List.of("u1"), 2026)).hasMessageContaining("ít nhất 2");
        assertThatThrownBy(() -> CrossCheckAssignment.assign(List.of("u1", "u1"), 2026)).hasMessageContaining("trùng");
    }
}

package vn.tdkt.block.cycle;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.block.cycle.BlockCycleStage.*;

/** The moves of a block cycle's stage, as block-emulation-cycle.bpmn and its steps make them (no Spring). */
class BlockCycleStageTest {

    private static final Map<BlockCycleStage, List<BlockCycleStage>> LEGAL = Map.of(
            PACT, List.of(CROSS_CHECK),                   // Task_AssignCrossCheck
            CROSS_CHECK, List.of(SCORED, ARBITRATION),    // Task_CompareScores
            ARBITRATION, List.of(RANKED),                 // Task_RankScores after Task_Arbitrate
            SCORED, List.of(RANKED),                      // Task_RankScores
            RANKED, List.of(VOTE),                        // Task_OpenBallot
            VOTE, List.of(MINUTES),                       // Task_TallyVote
            MINUTES, List.of(PROPOSED),                   // Task_StartProposals
            PROPOSED, List.of(CLOSED),                    // Task_RotateOfficers
            CLOSED, List.of());

    @Test
    void everyMoveTheProcessMakesIsAccepted() {
        LEGAL.forEach((from, tos) -> tos.forEach(to -> assertThatCode(() -> checkMove("KTD-NC-2026", from, to))
                .as(from + " -> " + to).doesNotThrowAnyException()));
    }

    @Test
    void everyOtherMoveIsRefused() {
        assertThat(LEGAL).containsOnlyKeys(values());
        for (BlockCycleStage from : values()) {
            for (BlockCycleStage to : values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(LEGAL.get(from).contains(to));
            }
        }
    }

    @Test
    void anIllegalMoveIsAProgrammingErrorNamingBothStages() {
        assertThatThrownBy(() -> checkMove("KTD-NC-2026", PACT, RANKED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Block cycle KTD-NC-2026 cannot move from stage PACT to RANKED; allowed from PACT: "
                        + "[CROSS_CHECK]");
        assertThatThrownBy(() -> checkMove("K", CLOSED, PACT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("none (final)");
        assertThatThrownBy(() -> checkMove("K", SCORED, ARBITRATION)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> checkMove("K", VOTE, VOTE)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> of("STARTED")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDashboardShowsWhatEachStageHasReached() {
        assertThat(CROSS_CHECK.reached(ARBITRATION)).isFalse();
        assertThat(ARBITRATION.reached(ARBITRATION)).isTrue();
        assertThat(SCORED.reached(ARBITRATION)).isTrue();
        assertThat(SCORED.reached(RANKED)).isFalse();
        assertThat(CLOSED.reached(MINUTES)).isTrue();
        assertThat(VOTE.reached(MINUTES)).isFalse();
    }
}

package vn.tdkt.council;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.council.CouncilSessionStatus.*;

/** The moves of a council session's status, as council-review.bpmn and its steps make them (no Spring). */
class CouncilSessionStatusTest {

    private static final Map<CouncilSessionStatus, List<CouncilSessionStatus>> LEGAL = Map.of(
            PREPARING, List.of(AGENDA_SET),               // Task_RegisterCandidates
            AGENDA_SET, List.of(POSTPONED, VOTING),       // Task_RecordPostponement / Task_OpenBallot
            POSTPONED, List.of(POSTPONED, VOTING),        // no quorum again / quorum at the new date
            VOTING, List.of(VOTING, CLOSED),              // a revote round / the chair confirms the minutes
            CLOSED, List.of());

    @Test
    void everyMoveTheProcessMakesIsAccepted() {
        LEGAL.forEach((from, tos) -> tos.forEach(to -> assertThatCode(() -> checkMove("HDTDKT-2026-01", from, to))
                .as(from + " -> " + to).doesNotThrowAnyException()));
    }

    @Test
    void everyOtherMoveIsRefused() {
        assertThat(LEGAL).containsOnlyKeys(values());
        for (CouncilSessionStatus from : values()) {
            for (CouncilSessionStatus to : values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(LEGAL.get(from).contains(to));
            }
        }
    }

    @Test
    void anIllegalMoveIsAProgrammingErrorNamingBothStatuses() {
        assertThatThrownBy(() -> checkMove("HDTDKT-2026-01", PREPARING, VOTING))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Council session HDTDKT-2026-01 cannot move from status PREPARING to VOTING; allowed from "
                        + "PREPARING: [AGENDA_SET]");
        assertThatThrownBy(() -> checkMove("K", CLOSED, VOTING)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("none (final)");
        assertThatThrownBy(() -> checkMove("K", VOTING, POSTPONED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> checkMove("K", AGENDA_SET, CLOSED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> of("OPEN")).isInstanceOf(IllegalStateException.class);
    }
}

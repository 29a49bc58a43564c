package vn.tdkt.council;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a council session stands; the constant's name is the value stored in {@code council_session.status}.
 * <p>
 * The allowed moves follow processes/council-review.bpmn: the session is opened (PREPARING, Task_PrepareSession),
 * its agenda set (AGENDA_SET, Task_RegisterCandidates); without a quorum it is postponed (POSTPONED,
 * Task_RecordPostponement), again as often as the quorum fails; a ballot round opens (VOTING, Task_OpenBallot), again
 * for each revote; the chair's confirmation of the minutes closes it (CLOSED, Task_SendResults). {@link #checkMove}
 * refuses anything else: a refused move is a programming error, not a user's.
 */
public enum CouncilSessionStatus {
    PREPARING,
    AGENDA_SET,
    POSTPONED,
    VOTING,
    CLOSED;

    /** The statuses a session may move to from this one (empty once closed). */
    public Set<CouncilSessionStatus> next() {
        return switch (this) {
            case PREPARING -> EnumSet.of(AGENDA_SET);
            case AGENDA_SET -> EnumSet.of(POSTPONED, VOTING);
            case POSTPONED -> EnumSet.of(POSTPONED, VOTING);
            case VOTING -> EnumSet.of(VOTING, CLOSED);
            case CLOSED -> EnumSet.noneOf(CouncilSessionStatus.class);
        };
    }

    public boolean canMoveTo(CouncilSessionStatus to) {
        return next().contains(to);
    }

    /** Refuses a move the process does not make, naming the session, both statuses and the allowed ones. */
    public static void checkMove(String sessionKey, CouncilSessionStatus from, CouncilSessionStatus to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("Council session " + sessionKey + " cannot move from status " + from
                    + " to " + to + "; allowed from " + from + ": " + (from.next().isEmpty() ? "none (final)"
                    : from.next()));
        }
    }

    /** The status stored in the database, refusing an unknown value. */
    public static CouncilSessionStatus of(String stored) {
        if (stored == null) {
            throw new IllegalStateException("No council session status in the database");
        }
        try {
            return valueOf(stored);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unknown council session status in the database: " + stored, e);
        }
    }
}

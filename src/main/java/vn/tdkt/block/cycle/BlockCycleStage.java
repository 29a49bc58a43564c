package vn.tdkt.block.cycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a block's emulation cycle stands; the constant's name is the value stored in {@code block_cycle.stage}, the
 * label what the block dashboard shows (pages/khoi-thi-dua.js).
 * <p>
 * The allowed moves follow processes/block-emulation-cycle.bpmn, in order: the pact (PACT, when the cycle starts),
 * the cross-check assigned (CROSS_CHECK, Task_AssignCrossCheck), the scores compared (SCORED, or ARBITRATION when a
 * gap is too wide, Task_CompareScores), ranked (RANKED, Task_RankScores), the vote opened (VOTE, Task_OpenBallot),
 * counted (MINUTES, Task_TallyVote), the proposals started (PROPOSED, Task_StartProposals) and the cycle closed
 * (CLOSED, Task_RotateOfficers). {@link #checkMove} refuses anything else: a programming error, not a user's.
 */
public enum BlockCycleStage {
    PACT("Ký giao ước"),
    CROSS_CHECK("Chấm chéo"),
    ARBITRATION("Khối trưởng xử lý chênh lệch"),
    SCORED("Đã có điểm cuối cùng"),
    RANKED("Đã xếp hạng, chờ bỏ phiếu suy tôn"),
    VOTE("Đang bỏ phiếu kín"),
    MINUTES("Chờ xác nhận biên bản"),
    PROPOSED("Đã lập hồ sơ đề nghị"),
    CLOSED("Kết thúc");

    private final String label;

    BlockCycleStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stages a cycle may move to from this one (empty once closed). */
    public Set<BlockCycleStage> next() {
        return switch (this) {
            case PACT -> EnumSet.of(CROSS_CHECK);
            case CROSS_CHECK -> EnumSet.of(SCORED, ARBITRATION);
            case ARBITRATION, SCORED -> EnumSet.of(RANKED);
            case RANKED -> EnumSet.of(VOTE);
            case VOTE -> EnumSet.of(MINUTES);
            case MINUTES -> EnumSet.of(PROPOSED);
            case PROPOSED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(BlockCycleStage.class);
        };
    }

    public boolean canMoveTo(BlockCycleStage to) {
        return next().contains(to);
    }

    /** Whether the cycle has reached {@code stage} or gone past it, in the order of the constants. */
    public boolean reached(BlockCycleStage stage) {
        return ordinal() >= stage.ordinal();
    }

    /** Refuses a move the process does not make, naming the cycle, both stages and the allowed ones. */
    public static void checkMove(String cycleKey, BlockCycleStage from, BlockCycleStage to) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("Block cycle " + cycleKey + " cannot move from stage " + from + " to "
                    + to + "; allowed from " + from + ": " + (from.next().isEmpty() ? "none (final)" : from.next()));
        }
    }

    /** The stage stored in the database, refusing an unknown value. */
    public static BlockCycleStage of(String stored) {
        if (stored == null) {
            throw new IllegalStateException("No block cycle stage in the database");
        }
        try {
            return valueOf(stored);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unknown block cycle stage in the database: " + stored, e);
        }
    }
}

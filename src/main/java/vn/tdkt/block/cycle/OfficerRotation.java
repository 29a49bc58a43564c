package vn.tdkt.block.cycle;

import java.util.List;
import java.util.Optional;

/** The rotation rules of the block's leader and deputy (Khối trưởng, Khối phó) from one year to the next. */
public final class OfficerRotation {

    private OfficerRotation() { }

    /** Next year's leader and deputy (deputy null for a block of one). */
    public record Officers(String leader, String deputy) { }

    /**
     * {@code NEXT_IN_ORDER}: the member after this year's leader (in the given order, wrapping) leads and the one
     * after it deputises; {@code KEEP}: no change proposed. Empty when next year has no members.
     */
    public static Optional<Officers> next(String rule, List<String> members, String currentLeader) {
        if (members.isEmpty() || "KEEP".equals(rule)) {
            return Optional.empty();
        }
        if (!"NEXT_IN_ORDER".equals(rule)) {
            throw new IllegalArgumentException("Unknown rotation rule " + rule);
        }
        int at = members.indexOf(currentLeader);
        int n = members.size();
        String leader = members.get((at + 1) % n);
        String deputy = n > 1 ? members.get((at + 2) % n) : null;
        if (leader.equals(deputy)) {
            deputy = null;
        }
        return Optional.of(new Officers(leader, deputy));
    }
}

package vn.tdkt.exemplar;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a model example stands. Only {@link #PUBLISHED} is ever shown to the public; a status changes only through
 * the moves {@link #canMoveTo} allows, in {@link ModelExampleRepository#changeStatus}.
 */
public enum ExampleStatus {
    /** The unit is writing it (and uploading pictures); also after a return. */
    DRAFT("Đơn vị đang hoàn thiện"),
    /** Waiting for the unit head. */
    PROPOSED("Chờ thủ trưởng đơn vị duyệt"),
    /** With the standing agency. */
    VETTING("Chờ cơ quan thường trực xem xét"),
    /** Accepted, its publication waiting for approval. */
    ACCEPTED("Đã công nhận, chờ duyệt đăng tin"),
    /** On the public page and in the feed. */
    PUBLISHED("Đã công bố"),
    /** Not accepted by the standing agency. */
    REFUSED("Không công nhận"),
    /** Taken off the public page and the feed. */
    WITHDRAWN("Đã thu hồi"),
    /** Its follow-up has ended; it stays on the public page (and may still be withdrawn). */
    CLOSED("Đã công bố, kết thúc theo dõi");

    private final String label;

    ExampleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the public may see the example. */
    public boolean isPublic() {
        return this == PUBLISHED || this == CLOSED;
    }

    boolean canMoveTo(ExampleStatus next) {
        return allowedNext().contains(next);
    }

    private Set<ExampleStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PROPOSED);
            case PROPOSED -> EnumSet.of(DRAFT, VETTING);
            case VETTING -> EnumSet.of(DRAFT, ACCEPTED, REFUSED);
            case ACCEPTED -> EnumSet.of(VETTING, PUBLISHED);
            case PUBLISHED -> EnumSet.of(WITHDRAWN, CLOSED);
            case CLOSED -> EnumSet.of(WITHDRAWN);
            case REFUSED, WITHDRAWN -> EnumSet.noneOf(ExampleStatus.class);
        };
    }
}

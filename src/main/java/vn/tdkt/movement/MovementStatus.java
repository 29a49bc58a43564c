package vn.tdkt.movement;

import java.util.EnumSet;
import java.util.Set;

/** Where a movement stands; a status changes only through {@link #canMoveTo} (MovementRepository.changeStatus). */
public enum MovementStatus {
    SUBMITTED("Chờ Chủ tịch duyệt"),
    RETURNED("Trả lại để hoàn chỉnh"),
    LAUNCHED("Đang triển khai"),
    MID_REVIEWED("Đã sơ kết"),
    CLOSED("Đã tổng kết"),
    REFUSED("Không ban hành"),
    WITHDRAWN("Đã rút dự thảo");

    private final String label;

    MovementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The moves the process makes: a returned draft comes back submitted or is withdrawn. */
    public boolean canMoveTo(MovementStatus next) {
        Set<MovementStatus> allowed = switch (this) {
            case SUBMITTED -> EnumSet.of(RETURNED, LAUNCHED, REFUSED);
            case RETURNED -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case LAUNCHED -> EnumSet.of(MID_REVIEWED, CLOSED);
            case MID_REVIEWED -> EnumSet.of(CLOSED);
            case CLOSED, REFUSED, WITHDRAWN -> EnumSet.noneOf(MovementStatus.class);
        };
        return allowed.contains(next);
    }

    /** Launched (running or closed): the units taking part may read it; before that it is the drafters' business. */
    public boolean launched() {
        return this == LAUNCHED || this == MID_REVIEWED || this == CLOSED;
    }

    /** Launched and not yet closed: units take part in it. */
    public boolean running() {
        return this == LAUNCHED || this == MID_REVIEWED;
    }
}

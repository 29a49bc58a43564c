package vn.tdkt.revocation;

import java.util.EnumSet;
import java.util.Set;

/** Where a revocation stands; a status changes only by an allowed move ({@link #canMoveTo}). */
public enum RevocationStatus {
    APPRAISAL("Đang thẩm định"),
    WAITING_HEAD("Chờ lãnh đạo Sở duyệt"),
    COUNCIL("Chờ ý kiến Hội đồng TĐKT"),
    WAITING_CHAIRMAN("Chờ Chủ tịch UBND tỉnh quyết định"),
    WAITING_UNIT_HEAD("Chờ thủ trưởng cơ quan, đơn vị quyết định"),
    FORWARDED("Đã trình Trung ương"),
    RECOVERY("Đã hủy bỏ, đang thu hồi"),
    COMPLETED("Đã hủy bỏ, thu hồi xong"),
    REFUSED("Không hủy bỏ");

    private final String label;

    RevocationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != COMPLETED && this != REFUSED;
    }

    public boolean canMoveTo(RevocationStatus next) {
        return allowed().contains(next);
    }

    private Set<RevocationStatus> allowed() {
        return switch (this) {
            case APPRAISAL -> EnumSet.of(WAITING_HEAD);
            case WAITING_HEAD -> EnumSet.of(APPRAISAL, COUNCIL, WAITING_CHAIRMAN, WAITING_UNIT_HEAD, REFUSED);
            case COUNCIL -> EnumSet.of(WAITING_CHAIRMAN, WAITING_UNIT_HEAD);
            case WAITING_CHAIRMAN -> EnumSet.of(RECOVERY, FORWARDED, REFUSED);
            case WAITING_UNIT_HEAD, FORWARDED -> EnumSet.of(RECOVERY, REFUSED);
            case RECOVERY -> EnumSet.of(COMPLETED);
            case COMPLETED, REFUSED -> EnumSet.noneOf(RevocationStatus.class);
        };
    }
}

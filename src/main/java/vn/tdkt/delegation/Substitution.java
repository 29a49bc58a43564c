package vn.tdkt.delegation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One named substitute: while {@code userId} is away from {@code fromDate} to {@code toDate} (both inclusive, in the
 * province's calendar) tasks that would reach them reach {@code substituteId} too. A cancelled one is kept.
 */
public record Substitution(long id, String userId, String substituteId, LocalDate fromDate, LocalDate toDate,
                           String reason, String createdBy, Instant createdAt, String cancelledBy,
                           Instant cancelledAt) {

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** In force on the day: not cancelled and the day within the range. */
    public boolean inForceOn(LocalDate day) {
        return !cancelled() && !day.isBefore(fromDate) && !day.isAfter(toDate);
    }

    /** Whether the two ranges share a day (cancellation aside). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !fromDate.isAfter(to) && !toDate.isBefore(from);
    }

    /** Where it stands on the day: its state as the API shows it. */
    public Status statusOn(LocalDate day) {
        if (cancelled()) {
            return Status.CANCELLED;
        }
        if (day.isBefore(fromDate)) {
            return Status.UPCOMING;
        }
        return day.isAfter(toDate) ? Status.ENDED : Status.IN_FORCE;
    }

    public enum Status {
        UPCOMING("Sắp có hiệu lực"),
        IN_FORCE("Đang có hiệu lực"),
        ENDED("Đã hết hạn"),
        CANCELLED("Đã hủy");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

package vn.tdkt.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of calendar_day_exception: a date whose status differs from the weekday rule, with its Vietnamese
 * name, the decision it comes from and whether that decision has been confirmed.
 */
public record DayException(LocalDate date, DayKind kind, String name, String legalBasis, boolean verified,
                           String note, String createdBy, LocalDateTime createdAt) {

    public DayException {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** A confirmed day off, for tests and programmatic calendars. */
    public static DayException holiday(LocalDate date, String name) {
        return new DayException(date, DayKind.HOLIDAY, name, null, true, null, "system", null);
    }

    /** A confirmed make-up working day on a weekend, for tests and programmatic calendars. */
    public static DayException working(LocalDate date, String name) {
        return new DayException(date, DayKind.WORKING, name, null, true, null, "system", null);
    }

    public boolean dayOff() {
        return kind == DayKind.HOLIDAY;
    }
}

package vn.tdkt.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Answers of the calendar endpoints, with Vietnamese labels beside the codes. */
public final class CalendarViews {

    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CalendarViews() { }

    /** One exception day. */
    public record Day(LocalDate date, String dayOfWeek, DayKind kind, String kindLabel, String name,
                            String legalBasis, boolean verified, String note, String createdBy,
                            LocalDateTime createdAt) {

        static Day of(DayException e) {
            return new Day(e.date(), CalendarViews.dayOfWeek(e.date()), e.kind(), e.kind().label(), e.name(), e.legalBasis(),
                    e.verified(), e.note(), e.createdBy(), e.createdAt());
        }
    }

    /** The exceptions of a year; {@code seeded} is false when the year has none (weekends only). */
    public record Year(int year, boolean seeded, List<Day> exceptions) { }

    /**
     * The due date {@code days} working days after {@code from}, the moment it ends (end of the working day in
     * the province's zone), the exception days skipped or worked in between, and warnings about years without
     * holidays and unconfirmed days in the interval.
     */
    public record DueDate(LocalDate from, int days, LocalDate dueDate, String dueDayOfWeek, OffsetDateTime dueAt,
                          List<Day> exceptionsInBetween, List<String> warnings) {

        static DueDate of(WorkingDayCalendar calendar, LocalDate from, int days) {
            LocalDate due = calendar.addWorkingDays(from, days);
            LocalDate firstCounted = days == 0 ? from.minusDays(1) : from;
            List<DayException> between = calendar.exceptionsBetween(firstCounted, due);
            List<String> warnings = new ArrayList<>();
            for (int year = from.getYear(); year <= due.getYear(); year++) {
                if (!calendar.isSeeded(year)) {
                    warnings.add("Năm " + year + " chưa có dữ liệu ngày nghỉ lễ, Tết; hạn được tính chỉ trừ thứ Bảy,"
                            + " Chủ nhật.");
                }
            }
            between.stream().filter(e -> !e.verified()).forEach(e -> warnings.add("Ngày " + VIETNAMESE_DATE.format(e.date())
                    + " (" + e.name() + ") chưa được xác nhận chính thức."));
            OffsetDateTime dueAt = due.atTime(calendar.endOfDay()).atZone(calendar.zone()).toOffsetDateTime();
            return new DueDate(from, days, due, CalendarViews.dayOfWeek(due), dueAt, between.stream().map(Day::of).toList(),
                    warnings);
        }
    }

    /** "Thứ Hai" … "Chủ nhật". */
    static String dayOfWeek(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return switch (dow) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }
}

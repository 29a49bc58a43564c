package vn.tdkt.calendar;

import vn.tdkt.refusal.Refusal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Reads the text parameters of /api/calendar into values, refusing bad ones with a 400 and a Vietnamese
 * message (so that no parameter error ends as a 500 or as an English framework message).
 */
final class CalendarInputs {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 9999;

    /** yyyy-MM-dd with a real calendar date (2026-02-30 is refused, not moved to March). */
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private CalendarInputs() { }

    static LocalDate date(String text, String parameter) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("MISSING_DATE", "Thiếu ngày (" + parameter + "); dùng định dạng yyyy-MM-dd,"
                    + " ví dụ 2026-02-10.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim(), ISO_DATE);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("INVALID_DATE", "Ngày '" + text + "' (" + parameter + ") không hợp lệ;"
                    + " dùng định dạng yyyy-MM-dd, ví dụ 2026-02-10.");
        }
        checkYear(date.getYear(), parameter);
        return date;
    }

    static int year(String text) {
        int year;
        try {
            year = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("INVALID_YEAR", "Năm '" + text + "' không hợp lệ; dùng số năm, ví dụ 2026.");
        }
        checkYear(year, "year");
        return year;
    }

    static int workingDays(String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("MISSING_DAYS", "Thiếu số ngày làm việc (days), ví dụ days=10.");
        }
        long days;
        try {
            days = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("INVALID_DAYS", "Số ngày làm việc '" + text + "' không hợp lệ;"
                    + " dùng số nguyên từ 0 đến " + WorkingDayCalendar.MAX_WORKING_DAYS + ".");
        }
        if (days < 0) {
            throw Refusal.invalid("NEGATIVE_DAYS", "Số ngày làm việc không được âm (nhận " + days + ").");
        }
        if (days > WorkingDayCalendar.MAX_WORKING_DAYS) {
            throw Refusal.invalid("TOO_MANY_DAYS", "Số ngày làm việc tối đa là "
                    + WorkingDayCalendar.MAX_WORKING_DAYS + " (nhận " + days + ").");
        }
        return (int) days;
    }

    static DayKind kind(String text) {
        return DayKind.parse(text).orElseThrow(() -> Refusal.invalid("UNKNOWN_DAY_KIND",
                "Loại ngày '" + text + "' không hợp lệ; dùng HOLIDAY (ngày nghỉ) hoặc WORKING (ngày làm bù)."));
    }

    /** A make-up working day only makes sense on a Saturday or Sunday. */
    static void checkKindFits(DayKind kind, LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (kind == DayKind.WORKING && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            throw Refusal.invalid("WORKING_DAY_NOT_ON_WEEKEND", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật;"
                    + " ngày " + CalendarViews.VIETNAMESE_DATE.format(date) + " là "
                    + CalendarViews.dayOfWeek(date) + ", vốn đã là ngày làm việc.");
        }
    }

    private static void checkYear(int year, String parameter) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw Refusal.invalid("YEAR_OUT_OF_RANGE", "Năm " + year + " (" + parameter + ") nằm ngoài khoảng"
                    + " cho phép " + MIN_YEAR + "–" + MAX_YEAR + ".");
        }
    }
}

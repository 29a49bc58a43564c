package vn.tdkt.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The counting rules of {@link WorkingDayCalendar} on the boundaries that matter for legal deadlines. */
class WorkingDayCalendarTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private final List<Integer> unseededReports = new ArrayList<>();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(officialDays(), ZONE, END_OF_DAY,
            unseededReports::add);

    /** The 2025–2026 days off and make-up days of civil servants, as seeded by V7 (subset used here). */
    static List<DayException> officialDays() {
        List<DayException> days = new ArrayList<>();
        days.add(DayException.holiday(d("2025-01-01"), "Tết Dương lịch"));
        for (String day : List.of("2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31")) {
            days.add(DayException.holiday(d(day), "Tết Nguyên đán Ất Tỵ"));
        }
        days.add(DayException.holiday(d("2025-04-07"), "Giỗ Tổ Hùng Vương"));
        days.add(DayException.working(d("2025-04-26"), "Làm bù cho thứ Sáu 02/5/2025"));
        days.add(DayException.holiday(d("2025-04-30"), "Ngày Chiến thắng 30/4"));
        days.add(DayException.holiday(d("2025-05-01"), "Quốc tế Lao động 1/5"));
        days.add(DayException.holiday(d("2025-05-02"), "Nghỉ hoán đổi"));
        days.add(DayException.holiday(d("2025-09-01"), "Quốc khánh"));
        days.add(DayException.holiday(d("2025-09-02"), "Quốc khánh 2/9"));
        days.add(DayException.holiday(d("2026-01-01"), "Tết Dương lịch"));
        days.add(DayException.holiday(d("2026-01-02"), "Nghỉ hoán đổi"));
        days.add(DayException.working(d("2026-01-10"), "Làm bù cho thứ Sáu 02/01/2026"));
        for (String day : List.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20")) {
            days.add(DayException.holiday(d(day), "Tết Nguyên đán Bính Ngọ"));
        }
        days.add(DayException.holiday(d("2026-04-26"), "Giỗ Tổ Hùng Vương (Chủ nhật)"));
        days.add(DayException.holiday(d("2026-04-27"), "Nghỉ bù Giỗ Tổ"));
        days.add(DayException.holiday(d("2026-04-30"), "Ngày Chiến thắng 30/4"));
        days.add(DayException.holiday(d("2026-05-01"), "Quốc tế Lao động 1/5"));
        days.add(DayException.working(d("2026-08-22"), "Làm bù cho thứ Hai 31/8/2026"));
        days.add(DayException.holiday(d("2026-08-31"), "Nghỉ hoán đổi"));
        days.add(DayException.holiday(d("2026-09-01"), "Quốc khánh"));
        days.add(DayException.holiday(d("2026-09-02"), "Quốc khánh 2/9"));
        days.add(DayException.holiday(d("2027-01-01"), "Tết Dương lịch"));
        return days;
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekdaysWorkWeekendsAndHolidaysDoNotMakeUpSaturdaysDo() {
        assertThat(calendar.isWorkingDay(d("2026-02-13"))).as("Friday").isTrue();
        assertThat(calendar.isWorkingDay(d("2026-02-14"))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(d("2026-02-15"))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(d("2026-02-17"))).as("mùng 1 Tết").isFalse();
        assertThat(calendar.isWorkingDay(d("2026-01-10"))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(d("2025-04-26"))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(d("2026-04-26"))).as("holiday on a Sunday").isFalse();
        assertThat(calendar.isWorkingDay(d("2026-04-27"))).as("compensatory Monday").isFalse();
    }

    @Test
    void acrossTet2026() {
        // Tết Bính Ngọ: off from Saturday 14/02 to Sunday 22/02/2026, back on Monday 23/02
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.addWorkingDays(d("2026-02-12"), 2)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 5)).isEqualTo(d("2026-02-27"));
        assertThat(calendar.addWorkingDays(d("2026-02-10"), 10)).isEqualTo(d("2026-03-03"));
        assertThat(calendar.workingDaysBetween(d("2026-02-13"), d("2026-02-23"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(d("2026-02-01"), d("2026-02-28"))).isEqualTo(15);
        assertThat(calendar.subtractWorkingDays(d("2026-02-23"), 1)).isEqualTo(d("2026-02-13"));
        assertThat(calendar.subtractWorkingDays(d("2026-02-23"), 2)).isEqualTo(d("2026-02-12"));
    }

    @Test
    void across30AprilAnd1May() {
        // 2025: off 30/4 – 4/5 (Friday 2/5 swapped with Saturday 26/4, which is worked)
        assertThat(calendar.addWorkingDays(d("2025-04-29"), 1)).isEqualTo(d("2025-05-05"));
        assertThat(calendar.addWorkingDays(d("2025-04-25"), 1)).as("the make-up Saturday counts")
                .isEqualTo(d("2025-04-26"));
        assertThat(calendar.addWorkingDays(d("2025-04-25"), 2)).isEqualTo(d("2025-04-28"));
        assertThat(calendar.workingDaysBetween(d("2025-04-24"), d("2025-05-05"))).isEqualTo(5); // 25, 26, 28, 29, 5
        // 2026: Giỗ Tổ on Sunday 26/4 compensated on Monday 27/4, then 30/4 – 3/5
        assertThat(calendar.addWorkingDays(d("2026-04-24"), 1)).isEqualTo(d("2026-04-28"));
        assertThat(calendar.addWorkingDays(d("2026-04-24"), 3)).isEqualTo(d("2026-05-04"));
    }

    @Test
    void aMakeUpSaturdayCounts() {
        assertThat(calendar.addWorkingDays(d("2026-01-09"), 1)).isEqualTo(d("2026-01-10"));
        assertThat(calendar.addWorkingDays(d("2026-08-21"), 1)).isEqualTo(d("2026-08-22"));
        assertThat(calendar.addWorkingDays(d("2026-08-28"), 1)).as("29/8 – 2/9 off").isEqualTo(d("2026-09-03"));
        assertThat(calendar.workingDaysBetween(d("2026-01-05"), d("2026-01-12"))).isEqualTo(6); // Tue–Sat, Mon
    }

    @Test
    void startOnAHoliday() {
        LocalDate tet = d("2026-02-17");
        assertThat(calendar.addWorkingDays(tet, 0)).as("n = 0: the next working day").isEqualTo(d("2026-02-23"));
        assertThat(calendar.addWorkingDays(tet, 1)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.addWorkingDays(tet, 2)).isEqualTo(d("2026-02-24"));
        assertThat(calendar.subtractWorkingDays(tet, 0)).as("n = 0 backwards: the previous working day")
                .isEqualTo(d("2026-02-13"));
        assertThat(calendar.addWorkingDays(d("2026-02-14"), 1)).as("start on a weekend").isEqualTo(d("2026-02-23"));
    }

    @Test
    void zeroWorkingDaysOnAWorkingDayIsThatDay() {
        assertThat(calendar.addWorkingDays(d("2026-02-23"), 0)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.subtractWorkingDays(d("2026-02-23"), 0)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.addWorkingDays(d("2026-01-10"), 0)).as("make-up Saturday").isEqualTo(d("2026-01-10"));
        assertThat(calendar.workingDaysBetween(d("2026-02-23"), d("2026-02-23"))).isZero();
    }

    @Test
    void acrossTheYearBoundary() {
        // 1/1/2026 and the swapped 2/1/2026 off, then the weekend
        assertThat(calendar.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-05"));
        assertThat(calendar.addWorkingDays(d("2025-12-30"), 2)).isEqualTo(d("2026-01-05"));
        assertThat(calendar.addWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-04"));
        assertThat(calendar.subtractWorkingDays(d("2026-01-05"), 1)).isEqualTo(d("2025-12-31"));
        assertThat(calendar.workingDaysBetween(d("2025-12-31"), d("2026-01-05"))).isEqualTo(1);
        assertThat(unseededReports).isEmpty();
    }

    @Test
    void anUnseededYearCountsWeekendsOnlyAndIsReported() {
        // 2030 has no exception: 1/1/2030 (a Tuesday) counts as a working day
        assertThat(calendar.isSeeded(2030)).isFalse();
        assertThat(calendar.isWorkingDay(d("2030-01-01"))).isTrue();
        assertThat(calendar.addWorkingDays(d("2030-02-01"), 5)).isEqualTo(d("2030-02-08"));
        assertThat(unseededReports).isNotEmpty().containsOnly(2030);

        UnseededYearWarning warning = new UnseededYearWarning();
        WorkingDayCalendar warned = new WorkingDayCalendar(officialDays(), ZONE, END_OF_DAY, warning);
        warned.addWorkingDays(d("2031-03-02"), 30);
        warned.addWorkingDays(d("2026-03-02"), 30);
        assertThat(warning.warned(2031)).isTrue();
        assertThat(warning.warned(2026)).isFalse();
        // one warning per year, however often the year is used, also by later snapshots
        new WorkingDayCalendar(officialDays(), ZONE, END_OF_DAY, warning).isWorkingDay(d("2031-05-05"));
        assertThat(warning.warned(2031)).isTrue();
    }

    @Test
    void weekendsOnlyCalendarKnowsNoHoliday() {
        WorkingDayCalendar plain = WorkingDayCalendar.weekendsOnly(ZONE, END_OF_DAY);
        assertThat(plain.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-16"));
        assertThat(plain.seededYears()).isEmpty();
    }

    @Test
    void addAndBetweenAgree() {
        Random random = new Random(20260217);
        for (int i = 0; i < 500; i++) {
            LocalDate start = d("2025-01-01").plusDays(random.nextInt(700));
            int n = 1 + random.nextInt(60);
            LocalDate due = calendar.addWorkingDays(start, n);
            assertThat(calendar.isWorkingDay(due)).isTrue();
            assertThat(calendar.workingDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
            assertThat(calendar.workingDaysBetween(start, due.minusDays(1))).isEqualTo(n - 1);
            assertThat(calendar.workingDaysBetween(due, start)).isEqualTo(-n);
            if (calendar.isWorkingDay(start)) {
                assertThat(calendar.subtractWorkingDays(due, n)).isEqualTo(start);
            }
        }
    }

    @Test
    void deadlineFallsAtTheEndOfTheWorkingDayInTheProvince() {
        ZonedDateTime friday = ZonedDateTime.of(2026, 2, 13, 20, 0, 0, 0, ZONE);
        assertThat(calendar.deadline(friday, 1))
                .isEqualTo(ZonedDateTime.of(2026, 2, 23, 17, 0, 0, 0, ZONE));
        // 18:30 UTC on 12/02 is already 01:30 on 13/02 in Tây Ninh: the start date is the 13th
        Instant lateUtc = Instant.parse("2026-02-12T18:30:00Z");
        assertThat(calendar.deadline(lateUtc, 1)).isEqualTo(Instant.parse("2026-02-23T10:00:00Z"));
        assertThat(calendar.deadline(ZonedDateTime.of(2026, 2, 12, 23, 0, 0, 0, ZoneId.of("UTC")), 0))
                .as("n = 0 on a working day: the end of that day")
                .isEqualTo(ZonedDateTime.of(2026, 2, 13, 17, 0, 0, 0, ZONE));

        WorkingDayCalendar at1630 = new WorkingDayCalendar(officialDays(), ZONE, LocalTime.of(16, 30), y -> { });
        assertThat(at1630.deadline(friday, 1).toLocalTime()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void reminderKeepsTheTimeOfDay() {
        ZonedDateTime due = ZonedDateTime.of(2026, 2, 23, 17, 0, 0, 0, ZONE);
        assertThat(calendar.reminder(due, 2)).isEqualTo(ZonedDateTime.of(2026, 2, 12, 17, 0, 0, 0, ZONE));
        assertThat(calendar.reminder(due.toInstant(), 0)).isEqualTo(due.toInstant());
    }

    @Test
    void refusesNegativeOrAbsurdCounts() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-02-13"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không được âm");
        assertThatThrownBy(() -> calendar.subtractWorkingDays(d("2026-02-13"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-02-13"), WorkingDayCalendar.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tối đa là 10000");
        assertThatThrownBy(() -> calendar.workingDaysBetween(d("1900-01-01"), d("2100-01-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quá dài");
        assertThat(calendar.addWorkingDays(d("2026-02-13"), WorkingDayCalendar.MAX_WORKING_DAYS)).isAfter(d("2060-01-01"));
    }

    @Test
    void oneExceptionPerDate() {
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(DayException.holiday(d("2026-02-17"), "a"),
                DayException.holiday(d("2026-02-17"), "b")), ZONE, END_OF_DAY, y -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(calendar.exception(d("2026-02-17"))).get().extracting(DayException::name)
                .isEqualTo("Tết Nguyên đán Bính Ngọ");
        assertThat(calendar.exceptionsBetween(d("2026-02-13"), d("2026-02-23"))).hasSize(5);
    }
}

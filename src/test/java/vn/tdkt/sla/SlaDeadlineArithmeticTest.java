package vn.tdkt.sla;

import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.DayException;
import vn.tdkt.calendar.DayKind;
import vn.tdkt.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working days left or overdue, counted on the province's calendar (weekends and holidays are not counted), and the
 * Vietnamese words the SLA view shows for them. Plain JUnit: a calendar with 30/4 and 1/5/2026 off.
 */
class SlaDeadlineArithmeticTest {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(
            holiday(LocalDate.of(2026, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"),
            holiday(LocalDate.of(2026, 5, 1), "Ngày Quốc tế Lao động")), PROVINCE, LocalTime.of(17, 0), year -> { });

    private static DayException holiday(LocalDate day, String name) {
        return new DayException(day, DayKind.HOLIDAY, name, "Bộ luật Lao động 2019, Điều 112", true, null, "test",
                LocalDateTime.of(2026, 1, 1, 0, 0));
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(PROVINCE).toInstant();
    }

    @Test
    void aDeadlineAcrossAWeekendAndTwoHolidaysCountsOnlyWorkingDays() {
        // Friday 24/4 → Tuesday 5/5: 11 calendar days, but 27, 28, 29/4, 4 and 5/5 are the only working days
        assertThat(SlaService.workingDaysLeft(CALENDAR, at(4, 24, 10), at(5, 5, 17))).isEqualTo(5);
        assertThat(SlaService.deadlineText(5, false)).isEqualTo("Còn 5 ngày làm việc");
    }

    @Test
    void aStepOverdueAcrossTheHolidaysIsLateByWorkingDaysNotCalendarDays() {
        // due Wednesday 29/4 17:00, seen Monday 4/5: five calendar days, one working day (4/5) overdue
        assertThat(SlaService.workingDaysLeft(CALENDAR, at(5, 4, 9), at(4, 29, 17))).isEqualTo(-1);
        // due Monday 20/4, seen Thursday 7/5: 21, 22, 23, 24, 27, 28, 29/4, 4, 5, 6, 7/5 → 11 working days overdue
        assertThat(SlaService.workingDaysLeft(CALENDAR, at(5, 7, 9), at(4, 20, 17))).isEqualTo(-11);
        assertThat(SlaService.deadlineText(-11, true)).isEqualTo("Quá hạn 11 ngày làm việc");
    }

    @Test
    void dueTodayNoDeadlineAndPastTheHourToday() {
        assertThat(SlaService.workingDaysLeft(CALENDAR, at(5, 4, 9), at(5, 4, 17))).isZero();
        assertThat(SlaService.deadlineText(0, false)).isEqualTo("Đến hạn hôm nay");
        assertThat(SlaService.deadlineText(0, true)).isEqualTo("Quá hạn trong ngày");
        assertThat(SlaService.deadlineText(null, false)).isEqualTo("Không có hạn");
    }
}

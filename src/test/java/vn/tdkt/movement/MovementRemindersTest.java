package vn.tdkt.movement;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminder of a passed deadline: Vietnamese, naming the movement, its code, the unit and the deadline. */
class MovementRemindersTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aPassedRegistrationDeadline() {
        MovementReminders.Reminder r = MovementReminders.compose("Tây Ninh chung sức xây dựng nông thôn mới",
                "PTTD-2026-001", "Sở Tư pháp", Instant.parse("2026-03-16T10:00:00Z"), false, VN);
        assertThat(r.subject()).isEqualTo(
                "Nhắc việc: quá hạn đăng ký tham gia phong trào «Tây Ninh chung sức xây dựng nông thôn mới»");
        assertThat(r.body()).startsWith("Kính gửi Sở Tư pháp,").contains("17:00 ngày 16/03/2026", "PTTD-2026-001",
                "chưa đăng ký tham gia", "«Đăng ký tham gia phong trào»");
    }

    @Test
    void aPassedReportDeadline() {
        MovementReminders.Reminder r = MovementReminders.compose("Thi đua cải cách hành chính", "PTTD-2026-002",
                "Sở Y tế", Instant.parse("2026-09-01T01:30:00Z"), true, VN);
        assertThat(r.subject()).isEqualTo("Nhắc việc: quá hạn báo cáo tiến độ phong trào «Thi đua cải cách hành chính»");
        assertThat(r.body()).contains("08:30 ngày 01/09/2026", "chưa gửi báo cáo tiến độ",
                "«Báo cáo tiến độ thực hiện phong trào»").doesNotContain("đăng ký tham gia");
    }
}

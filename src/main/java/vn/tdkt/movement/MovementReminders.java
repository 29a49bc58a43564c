package vn.tdkt.movement;

import org.springframework.stereotype.Component;
import vn.tdkt.notification.NotificationService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The reminder a participating unit gets through the notification outbox when its registration or progress-report
 * deadline of a movement has passed with its task still open.
 */
@Component
public class MovementReminders {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    /** A reminder as it is mailed. */
    record Reminder(String subject, String body) { }

    private final NotificationService notifications;
    private final MovementRepository movements;
    private final ZoneId zone;

    public MovementReminders(NotificationService notifications, MovementRepository movements, Clock clock) {
        this.notifications = notifications;
        this.movements = movements;
        this.zone = clock.getZone();
    }

    /** Writes the reminder of a passed deadline for the unit into the outbox; returns the outbox row's id. */
    public long deadlinePassed(long movementId, String unitCode, boolean report, String processInstanceId) {
        MovementRepository.Movement m = movements.find(movementId).orElseThrow(() ->
                new IllegalStateException("movement " + movementId + " not found"));
        String unitName = movements.participants(movementId).stream().filter(p -> p.unitCode().equals(unitCode))
                .map(MovementRepository.Participant::unitName).findFirst().orElse(unitCode);
        Reminder r = compose(m.name(), m.code(), unitName, report ? m.reportDue() : m.registrationDue(), report, zone);
        return notifications.notifyUnit(unitCode, r.subject(), r.body(), m.code(), processInstanceId);
    }

    /** The Vietnamese subject and body naming the movement and the deadline that passed. */
    static Reminder compose(String movementName, String movementCode, String unitName, Instant due, boolean report,
                            ZoneId zone) {
        String what = report ? "báo cáo tiến độ" : "đăng ký tham gia";
        String deadline = due == null ? "hạn đã định" : WHEN.format(due.atZone(zone));
        String subject = "Nhắc việc: quá hạn " + what + " phong trào «" + movementName + "»";
        String body = "Kính gửi " + unitName + ",\n\nĐến " + deadline + ", hạn " + what + " phong trào thi đua «"
                + movementName + "» (" + movementCode + "), đơn vị chưa " + (report ? "gửi báo cáo tiến độ"
                : "đăng ký tham gia") + ". Đơn vị đã được ghi nhận quá hạn; việc vẫn còn mở trong Tasklist.\n\n"
                + "Đề nghị cán bộ làm công tác thi đua, khen thưởng của đơn vị hoàn thành ngay việc «"
                + (report ? "Báo cáo tiến độ thực hiện phong trào" : "Đăng ký tham gia phong trào") + "» trong Tasklist.";
        return new Reminder(subject, body);
    }
}

package vn.tdkt.revocation;

import org.springframework.stereotype.Component;
import vn.tdkt.notification.NotificationService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The reminder a unit gets through the notification outbox when its recovery deadline passed with its task open,
 * and the escalation the standing agency's specialists get.
 */
@Component
public class RevocationReminders {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    /** A reminder as it is mailed. */
    record Reminder(String subject, String body) { }

    private final NotificationService notifications;
    private final RevocationRepository revocations;
    private final RevocationService service;
    private final ZoneId zone;

    public RevocationReminders(NotificationService notifications, RevocationRepository revocations,
                               RevocationService service, Clock clock) {
        this.notifications = notifications;
        this.revocations = revocations;
        this.service = service;
        this.zone = clock.getZone();
    }

    /** Writes the unit's reminder and the specialists' escalation into the outbox; returns the reminder's row id. */
    public long overdue(long revocationId, String unitCode, String processInstanceId) {
        RevocationRepository.Revocation r = service.find(revocationId);
        String awards = revocations.items(revocationId).stream().filter(i -> i.recipientUnitCode().equals(unitCode))
                .map(i -> i.displayName() + " (" + i.awardTypeName() + " năm " + i.awardYear() + ")")
                .collect(Collectors.joining("; "));
        Reminder m = compose(r.code(), r.annulmentNumber(), awards, r.recoveryDue(), zone);
        long id = notifications.notifyUnit(unitCode, m.subject(), m.body(), r.code(), processInstanceId);
        service.notifySpecialists("Quá hạn thu hồi: đơn vị " + unitCode + " (" + r.code() + ")", "Đơn vị " + unitCode
                + " chưa ghi nhận thu hồi hiện vật, tiền thưởng của " + awards + " theo quyết định hủy bỏ số "
                + r.annulmentNumber() + ". Đề nghị chuyên viên đôn đốc đơn vị.", r.code(), processInstanceId);
        return id;
    }

    /** The Vietnamese subject and body naming the annulment and the deadline that passed. */
    static Reminder compose(String code, String annulmentNumber, String awards, Instant due, ZoneId zone) {
        String deadline = due == null ? "hạn đã định" : WHEN.format(due.atZone(zone));
        return new Reminder("Nhắc việc: quá hạn thu hồi hiện vật, tiền thưởng (" + code + ")",
                "Đến " + deadline + ", hạn thu hồi hiện vật, tiền thưởng theo quyết định hủy bỏ khen thưởng số "
                        + annulmentNumber + " (" + awards + "), đơn vị chưa ghi nhận kết quả thu hồi. Đơn vị đã được ghi"
                        + " nhận quá hạn; việc vẫn còn mở trong Tasklist.\n\nĐề nghị cán bộ làm công tác thi đua, khen"
                        + " thưởng của đơn vị hoàn thành ngay việc «Thu hồi hiện vật, tiền thưởng» trong Tasklist.");
    }
}

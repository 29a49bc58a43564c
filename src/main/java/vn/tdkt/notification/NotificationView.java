package vn.tdkt.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** An outbox row as the API shows it, times in the province's time zone. */
public record NotificationView(long id, String recipientUnitCode, List<String> recipients, String subject,
                               String body, String businessKey, String processInstanceId, OffsetDateTime createdAt,
                               OutboxStatus status, int attempts, String lastError, OffsetDateTime sentAt,
                               OffsetDateTime nextAttemptAt) {

    static NotificationView of(OutboxEntry e, ZoneId zone) {
        return new NotificationView(e.id(), e.recipientUnitCode(), e.recipients(), e.subject(), e.bodyText(),
                e.businessKey(), e.processInstanceId(), at(e.createdAt(), zone), e.status(), e.attempts(),
                e.lastError(), at(e.sentAt(), zone), at(e.nextAttemptAt(), zone));
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}

package vn.tdkt.notification;

import java.time.Instant;
import java.util.List;

/** One row of the notification outbox. */
public record OutboxEntry(long id, String recipientUnitCode, List<String> recipients, String subject, String bodyText,
                          String businessKey, String processInstanceId, Instant createdAt, OutboxStatus status,
                          int attempts, String lastError, Instant sentAt, Instant nextAttemptAt) {

    public OutboxEntry {
        recipients = List.copyOf(recipients);
    }
}

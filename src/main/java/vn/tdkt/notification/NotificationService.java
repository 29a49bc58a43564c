package vn.tdkt.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Queues e-mail notifications in the transactional outbox. Each call writes one row in the caller's
 * transaction — inside a JavaDelegate, the engine command's — so a step never waits for or fails on the
 * mail server, and a step that rolls back leaves no notification behind. {@link OutboxDelivery} sends the
 * rows afterwards. Recipients are resolved now, so the row shows who was notified even if memberships change.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final OutboxRepository outbox;
    private final UnitRecipientResolver unitRecipients;
    private final Clock clock;

    public NotificationService(OutboxRepository outbox, UnitRecipientResolver unitRecipients, Clock clock) {
        this.outbox = outbox;
        this.unitRecipients = unitRecipients;
        this.clock = clock;
    }

    /**
     * Notifies a unit: its mailbox and its officers and heads. Without any valid address — an unknown or
     * missing unit code included — the row is written with status NO_RECIPIENT (and a warning logged) so that
     * an auditor sees the notification was due; the calling step goes on.
     *
     * @return the id of the outbox row
     */
    public long notifyUnit(String unitCode, String subject, String body, String businessKey,
                           String processInstanceId) {
        String code = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        List<String> candidates = code == null ? List.of() : unitRecipients.candidates(code);
        return enqueue(code, code == null ? "no unit given" : "unit " + code, candidates, subject, body, businessKey,
                processInstanceId);
    }

    /**
     * Notifies explicit addresses; malformed ones are dropped with a warning, and without any valid one
     * the row is written with status NO_RECIPIENT.
     *
     * @return the id of the outbox row
     */
    public long notifyAddresses(List<String> to, String subject, String body, String businessKey,
                                String processInstanceId) {
        Objects.requireNonNull(to, "to");
        return enqueue(null, "explicit addresses", to, subject, body, businessKey, processInstanceId);
    }

    private long enqueue(String unitCode, String target, List<String> candidates, String subject, String body,
                         String businessKey, String processInstanceId) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A notification needs a subject");
        }
        Objects.requireNonNull(body, "body");
        String oneLineSubject = OutboxRepository.truncate(subject.strip().replaceAll("\\s*[\\r\\n]+\\s*", " "),
                OutboxRepository.MAX_SUBJECT_LENGTH);
        MailAddresses.Split addresses = MailAddresses.distinctValid(candidates);
        if (!addresses.rejected().isEmpty()) {
            log.warn("Notification '{}' ({}): malformed e-mail addresses left out: {}", oneLineSubject,
                    describe(target, businessKey), addresses.rejected());
        }
        OutboxStatus status = addresses.valid().isEmpty() ? OutboxStatus.NO_RECIPIENT : OutboxStatus.PENDING;
        long id = outbox.insert(unitCode, addresses.valid(), oneLineSubject, body, businessKey, processInstanceId,
                status, clock.instant());
        if (status == OutboxStatus.NO_RECIPIENT) {
            log.warn("Notification {} '{}' ({}) has no recipient with an e-mail address; recorded as NO_RECIPIENT",
                    id, oneLineSubject, describe(target, businessKey));
        }
        return id;
    }

    private static String describe(String target, String businessKey) {
        return target + (businessKey == null ? "" : ", business key " + businessKey);
    }
}

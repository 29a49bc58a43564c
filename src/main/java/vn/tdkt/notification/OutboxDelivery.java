package vn.tdkt.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends the outbox's due PENDING notifications through Spring's {@link JavaMailSender}. A sent row becomes
 * SENT; a failed attempt is counted, its error kept and the row retried after an exponential backoff, until
 * {@code tdkt.notification.max-attempts} failures make it FAILED. Without a mail server
 * ({@code spring.mail.host} unset, as in the H2 demo) a run does nothing and the rows stay PENDING.
 * Once the server turns out unreachable, the run's remaining rows are not tried but count the same failed attempt.
 * <p>No transaction is held while talking to the mail server: each row's new state commits on its own. A crash
 * between sending and recording may send a message twice (at-least-once delivery); runs of one application
 * instance never overlap.
 */
@Component
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationMailComposer composer;
    private final NotificationProperties properties;
    private final RetryBackoff backoff;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean noMailServerLogged = new AtomicBoolean();

    public OutboxDelivery(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender,
                          NotificationMailComposer composer, NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.composer = composer;
        this.properties = properties;
        this.backoff = properties.backoff();
        this.clock = clock;
    }

    /** Sends every PENDING notification whose next attempt is due now. */
    public DeliveryReport deliverPending() {
        return deliverDueBy(clock.instant());
    }

    /** Sends every PENDING notification whose next attempt is due by {@code dueBy}. */
    DeliveryReport deliverDueBy(Instant dueBy) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (noMailServerLogged.compareAndSet(false, true)) {
                log.info("No mail server configured (spring.mail.host): e-mail notifications stay PENDING"
                        + " in the outbox until one is");
            }
            return DeliveryReport.skipped();
        }
        running.lock();
        try {
            int sent = 0;
            int retrying = 0;
            int failed = 0;
            // Once the server cannot be reached, the run's other rows are not tried: each would wait for its
            // own connection timeout. They count a failed attempt, as if tried, and are retried later.
            RuntimeException unreachable = null;
            int postponed = 0;
            long afterId = 0;
            List<OutboxEntry> page;
            do {
                page = outbox.findDue(dueBy, afterId, properties.batchSize());
                for (OutboxEntry entry : page) {
                    afterId = entry.id();
                    OutboxStatus outcome;
                    if (unreachable != null) {
                        outcome = recordFailure(entry, unreachable, false);
                        postponed++;
                    } else {
                        try {
                            sender.send(composer.compose(entry));
                            outbox.markSent(entry.id(), clock.instant());
                            outcome = OutboxStatus.SENT;
                        } catch (RuntimeException e) {
                            outcome = recordFailure(entry, e, true);
                            if (serverUnreachable(e)) {
                                unreachable = e;
                            }
                        }
                    }
                    switch (outcome) {
                        case SENT -> sent++;
                        case PENDING -> retrying++;
                        case FAILED -> failed++;
                        case NO_RECIPIENT -> { }
                    }
                }
            } while (page.size() == properties.batchSize());
            if (postponed > 0) {
                log.warn("Mail server unreachable: {} further notifications not tried in this run", postponed);
            }
            return new DeliveryReport(sent, retrying, failed, true);
        } finally {
            running.unlock();
        }
    }

    /** Counts a failed attempt: retried after the backoff, or given up; returns the row's new status. */
    private OutboxStatus recordFailure(OutboxEntry entry, RuntimeException e, boolean tried) {
        int attempts = entry.attempts() + 1;
        String error = describe(e);
        if (e instanceof MailParseException || e instanceof MailPreparationException) {
            // The message itself is wrong: trying again cannot help.
            outbox.markFailed(entry.id(), attempts, error);
            log.warn("Notification {} refused as malformed, given up: {}", entry.id(), error);
            return OutboxStatus.FAILED;
        }
        if (attempts >= properties.maxAttempts()) {
            outbox.markFailed(entry.id(), attempts, error);
            log.warn("Notification {} failed {} times, given up: {}", entry.id(), attempts, error);
            return OutboxStatus.FAILED;
        }
        Instant next = clock.instant().plus(backoff.delayAfter(attempts));
        outbox.markRetry(entry.id(), attempts, error, next);
        if (tried) {
            log.warn("Notification {} not sent (attempt {}), retrying at {}: {}", entry.id(), attempts, next, error);
        } else {
            log.debug("Notification {} postponed (attempt {}) to {}", entry.id(), attempts, next);
        }
        return OutboxStatus.PENDING;
    }

    /** Whether the failure is about reaching the mail server rather than about one message. */
    static boolean serverUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof MailSendException send && t.getCause() == null) {
                for (Exception perMessage : send.getMessageExceptions()) {
                    if (serverUnreachable(perMessage)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = e.getMessage();
        if (cause != e && cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
            message = (message == null ? "" : message + " — ") + cause.getClass().getSimpleName() + ": "
                    + cause.getMessage();
        }
        // one line, for the log and the last_error column
        String line = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return line.replaceAll("\\s+", " ").strip();
    }
}

package vn.tdkt.notification;

/** Where a notification of the outbox stands. */
public enum OutboxStatus {
    /** Waiting to be sent (again) once its next attempt is due. */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** Given up after too many failed attempts, or refused as malformed. */
    FAILED,
    /** Nobody to send it to: kept so that an auditor sees the notification was due. */
    NO_RECIPIENT
}

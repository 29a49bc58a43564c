package vn.tdkt.notification;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Table notification_outbox. Writes go through Spring's JdbcClient and therefore join the caller's
 * transaction (a process engine command included); state changes of delivery commit one row at a time.
 */
@Repository
public class OutboxRepository {

    static final int MAX_SUBJECT_LENGTH = 500;
    static final int MAX_ERROR_LENGTH = 1000;
    static final int MAX_UNIT_CODE_LENGTH = 40;
    static final int MAX_BUSINESS_KEY_LENGTH = 255;

    private static final String COLUMNS = "id, recipient_unit_code, recipients, subject, body_text, business_key,"
            + " process_instance_id, created_at, status, attempts, last_error, sent_at, next_attempt_at";

    private final JdbcClient jdbc;

    public OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes a new row and returns its id; a PENDING row is due at once ({@code next_attempt_at = now}).
     * Over-long codes are cut to their column rather than failing the caller's step.
     */
    long insert(String recipientUnitCode, List<String> recipients, String subject, String body, String businessKey,
                String processInstanceId, OutboxStatus status, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notification_outbox (recipient_unit_code, recipients, subject, body_text, business_key,"
                        + " process_instance_id, created_at, status, attempts, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(truncate(recipientUnitCode, MAX_UNIT_CODE_LENGTH), MailAddresses.join(recipients), subject,
                        body, truncate(businessKey, MAX_BUSINESS_KEY_LENGTH), processInstanceId, time(now),
                        status.name(), status == OutboxStatus.PENDING ? time(now) : null)
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKeyAs(Number.class), "the database returned no generated id").longValue();
    }

    public Optional<OutboxEntry> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox WHERE id = ?").param(id)
                .query(ROW).optional();
    }

    /** PENDING rows due by {@code dueBy} with an id above {@code afterId}, in id order (one page of a run). */
    List<OutboxEntry> findDue(Instant dueBy, long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox"
                        + " WHERE status = 'PENDING' AND next_attempt_at <= ? AND id > ? ORDER BY id LIMIT " + limit)
                .params(time(dueBy), afterId)
                .query(ROW).list();
    }

    /**
     * Rows of a business key and/or process instance, newest first; {@code unitCodes} null means every
     * row, otherwise only rows addressed to one of those units.
     */
    public List<OutboxEntry> search(String businessKey, String processInstanceId, Collection<String> unitCodes,
                                    int limit) {
        if (unitCodes != null && unitCodes.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM notification_outbox WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (businessKey != null) {
            sql.append(" AND business_key = ?");
            params.add(businessKey);
        }
        if (processInstanceId != null) {
            sql.append(" AND process_instance_id = ?");
            params.add(processInstanceId);
        }
        if (unitCodes != null) {
            sql.append(" AND recipient_unit_code IN (")
                    .append(String.join(", ", Collections.nCopies(unitCodes.size(), "?"))).append(')');
            params.addAll(unitCodes);
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /** Marks a PENDING row as sent; false if another run got there first. */
    boolean markSent(long id, Instant sentAt) {
        return jdbc.sql("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, next_attempt_at = NULL"
                        + " WHERE id = ? AND status = 'PENDING'")
                .params(time(sentAt), id).update() == 1;
    }

    /** Records a failed attempt of a PENDING row that will be tried again at {@code nextAttemptAt}. */
    boolean markRetry(long id, int attempts, String error, Instant nextAttemptAt) {
        return jdbc.sql("UPDATE notification_outbox SET attempts = ?, last_error = ?, next_attempt_at = ?"
                        + " WHERE id = ? AND status = 'PENDING'")
                .params(attempts, truncate(error, MAX_ERROR_LENGTH), time(nextAttemptAt), id).update() == 1;
    }

    /** Gives a PENDING row up after its last failed attempt. */
    boolean markFailed(long id, int attempts, String error) {
        return jdbc.sql("UPDATE notification_outbox SET status = 'FAILED', attempts = ?, last_error = ?,"
                        + " next_attempt_at = NULL WHERE id = ? AND status = 'PENDING'")
                .params(attempts, truncate(error, MAX_ERROR_LENGTH), id).update() == 1;
    }

    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    /** Instants are stored as TIMESTAMP WITH TIME ZONE in UTC, independent of the JVM's and server's zones. */
    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static final RowMapper<OutboxEntry> ROW = (rs, i) -> new OutboxEntry(
            rs.getLong("id"), rs.getString("recipient_unit_code"), MailAddresses.split(rs.getString("recipients")),
            rs.getString("subject"), rs.getString("body_text"), rs.getString("business_key"),
            rs.getString("process_instance_id"), instant(rs, "created_at"),
            OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
            instant(rs, "sent_at"), instant(rs, "next_attempt_at"));
}

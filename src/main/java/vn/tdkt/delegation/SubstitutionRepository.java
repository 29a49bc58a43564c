package vn.tdkt.delegation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.RecordRows;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Table leave_substitution. */
@Repository
public class SubstitutionRepository {

    /** One column for each component of {@link Substitution}, so that JdbcClient maps a row to it. */
    private static final String COLUMNS = "id, user_id, substitute_id, from_date, to_date, reason, created_by,"
            + " created_at, cancelled_by, cancelled_at";

    private final JdbcClient jdbc;

    public SubstitutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String userId, String substituteId, LocalDate from, LocalDate to, String reason,
                       String createdBy, Instant createdAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO leave_substitution (user_id, substitute_id, from_date, to_date, reason, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(userId, substituteId, Date.valueOf(from), Date.valueOf(to), reason, createdBy,
                        Timestamp.from(createdAt))
                .update(key, "id");
        return Objects.requireNonNull(key.getKeyAs(Number.class), "the database returned no generated id").longValue();
    }

    public Optional<Substitution> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM leave_substitution WHERE id = ?").param(id)
                .query(RecordRows.of(Substitution.class)).optional();
    }

    /** Marks it cancelled unless it already is; false when it was. */
    public boolean cancel(long id, String by, Instant at) {
        return jdbc.sql("UPDATE leave_substitution SET cancelled_by = ?, cancelled_at = ? WHERE id = ?"
                        + " AND cancelled_at IS NULL")
                .params(by, Timestamp.from(at), id).update() == 1;
    }

    /** The user's substitutions not cancelled (as the absent one). */
    public List<Substitution> openOf(String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM leave_substitution WHERE user_id = ? AND cancelled_at IS NULL"
                + " ORDER BY from_date, id").param(userId).query(RecordRows.of(Substitution.class)).list();
    }

    /** Substitutions not cancelled in which the user stands in for someone. */
    public List<Substitution> openCoveredBy(String substituteId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM leave_substitution WHERE substitute_id = ? AND cancelled_at IS NULL"
                + " ORDER BY from_date, id").param(substituteId).query(RecordRows.of(Substitution.class)).list();
    }

    /** Every substitution of the user, either side, newest range first. */
    public List<Substitution> involving(String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM leave_substitution WHERE user_id = ? OR substitute_id = ?"
                + " ORDER BY from_date DESC, id DESC").params(userId, userId).query(RecordRows.of(Substitution.class)).list();
    }

    /** For administrators: all, or one user's (either side), optionally only those in force on a day. */
    public List<Substitution> search(String userId, LocalDate inForceOn) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM leave_substitution WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (userId != null) {
            sql.append(" AND (user_id = ? OR substitute_id = ?)");
            params.add(userId);
            params.add(userId);
        }
        if (inForceOn != null) {
            sql.append(" AND cancelled_at IS NULL AND from_date <= ? AND to_date >= ?");
            params.add(Date.valueOf(inForceOn));
            params.add(Date.valueOf(inForceOn));
        }
        sql.append(" ORDER BY from_date DESC, id DESC");
        return jdbc.sql(sql.toString()).params(params).query(RecordRows.of(Substitution.class)).list();
    }

    /** The user's substitution in force on the day, if any (ranges of one user never overlap). */
    public Optional<Substitution> inForce(String userId, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM leave_substitution WHERE user_id = ? AND cancelled_at IS NULL"
                        + " AND from_date <= ? AND to_date >= ? ORDER BY id")
                .params(userId, Date.valueOf(day), Date.valueOf(day)).query(RecordRows.of(Substitution.class)).list().stream()
                .findFirst();
    }

    /** Whether any substitution is in force on the day: the cheap test before looking at a task's people. */
    public boolean anyInForce(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM leave_substitution WHERE cancelled_at IS NULL AND from_date <= ?"
                        + " AND to_date >= ?")
                .params(Date.valueOf(day), Date.valueOf(day)).query(Long.class).single() > 0;
    }

    /**
     * Serialises changes to the substitutions of these users: locks their profile rows (every user placed in a unit
     * has one), so two requests cannot both pass the overlap rule. Users without a profile are not locked.
     */
    public void lockUsers(String... userIds) {
        java.util.Arrays.stream(userIds).filter(java.util.Objects::nonNull).distinct().sorted().forEach(id ->
                jdbc.sql("SELECT user_id FROM user_profile WHERE user_id = ? FOR UPDATE").param(id)
                        .query(String.class).list());
    }
}

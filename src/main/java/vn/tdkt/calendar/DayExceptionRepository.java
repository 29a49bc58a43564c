package vn.tdkt.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.RecordRows;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Table calendar_day_exception. */
@Repository
public class DayExceptionRepository {

    private static final String COLUMNS =
            "calendar_date, kind, name, legal_basis, verified, note, created_by, created_at";

    /** One column for each component of {@link DayException}, so that JdbcClient maps a row to it. */
    private static final String SELECT = "SELECT calendar_date AS date, kind, name, legal_basis, verified, note,"
            + " created_by, created_at FROM calendar_day_exception";

    private final JdbcClient jdbc;

    public DayExceptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DayException> findAll() {
        return jdbc.sql(SELECT + " ORDER BY calendar_date").query(RecordRows.of(DayException.class)).list();
    }

    public List<DayException> findBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        return jdbc.sql(SELECT + " WHERE calendar_date >= ? AND calendar_date <= ? ORDER BY calendar_date")
                .params(fromInclusive, toInclusive).query(RecordRows.of(DayException.class)).list();
    }

    public Optional<DayException> find(LocalDate date) {
        return jdbc.sql(SELECT + " WHERE calendar_date = ?").param(date).query(RecordRows.of(DayException.class)).optional();
    }

    public void insert(DayException e) {
        jdbc.sql("INSERT INTO calendar_day_exception (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.date(), e.kind().name(), e.name(), e.legalBasis(), e.verified(), e.note(), e.createdBy(),
                        timestamp(e.createdAt()))
                .update();
    }

    /** Replaces every column of the row of the date; false when there is none. */
    public boolean update(DayException e) {
        return jdbc.sql("UPDATE calendar_day_exception SET kind = ?, name = ?, legal_basis = ?, verified = ?, note = ?,"
                        + " created_by = ?, created_at = ? WHERE calendar_date = ?")
                .params(e.kind().name(), e.name(), e.legalBasis(), e.verified(), e.note(), e.createdBy(),
                        timestamp(e.createdAt()), e.date())
                .update() > 0;
    }

    public boolean delete(LocalDate date) {
        return jdbc.sql("DELETE FROM calendar_day_exception WHERE calendar_date = ?").param(date).update() > 0;
    }

    private static Timestamp timestamp(LocalDateTime value) {
        return value == null ? null : Timestamp.valueOf(value);
    }
}

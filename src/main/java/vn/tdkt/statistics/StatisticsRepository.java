package vn.tdkt.statistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.workflow.RecordRows;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The statistics forms (statistics_form*), the registry's awards they count and the reports (statistics_report). */
@Repository
public class StatisticsRepository {

    /** A report of a year as stored. */
    public record Report(long id, String businessKey, String formCode, String awardLevel, int year, String status,
                         String notes, String returnReason, String snapshot, String preparedBy, String approvedBy,
                         Instant approvedAt, String processInstanceId, Instant createdAt) { }

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The first year a statistics form is in force (the forms are dated data: Thông tư 02/2023/TT-BNV's from
     * 23/3/2023): years before it have no form to report on. Without any form loaded (never: V27 loads them), no
     * year can be reported.
     */
    public int firstFormYear() {
        return jdbc.sql("SELECT MIN(effective_from) FROM statistics_form").query(Date.class).optional()
                .map(d -> d.toLocalDate().getYear()).orElse(Integer.MAX_VALUE);
    }

    /** The form of a level in force on a day. */
    public Optional<StatisticsForm> formInForce(String awardLevel, LocalDate day) {
        Optional<String> code = jdbc.sql("""
                        SELECT code FROM statistics_form WHERE award_level = ? AND effective_from <= ?
                          AND (effective_to IS NULL OR effective_to >= ?) ORDER BY effective_from DESC""")
                .params(awardLevel, Date.valueOf(day), Date.valueOf(day)).query(String.class).list().stream().findFirst();
        return code.map(this::form);
    }

    public StatisticsForm form(String code) {
        List<StatisticsForm.Column> columns = jdbc.sql("""
                        SELECT position, group_number, group_label, label, recipient, award_type_code
                          FROM statistics_form_column WHERE form_code = ? ORDER BY position""").param(code)
                .query(RecordRows.of(StatisticsForm.Column.class)).list();
        List<StatisticsForm.Row> rows = jdbc.sql("""
                        SELECT position, row_code AS code, label, unit_label, criterion
                          FROM statistics_form_row WHERE form_code = ? ORDER BY position""").param(code)
                .query(RecordRows.of(StatisticsForm.Row.class)).list();
        return jdbc.sql("""
                        SELECT code, form_number, award_level, title, legal_basis, due_month_day, effective_from,
                          effective_to, note FROM statistics_form WHERE code = ?""").param(code)
                .query((rs, n) -> new StatisticsForm(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                        rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), rs.getString(9), columns, rows))
                .single();
    }

    /** The registry's awards decided at a level with a decision dated in a period. */
    public List<AwardFact> awards(String awardLevel, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT r.id, r.award_type_code, t.name, r.person_id, p.full_name, pu.name, u.name, u.unit_type,
                               p.occupation_category, r.commendation_kind, r.decision_number, r.decision_date,
                               r.decision_authority, r.award_year
                          FROM award_record r
                          JOIN award_type t ON t.code = r.award_type_code
                          LEFT JOIN person p ON p.id = r.person_id
                          LEFT JOIN org_unit pu ON pu.id = p.unit_id
                          LEFT JOIN org_unit u ON u.id = r.unit_id
                         WHERE t.deciding_level = ? AND r.decision_date >= ? AND r.decision_date <= ?
                         ORDER BY r.decision_date, r.id""")
                .params(awardLevel, Date.valueOf(from), Date.valueOf(to))
                .query(StatisticsRepository::fact).list();
    }

    private static AwardFact fact(ResultSet rs, int n) throws SQLException {
        boolean person = rs.getObject(4) != null;
        return new AwardFact(rs.getLong(1), rs.getString(2), rs.getString(3), person ? "CA_NHAN" : "TAP_THE",
                person ? rs.getString(5) : rs.getString(7), person ? rs.getString(6) : rs.getString(7),
                person ? null : rs.getString(8), person ? rs.getString(9) : null, rs.getString(10), rs.getString(11),
                rs.getDate(12).toLocalDate(), rs.getString(13), rs.getInt(14));
    }

    // ---- reports

    long insert(String formCode, String awardLevel, int year, String preparedBy, String processInstanceId,
                Instant now) {
        String provisional = "TMP-" + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO statistics_report (business_key, form_code, award_level, report_year, status,
                          prepared_by, process_instance_id, created_at, updated_at)
                        VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""")
                .params(provisional, formCode, awardLevel, year, preparedBy, processInstanceId, Timestamp.from(now),
                        Timestamp.from(now)).update();
        long id = jdbc.sql("SELECT id FROM statistics_report WHERE business_key = ?").param(provisional)
                .query(Long.class).single();
        jdbc.sql("UPDATE statistics_report SET business_key = ? WHERE id = ?")
                .params("BCTK-" + year + "-" + id, id).update();
        return id;
    }

    void submit(long id, String notes, String snapshot, String preparedBy, Instant now) {
        jdbc.sql("""
                        UPDATE statistics_report SET status = 'SUBMITTED', notes = ?, snapshot = ?,
                          prepared_by = COALESCE(?, prepared_by), updated_at = ? WHERE id = ?""")
                .params(notes, snapshot, preparedBy, Timestamp.from(now), id).update();
    }

    void returned(long id, String reason, Instant now) {
        jdbc.sql("UPDATE statistics_report SET status = 'RETURNED', return_reason = ?, updated_at = ? WHERE id = ?")
                .params(reason, Timestamp.from(now), id).update();
    }

    void approved(long id, String approvedBy, Instant now) {
        jdbc.sql("""
                        UPDATE statistics_report SET status = 'APPROVED', approved_by = ?, approved_at = ?,
                          updated_at = ? WHERE id = ?""")
                .params(approvedBy, Timestamp.from(now), Timestamp.from(now), id).update();
    }

    public Optional<Report> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(RecordRows.of(Report.class)).optional();
    }

    public Report get(long id) {
        return find(id).orElseThrow(() -> Refusal.notFound("STATISTICS_REPORT_NOT_FOUND",
                "Không có báo cáo thống kê số " + id + "."));
    }

    /** The reports, newest first; of one year when given. */
    public List<Report> list(Integer year) {
        if (year == null) {
            return jdbc.sql(SELECT + " ORDER BY id DESC").query(RecordRows.of(Report.class)).list();
        }
        return jdbc.sql(SELECT + " WHERE report_year = ? ORDER BY id DESC").param(year).query(RecordRows.of(Report.class)).list();
    }

    /** One column for each component of {@link Report}, so that JdbcClient maps a row to it ("year": H2 keyword). */
    private static final String SELECT = """
            SELECT id, business_key, form_code, award_level, report_year AS "year", status, notes, return_reason,
                   snapshot, prepared_by, approved_by, approved_at, process_instance_id, created_at
              FROM statistics_report""";
}

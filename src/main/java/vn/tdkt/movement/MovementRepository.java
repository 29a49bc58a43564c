package vn.tdkt.movement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.RecordRows;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The movements (emulation_movement) and their participating units (emulation_movement_unit). */
@Repository
public class MovementRepository {

    /** A movement's row with its standing unit. */
    public record Movement(long id, String code, String name, MovementKind kind, String goal, String criteria,
                           String awardsText, long standingUnitId, String standingUnitCode, String standingUnitName,
                           MovementStatus status, LocalDate startDate, LocalDate midReviewDate, LocalDate endDate,
                           String draftedBy, String processInstanceId, String launchNumber, LocalDate launchedOn,
                           String signerName, String signerTitle, Instant registrationDue, Instant reportDue,
                           String midReviewReport, String finalReviewReport) { }

    /** A unit taking part, with what it did and when. */
    public record Participant(long unitId, String unitCode, String unitName, Instant registeredAt,
                              String registrationPlan, boolean registrationLate, Instant reportedAt,
                              Integer progressPercent, boolean reportLate, String awardTypeCode, String proposalKey) {
        public boolean registered() {
            return registeredAt != null;
        }

        public boolean reported() {
            return reportedAt != null;
        }
    }

    /** One column for each component of {@link Movement}, so that JdbcClient maps a row to it. */
    private static final String SELECT = "SELECT m.id, m.code, m.name, m.kind, m.goal, m.criteria, m.awards_text,"
            + " m.standing_unit_id, u.code AS standing_unit_code, u.name AS standing_unit_name, m.status, m.start_date,"
            + " m.mid_review_date, m.end_date, m.drafted_by, m.process_instance_id, m.launch_number, m.launched_on,"
            + " m.signer_name, m.signer_title, m.registration_due, m.report_due, m.mid_review_report,"
            + " m.final_review_report"
            + " FROM emulation_movement m JOIN org_unit u ON u.id = m.standing_unit_id";

    private final JdbcClient jdbc;

    public MovementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    public Optional<Movement> find(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = ?").param(id).query(RecordRows.of(Movement.class)).optional();
    }

    public Optional<Movement> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE m.code = ?").param(code).query(RecordRows.of(Movement.class)).optional();
    }

    /** The movements a unit takes part in or stands for, newest first. */
    public List<Movement> ofUnit(String unitCode) {
        return jdbc.sql(SELECT + " WHERE u.code = ? OR m.id IN (SELECT mu.movement_id FROM emulation_movement_unit mu"
                + " JOIN org_unit p ON p.id = mu.unit_id WHERE p.code = ?) ORDER BY m.start_date DESC, m.id DESC")
                .params(unitCode, unitCode).query(RecordRows.of(Movement.class)).list();
    }

    public List<Movement> all() {
        return jdbc.sql(SELECT + " ORDER BY m.start_date DESC, m.id DESC").query(RecordRows.of(Movement.class)).list();
    }

    /** The next free code of a year: PTTD-2026-001. */
    public String nextCode(int year) {
        String prefix = "PTTD-" + year + "-";
        int n = jdbc.sql("SELECT COUNT(*) FROM emulation_movement WHERE code LIKE ?").param(prefix + "%")
                .query(Integer.class).single();
        return prefix + String.format("%03d", n + 1);
    }

    public long insert(String code, MovementRules.Draft d, long standingUnitId, String draftedBy,
                       String processInstanceId, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO emulation_movement (code, name, kind, goal, criteria, awards_text, standing_unit_id,"
                        + " status, start_date, mid_review_date, end_date, drafted_by, process_instance_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, d.name(), d.kind().name(), d.goal(), d.criteria(), d.awardsText(), standingUnitId,
                        MovementStatus.SUBMITTED.name(), d.startDate(), d.midReviewDate(), d.endDate(), draftedBy,
                        processInstanceId, timestamp(now))
                .update(keys, "id");
        return java.util.Objects.requireNonNull(keys.getKeyAs(Number.class), "the database returned no generated id")
                .longValue();
    }

    public void updateDraft(long id, MovementRules.Draft d) {
        jdbc.sql("UPDATE emulation_movement SET name = ?, kind = ?, goal = ?, criteria = ?, awards_text = ?,"
                        + " start_date = ?, mid_review_date = ?, end_date = ? WHERE id = ?")
                .params(d.name(), d.kind().name(), d.goal(), d.criteria(), d.awardsText(), d.startDate(),
                        d.midReviewDate(), d.endDate(), id)
                .update();
    }

    public void replaceParticipants(long id, List<Long> unitIds) {
        jdbc.sql("DELETE FROM emulation_movement_unit WHERE movement_id = ?").param(id).update();
        for (long unitId : unitIds) {
            jdbc.sql("INSERT INTO emulation_movement_unit (movement_id, unit_id) VALUES (?, ?)").params(id, unitId)
                    .update();
        }
    }

    /** The one place a status changes: refuses a move its enum does not allow. */
    public void changeStatus(long id, MovementStatus next) {
        MovementStatus current = find(id).map(Movement::status).orElseThrow(() ->
                new InputRejectedException("Không tìm thấy phong trào số " + id + ".", 404));
        if (!current.canMoveTo(next)) {
            throw new InputRejectedException("Phong trào đang ở trạng thái «" + current.label()
                    + "», không chuyển sang «" + next.label() + "» được.", 409);
        }
        jdbc.sql("UPDATE emulation_movement SET status = ? WHERE id = ? AND status = ?")
                .params(next.name(), id, current.name()).update();
    }

    public void launched(long id, String number, LocalDate on, String by, String signerName, String signerTitle,
                         Instant registrationDue, Instant reportDue) {
        changeStatus(id, MovementStatus.LAUNCHED);
        jdbc.sql("UPDATE emulation_movement SET launch_number = ?, launched_on = ?, launched_by = ?, signer_name = ?,"
                        + " signer_title = ?, registration_due = ?, report_due = ? WHERE id = ?")
                .params(number, on, by, signerName, signerTitle, timestamp(registrationDue), timestamp(reportDue), id)
                .update();
    }

    public void reviewed(long id, boolean finalReview, String report, String by, Instant at) {
        changeStatus(id, finalReview ? MovementStatus.CLOSED : MovementStatus.MID_REVIEWED);
        String prefix = finalReview ? "final" : "mid";
        jdbc.sql("UPDATE emulation_movement SET " + prefix + "_review_report = ?, " + prefix + "_reviewed_by = ?, "
                + prefix + "_reviewed_at = ? WHERE id = ?").params(report, by, timestamp(at), id).update();
    }

    public List<Participant> participants(long id) {
        return jdbc.sql("SELECT mu.unit_id, u.code AS unit_code, u.name AS unit_name, mu.registered_at,"
                        + " mu.registration_plan, mu.registration_late, mu.reported_at, mu.progress_percent,"
                        + " mu.report_late, mu.award_type_code, mu.proposal_key"
                        + " FROM emulation_movement_unit mu JOIN org_unit u ON u.id = mu.unit_id"
                        + " WHERE mu.movement_id = ? ORDER BY u.name")
                .param(id).query(RecordRows.of(Participant.class)).list();
    }

    public Optional<Participant> participant(long id, String unitCode) {
        return participants(id).stream().filter(p -> p.unitCode().equals(unitCode)).findFirst();
    }

    public void registered(long id, long unitId, String by, String plan, Instant at) {
        jdbc.sql("UPDATE emulation_movement_unit SET registered_at = ?, registered_by = ?, registration_plan = ?"
                + " WHERE movement_id = ? AND unit_id = ?").params(timestamp(at), by, plan, id, unitId).update();
    }

    public void reported(long id, long unitId, String by, String report, int percent, Instant at) {
        jdbc.sql("UPDATE emulation_movement_unit SET reported_at = ?, reported_by = ?, progress_report = ?,"
                        + " progress_percent = ? WHERE movement_id = ? AND unit_id = ?")
                .params(timestamp(at), by, report, percent, id, unitId).update();
    }

    public void late(long id, long unitId, boolean report) {
        jdbc.sql("UPDATE emulation_movement_unit SET " + (report ? "report_late" : "registration_late")
                + " = TRUE WHERE movement_id = ? AND unit_id = ?").params(id, unitId).update();
    }

    public void awardProposed(long id, long unitId, String awardTypeCode) {
        jdbc.sql("UPDATE emulation_movement_unit SET award_type_code = ? WHERE movement_id = ? AND unit_id = ?")
                .params(awardTypeCode, id, unitId).update();
    }

    public void proposalStarted(long id, long unitId, String proposalKey) {
        jdbc.sql("UPDATE emulation_movement_unit SET proposal_key = ? WHERE movement_id = ? AND unit_id = ?")
                .params(proposalKey, id, unitId).update();
    }

    /** The final review's decision to propose this unit for this award, not yet turned into a proposal. */
    public boolean pendingProposal(long id, String unitCode, String awardType) {
        return jdbc.sql("SELECT COUNT(*) FROM emulation_movement_unit mu JOIN org_unit u ON u.id = mu.unit_id"
                        + " WHERE mu.movement_id = ? AND u.code = ? AND mu.award_type_code = ? AND mu.proposal_key IS NULL")
                .params(id, unitCode, awardType).query(Integer.class).single() > 0;
    }
}

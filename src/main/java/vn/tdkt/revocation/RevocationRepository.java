package vn.tdkt.revocation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.RecordRows;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Tables award_revocation, award_revocation_item, proposal_revocation_flag and the annulment on award_record. */
@Repository
public class RevocationRepository {

    /** An award of the registry as a revocation reads it. */
    public record AwardLine(long id, String decisionNumber, LocalDate decisionDate, String decisionAuthority,
                            String recipientName, String recipientUnitCode, Long personId, Long unitId,
                            String awardTypeCode, String awardTypeName, String decidingLevel, int awardYear,
                            LocalDate annulledOn) { }

    /** A revocation: one component for each column of award_revocation, so that JdbcClient maps SELECT * to it. */
    public record Revocation(long id, String code, String processInstanceId, String decisionNumber,
                             LocalDate decisionDate, String grounds, RevocationSource source, String complaintRef,
                             String reasons, String evidence, boolean throughCouncil, boolean aboveProvince,
                             RevocationStatus status, String createdBy, Instant createdAt, String councilOpinion,
                             String councilRef, LocalDate councilDate, String annulmentNumber,
                             LocalDate annulmentDate, String signerUserId, String signerName, String signerTitle,
                             Instant recoveryDue, Instant closedAt) {

        /** The annulment was signed by the head of the unit that decided the awards (not by the province). */
        public boolean signedByUnitHead() {
            return signerTitle != null && signerTitle.startsWith(RevocationService.UNIT_HEAD_TITLE);
        }

        public List<RevocationGround> groundList() {
            return Arrays.stream(grounds.split(",")).map(String::strip).filter(g -> !g.isEmpty())
                    .map(RevocationGround::valueOf).toList();
        }
    }

    /** An award a revocation names, with its recovery: the columns of award_revocation_item, mapped by name. */
    public record Item(long id, long revocationId, long awardRecordId, String recipientUnitCode, String displayName,
                       String awardTypeName, int awardYear, Boolean objectReturned, BigDecimal bonusRefunded,
                       LocalDate refundDate, String receiptRef, String recoveryNote, boolean recoveryOverdue,
                       boolean recoveryConfirmed) { }

    /** A running proposal naming a recipient whose award was annulled. */
    public record RunningProposal(String businessKey, String processInstanceId, String nomineeName) { }

    /** One column for each component of {@link AwardLine}, so that JdbcClient maps a row to it. */
    private static final String AWARD_SELECT = "SELECT r.id, r.decision_number, r.decision_date, r.decision_authority,"
            + " COALESCE(p.full_name, u.name) AS recipient_name, COALESCE(pu.code, u.code) AS recipient_unit_code,"
            + " r.person_id, r.unit_id, r.award_type_code, t.name AS award_type_name, t.deciding_level, r.award_year,"
            + " r.annulled_on FROM award_record r JOIN award_type t ON t.code = r.award_type_code"
            + " LEFT JOIN person p ON p.id = r.person_id LEFT JOIN org_unit pu ON pu.id = p.unit_id"
            + " LEFT JOIN org_unit u ON u.id = r.unit_id";

    private static final String OPEN_STATUSES = Arrays.stream(RevocationStatus.values()).filter(RevocationStatus::open)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    public RevocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ the registry

    /** The decisions that still have an award in force, newest first. */
    public List<AwardLine> decisionsInForce() {
        return jdbc.sql("SELECT MIN(r.id) AS id, r.decision_number, r.decision_date,"
                        + " MIN(r.decision_authority) AS decision_authority, COUNT(*) AS recipient_name,"
                        // typed NULLs: PostgreSQL's driver refuses to read an untyped NULL as a number or a date
                        + " CAST(NULL AS VARCHAR(40)) AS recipient_unit_code, CAST(NULL AS BIGINT) AS person_id,"
                        + " CAST(NULL AS BIGINT) AS unit_id, CAST(NULL AS VARCHAR(40)) AS award_type_code,"
                        + " MIN(t.name) AS award_type_name, MIN(t.deciding_level) AS deciding_level,"
                        + " MIN(r.award_year) AS award_year, CAST(NULL AS DATE) AS annulled_on FROM award_record r"
                        + " JOIN award_type t ON t.code = r.award_type_code WHERE r.annulled_on IS NULL"
                        + " GROUP BY r.decision_number, r.decision_date ORDER BY r.decision_date DESC, r.decision_number")
                .query(RecordRows.of(AwardLine.class)).list();
    }

    /** The awards in force that no running revocation names, newest decision first. */
    public List<AwardLine> revocableAwards() {
        return jdbc.sql(AWARD_SELECT + " WHERE r.annulled_on IS NULL AND NOT EXISTS (SELECT 1 FROM"
                        + " award_revocation_item i JOIN award_revocation v ON v.id = i.revocation_id"
                        + " WHERE i.award_record_id = r.id AND v.status IN (" + OPEN_STATUSES + "))"
                        + " ORDER BY r.decision_date DESC, r.decision_number, r.id")
                .query(RecordRows.of(AwardLine.class)).list();
    }

    public List<AwardLine> awards(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(AWARD_SELECT + " WHERE r.id IN (:ids) ORDER BY r.id").param("ids", ids)
                .query(RecordRows.of(AwardLine.class)).list();
    }

    /** Whether a decision of that number and day is in the registry. */
    public boolean decisionExists(String number, LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM award_record WHERE decision_number = ? AND decision_date = ?")
                .params(number, date).query(Integer.class).single() > 0;
    }

    /** The running revocation naming the award, if any. */
    public Optional<String> runningRevocationOf(long awardRecordId) {
        return jdbc.sql("SELECT v.code FROM award_revocation_item i JOIN award_revocation v ON v.id = i.revocation_id"
                        + " WHERE i.award_record_id = ? AND v.status IN (" + OPEN_STATUSES + ")")
                .param(awardRecordId).query(String.class).list().stream().findFirst();
    }

    /**
     * Whether any of the awards went through the provincial council: the decision that gave it was taken on a
     * proposal whose nominee has a council result.
     */
    public boolean wentThroughCouncil(Collection<Long> awardIds) {
        if (awardIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM decision_awardee a JOIN decision d ON d.id = a.decision_id"
                        + " JOIN proposal_nominee n ON n.business_key = d.business_key"
                        + " AND (n.person_id = a.person_id OR n.unit_id = a.unit_id)"
                        + " WHERE a.award_record_id IN (:ids) AND n.council_passed IS NOT NULL")
                .param("ids", awardIds).query(Integer.class).single() > 0;
    }

    /** Writes the annulment on the awards. */
    public void annul(Collection<Long> awardIds, LocalDate on, String number, String grounds) {
        jdbc.sql("UPDATE award_record SET annulled_on = :on, annulment_number = :number, annulment_grounds = :grounds"
                        + " WHERE id IN (:ids) AND annulled_on IS NULL")
                .param("on", on).param("number", number).param("grounds", grounds).param("ids", awardIds).update();
    }

    /** Running proposals (not yet decided) that name the person or unit. */
    public List<RunningProposal> runningProposalsOf(Long personId, Long unitId) {
        String subject = personId != null ? "n.person_id = ?" : "n.unit_id = ?";
        return jdbc.sql("SELECT DISTINCT p.business_key, p.process_instance_id, n.display_name AS nominee_name"
                        + " FROM commendation_proposal p JOIN proposal_nominee n ON n.business_key = p.business_key"
                        + " WHERE " + subject + " AND p.status NOT IN ('AWARDED', 'NOT_AWARDED') AND p.closed_at IS NULL")
                .param(personId != null ? personId : unitId)
                .query(RecordRows.of(RunningProposal.class)).list();
    }

    public void flagProposal(String businessKey, long revocationId, String message, Instant at) {
        jdbc.sql("INSERT INTO proposal_revocation_flag (business_key, revocation_id, message, flagged_at)"
                        + " VALUES (?, ?, ?, ?)")
                .params(businessKey, revocationId, message, Timestamp.from(at)).update();
    }

    public List<String> flagsOf(String businessKey) {
        return jdbc.sql("SELECT message FROM proposal_revocation_flag WHERE business_key = ? ORDER BY id")
                .param(businessKey).query(String.class).list();
    }

    // ------------------------------------------------------------------ revocations

    public String nextCode(int year) {
        int updated = jdbc.sql("UPDATE award_revocation_sequence SET last_number = last_number + 1"
                + " WHERE revocation_year = ?").param(year).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO award_revocation_sequence (revocation_year, last_number) VALUES (?, 1)")
                    .param(year).update();
        }
        int n = jdbc.sql("SELECT last_number FROM award_revocation_sequence WHERE revocation_year = ?").param(year)
                .query(Integer.class).single();
        return "HB-" + year + "-" + String.format("%04d", n);
    }

    /** A new revocation's values. */
    public record NewRevocation(String code, String processInstanceId, String decisionNumber, LocalDate decisionDate,
                                String grounds, RevocationSource source, String complaintRef, String reasons,
                                String evidence, boolean throughCouncil, boolean aboveProvince, String createdBy,
                                Instant createdAt) { }

    public long insert(NewRevocation r) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO award_revocation (code, process_instance_id, decision_number, decision_date, grounds,"
                        + " source, complaint_ref, reasons, evidence, through_council, above_province, status, created_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.code(), r.processInstanceId(), r.decisionNumber(), r.decisionDate(), r.grounds(),
                        r.source().name(), r.complaintRef(), r.reasons(), r.evidence(), r.throughCouncil(),
                        r.aboveProvince(), RevocationStatus.APPRAISAL.name(), r.createdBy(),
                        Timestamp.from(r.createdAt()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "the database returned no generated id").longValue();
    }

    public void insertItem(long revocationId, AwardLine a) {
        jdbc.sql("INSERT INTO award_revocation_item (revocation_id, award_record_id, recipient_unit_code, display_name,"
                        + " award_type_name, award_year) VALUES (?, ?, ?, ?, ?, ?)")
                .params(revocationId, a.id(), a.recipientUnitCode(), a.recipientName(), a.awardTypeName(),
                        a.awardYear())
                .update();
    }

    public Optional<Revocation> find(long id) {
        return jdbc.sql("SELECT * FROM award_revocation WHERE id = ?").param(id).query(RecordRows.of(Revocation.class)).optional();
    }

    public List<Revocation> all() {
        return jdbc.sql("SELECT * FROM award_revocation ORDER BY created_at DESC, id DESC").query(RecordRows.of(Revocation.class))
                .list();
    }

    /** The revocations naming an award of one of the units. */
    public List<Revocation> ofUnits(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM award_revocation v WHERE EXISTS (SELECT 1 FROM award_revocation_item i"
                        + " WHERE i.revocation_id = v.id AND i.recipient_unit_code IN (:units))"
                        + " ORDER BY created_at DESC, id DESC")
                .param("units", unitCodes).query(RecordRows.of(Revocation.class)).list();
    }

    public List<Item> items(long revocationId) {
        return jdbc.sql("SELECT * FROM award_revocation_item WHERE revocation_id = ? ORDER BY id").param(revocationId)
                .query(RecordRows.of(Item.class)).list();
    }

    /**
     * Moves the status, refusing an illegal move.
     *
     * @throws IllegalStateException when the current status may not move there
     */
    public void changeStatus(long id, RevocationStatus next) {
        RevocationStatus current = find(id).orElseThrow().status();
        if (current != next && !current.canMoveTo(next)) {
            throw new IllegalStateException("revocation " + id + " cannot move from " + current + " to " + next);
        }
        jdbc.sql("UPDATE award_revocation SET status = ? WHERE id = ?").params(next.name(), id).update();
    }

    public void closed(long id, Instant at) {
        jdbc.sql("UPDATE award_revocation SET closed_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    public void council(long id, String opinion, String ref, LocalDate date) {
        jdbc.sql("UPDATE award_revocation SET council_opinion = ?, council_ref = ?, council_date = ? WHERE id = ?")
                .params(opinion, ref, date, id).update();
    }

    public void annulment(long id, String number, LocalDate date, String signer, String signerName,
                          String signerTitle) {
        jdbc.sql("UPDATE award_revocation SET annulment_number = ?, annulment_date = ?, signer_user_id = ?,"
                        + " signer_name = ?, signer_title = ? WHERE id = ?")
                .params(number, date, signer, signerName, signerTitle, id).update();
    }

    /** Whether the centre annuls (the revocation-authority table's answer). */
    public void aboveProvince(long id, boolean above) {
        jdbc.sql("UPDATE award_revocation SET above_province = ? WHERE id = ?").params(above, id).update();
    }

    /** A unit's name by its code (the code itself when unknown). */
    public String unitName(String unitCode) {
        return jdbc.sql("SELECT name FROM org_unit WHERE code = ?").param(unitCode).query(String.class).optional()
                .orElse(unitCode);
    }

    public void recoveryDue(long id, Instant due) {
        jdbc.sql("UPDATE award_revocation SET recovery_due = ? WHERE id = ?").params(Timestamp.from(due), id).update();
    }

    public void recovery(long revocationId, String unitCode, RevocationRules.Recovery r) {
        jdbc.sql("UPDATE award_revocation_item SET object_returned = ?, bonus_refunded = ?, refund_date = ?,"
                        + " receipt_ref = ?, recovery_note = ? WHERE revocation_id = ? AND recipient_unit_code = ?")
                .params(r.objectReturned(), BigDecimal.valueOf(r.bonusRefunded()), r.refundDate(), r.receiptRef(),
                        r.note(), revocationId, unitCode)
                .update();
    }

    public void overdue(long revocationId, String unitCode) {
        jdbc.sql("UPDATE award_revocation_item SET recovery_overdue = TRUE WHERE revocation_id = ?"
                + " AND recipient_unit_code = ?").params(revocationId, unitCode).update();
    }

    public void confirmed(long revocationId, String unitCode, boolean confirmed) {
        jdbc.sql("UPDATE award_revocation_item SET recovery_confirmed = ? WHERE revocation_id = ?"
                + " AND recipient_unit_code = ?").params(confirmed, revocationId, unitCode).update();
    }
}

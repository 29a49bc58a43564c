package vn.tdkt.proposal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.workflow.RecordRows;
import vn.tdkt.workflow.TransactionReads;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The project's record of proposals: the proposal, its nominees, its events (rounds) and consultation comments. */
@Repository
public class ProposalRepository {

    private static final int KEYS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    public ProposalRepository(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * A proposal. {@code submissionNumber}, {@code submissionDate} and {@code submissionProposer} are the unit's tờ
     * trình as its head signed it (Task_HeadSign); {@code councilMinutesRef}, {@code councilMinutesDate} and
     * {@code councilSessionKey} the provincial council's minutes when the proposal went through a session;
     * {@code agencySubmissionNumber} and {@code agencySubmissionDate} the Sở Nội vụ's tờ trình to the chairman.
     */
    public record Proposal(String businessKey, String processInstanceId, long unitId, String unitCode, String unitName,
                           String awardTypeCode, String commendationKind, int periodYear, String achievementSummary,
                           String status, String createdBy, Instant createdAt, Instant acceptedAt, Instant dueAt,
                           Instant closedAt, String decisionNumber, Instant consultationEndsAt,
                           String submissionNumber, LocalDate submissionDate, String submissionProposer,
                           String councilMinutesRef, LocalDate councilMinutesDate, String councilSessionKey,
                           String agencySubmissionNumber, LocalDate agencySubmissionDate) { }

    public record Nominee(long id, String businessKey, int seq, Long personId, Long unitId, String nomineeCode,
                          String displayName, String positionAndUnit, Boolean eligible, String eligibilityReasons,
                          Boolean appraisalEligible, String overrideJustification, Boolean councilPassed,
                          boolean consultationStopped, String consultationStopReason, String finalResult) {

        /** Still in the running at the current stage. */
        public boolean active() {
            return !Boolean.FALSE.equals(appraisalEligible) && !Boolean.FALSE.equals(councilPassed)
                    && !consultationStopped && !"REJECTED".equals(finalResult);
        }
    }

    public record Event(String businessKey, int round, String stage, String outcome, String note, String actor,
                        Instant occurredAt) { }

    public record Comment(long id, String businessKey, String nomineeCode, String authorName, String authorContact,
                          String content, String submittedBy, Instant submittedAt) { }

    /** Links a proposal to the emulation movement whose final review started it. */
    public void linkMovement(String businessKey, long movementId) {
        jdbc.sql("UPDATE commendation_proposal SET movement_id = ? WHERE business_key = ?")
                .params(movementId, businessKey).update();
    }

    /** Next number of the year for business keys, atomic under concurrency (row lock of the UPDATE). */
    public void insert(Proposal p) {
        TransactionReads.forget(this);
        jdbc.sql("""
                        INSERT INTO commendation_proposal (business_key, process_instance_id, unit_id, award_type_code,
                            commendation_kind, period_year, achievement_summary, status, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.businessKey(), p.processInstanceId(), p.unitId(), p.awardTypeCode(), p.commendationKind(),
                        p.periodYear(), p.achievementSummary(), p.status(), p.createdBy(), ts(p.createdAt()))
                .update();
    }

    public void insertNominee(String businessKey, int seq, Long personId, Long unitId, String code, String name,
                              String positionAndUnit) {
        TransactionReads.forget(this);
        jdbc.sql("""
                        INSERT INTO proposal_nominee (business_key, seq, person_id, unit_id, nominee_code, display_name,
                            position_and_unit) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(businessKey, seq, personId, unitId, code, name, positionAndUnit).update();
    }

    /** The columns of commendation_proposal and the unit's code and name: JdbcClient maps them to {@link Proposal}. */
    private static final String PROPOSAL_SELECT = """
            SELECT p.*, u.code AS unit_code, u.name AS unit_name FROM commendation_proposal p
            JOIN org_unit u ON u.id = p.unit_id""";

    /** Read once per transaction (see {@link TransactionReads}): a task's steps each ask for it. */
    public Optional<Proposal> find(String businessKey) {
        return TransactionReads.read(this, "proposal:" + businessKey, () -> jdbc.sql(PROPOSAL_SELECT
                + " WHERE p.business_key = ?").param(businessKey).query(RecordRows.of(Proposal.class)).optional());
    }

    /**
     * The proposals of the given keys, by key, in a few statements whatever their number (a council's agenda lists
     * every proposal waiting for it; reading them one by one made each session's cost grow with the year).
     */
    public Map<String, Proposal> findAll(Collection<String> businessKeys) {
        Map<String, Proposal> found = new HashMap<>();
        for (List<String> chunk : chunks(businessKeys)) {
            jdbc.sql(PROPOSAL_SELECT + " WHERE p.business_key IN (" + placeholders(chunk.size()) + ")")
                    .params(chunk).query(RecordRows.of(Proposal.class)).list()
                    .forEach(p -> found.put(p.businessKey(), p));
        }
        return found;
    }

    /** The nominees of the given proposals, by proposal key, each list in nominee order; like {@link #findAll}. */
    public Map<String, List<Nominee>> nomineesOf(Collection<String> businessKeys) {
        Map<String, List<Nominee>> found = new HashMap<>();
        for (List<String> chunk : chunks(businessKeys)) {
            jdbc.sql("SELECT * FROM proposal_nominee WHERE business_key IN (" + placeholders(chunk.size())
                            + ") ORDER BY business_key, seq")
                    .params(chunk).query(RecordRows.of(Nominee.class)).list()
                    .forEach(n -> found.computeIfAbsent(n.businessKey(), k -> new ArrayList<>()).add(n));
        }
        return found;
    }

    /** Key lists cut to a size every database takes as one statement's parameters. */
    private static List<List<String>> chunks(Collection<String> keys) {
        List<String> all = List.copyOf(new LinkedHashSet<>(keys));
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + KEYS_PER_STATEMENT)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public List<Proposal> list(String unitCode, Integer year, String status) {
        StringBuilder sql = new StringBuilder(PROPOSAL_SELECT + " WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (unitCode != null) {
            sql.append(" AND LOWER(u.code) = LOWER(?)");
            params.add(unitCode);
        }
        if (year != null) {
            sql.append(" AND p.period_year = ?");
            params.add(year);
        }
        if (status != null) {
            sql.append(" AND p.status = ?");
            params.add(status);
        }
        sql.append(" ORDER BY p.created_at DESC, p.business_key DESC");
        return jdbc.sql(sql.toString()).params(params).query(RecordRows.of(Proposal.class)).list();
    }

    /** Read once per transaction, like {@link #find}. */
    public List<Nominee> nominees(String businessKey) {
        return TransactionReads.read(this, "nominees:" + businessKey, () -> readNominees(businessKey));
    }

    private List<Nominee> readNominees(String businessKey) {
        return jdbc.sql("SELECT * FROM proposal_nominee WHERE business_key = ? ORDER BY seq").param(businessKey)
                .query(RecordRows.of(Nominee.class)).list().stream().toList();
    }

    /** Moves the proposal to {@code to}; see {@link #moveTo}. */
    public void changeStatus(String businessKey, ProposalStatus to) {
        moveTo(businessKey, to, "");
    }


    public void close(String businessKey, ProposalStatus status, Instant at) {
        moveTo(businessKey, status, ", closed_at = ?", ts(at));
    }

    public void accepted(String businessKey, Instant acceptedAt, Instant dueAt) {
        moveTo(businessKey, ProposalStatus.ACCEPTED, ", accepted_at = ?, due_at = ?", ts(acceptedAt), ts(dueAt));
    }

    public void consultationOpen(String businessKey, Instant endsAt) {
        moveTo(businessKey, ProposalStatus.CONSULTATION, ", consultation_ends_at = ?", ts(endsAt));
    }

    public void decided(String businessKey, String decisionNumber, Instant at) {
        moveTo(businessKey, ProposalStatus.AWARDED, ", decision_number = ?, closed_at = ?", decisionNumber, ts(at));
    }

    /**
     * The one place a proposal's status changes: the move must be one {@link ProposalStatus#next()} allows from the
     * stored status (else an {@link IllegalStateException}: a step ran where the process cannot be), and the row is
     * updated only while it still has the status read. {@code alsoSet} sets other columns with {@code alsoParams}.
     * A business key without a proposal row changes nothing, as before.
     */
    private void moveTo(String businessKey, ProposalStatus to, String alsoSet, Object... alsoParams) {
        TransactionReads.forget(this);
        Optional<String> stored = jdbc.sql("SELECT status FROM commendation_proposal WHERE business_key = ?")
                .param(businessKey).query(String.class).optional();
        if (stored.isEmpty()) {
            return;
        }
        ProposalStatus from = ProposalStatus.of(stored.get());
        ProposalStatus.checkMove(businessKey, from, to);
        List<Object> params = new java.util.ArrayList<>();
        params.add(to.name());
        params.addAll(java.util.Arrays.asList(alsoParams));
        params.add(businessKey);
        params.add(from.name());
        int updated = jdbc.sql("UPDATE commendation_proposal SET status = ?" + alsoSet
                        + " WHERE business_key = ? AND status = ?").params(params).update();
        if (updated != 1) {
            // another transaction moved it first (two people completing one task): the engine's optimistic-lock
            // failure, so the completion is retried (OptimisticRetryInterceptor) and the loser told, never a 500
            throw new org.camunda.bpm.engine.OptimisticLockingException("Proposal " + businessKey
                    + " changed status while moving from " + from + " to " + to);
        }
    }

    /** The unit's tờ trình as its head signed it; a dossier signed again keeps the last one. */
    public void submission(String businessKey, String number, LocalDate date, String proposer) {
        TransactionReads.forget(this);
        jdbc.sql("""
                        UPDATE commendation_proposal SET submission_number = ?, submission_date = ?, submission_proposer = ?
                        WHERE business_key = ?""")
                .params(number, date, proposer, businessKey).update();
    }

    /** The Sở Nội vụ's tờ trình to the chairman as its head numbered it; an appraisal approved again keeps the last. */
    public void agencySubmission(String businessKey, String number, LocalDate date) {
        TransactionReads.forget(this);
        jdbc.sql("UPDATE commendation_proposal SET agency_submission_number = ?, agency_submission_date = ?"
                        + " WHERE business_key = ?")
                .params(number, date, businessKey).update();
    }

    /** Other proposals citing the Sở's tờ trình of that number signed in that year: (business key, date). */
    public List<Map.Entry<String, LocalDate>> agencySubmissionsNumbered(String number, int year,
                                                                         String exceptBusinessKey) {
        return jdbc.sql("""
                        SELECT business_key, agency_submission_date FROM commendation_proposal
                        WHERE UPPER(agency_submission_number) = UPPER(?) AND agency_submission_date >= ?
                          AND agency_submission_date <= ? AND business_key <> ? ORDER BY business_key""")
                .params(number, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), exceptBusinessKey)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
    }

    /** Other proposals of the unit citing a tờ trình of that number signed in that year: (business key, date). */
    public List<Map.Entry<String, LocalDate>> submissionsNumbered(long unitId, String number, int year,
                                                                   String exceptBusinessKey) {
        return jdbc.sql("""
                        SELECT business_key, submission_date FROM commendation_proposal
                        WHERE unit_id = ? AND UPPER(submission_number) = UPPER(?) AND submission_date >= ?
                          AND submission_date <= ? AND business_key <> ? ORDER BY business_key""")
                .params(unitId, number, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), exceptBusinessKey)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
    }

    /** The provincial council's minutes that carried the result (number, meeting day, session). */
    public void councilMinutes(String businessKey, String ref, LocalDate date, String sessionKey) {
        TransactionReads.forget(this);
        jdbc.sql("""
                        UPDATE commendation_proposal SET council_minutes_ref = ?, council_minutes_date = ?,
                            council_session_key = ? WHERE business_key = ?""")
                .params(ref, date, sessionKey, businessKey).update();
    }

    public void eligibility(long nomineeId, boolean eligible, String reasons, String factsJson) {
        TransactionReads.forget(this);
        jdbc.sql("UPDATE proposal_nominee SET eligible = ?, eligibility_reasons = ?, eligibility_facts = ? WHERE id = ?")
                .params(eligible, reasons, factsJson, nomineeId).update();
    }

    public void appraisal(long nomineeId, boolean eligible, String justification) {
        TransactionReads.forget(this);
        jdbc.sql("UPDATE proposal_nominee SET appraisal_eligible = ?, override_justification = ? WHERE id = ?")
                .params(eligible, justification, nomineeId).update();
    }

    public void councilResult(long nomineeId, boolean passed) {
        TransactionReads.forget(this);
        jdbc.sql("UPDATE proposal_nominee SET council_passed = ? WHERE id = ?").params(passed, nomineeId).update();
    }

    public void consultationStop(long nomineeId, String reason) {
        TransactionReads.forget(this);
        jdbc.sql("UPDATE proposal_nominee SET consultation_stopped = TRUE, consultation_stop_reason = ? WHERE id = ?")
                .params(reason, nomineeId).update();
    }

    public void finalResult(long nomineeId, String result) {
        TransactionReads.forget(this);
        jdbc.sql("UPDATE proposal_nominee SET final_result = ? WHERE id = ?").params(result, nomineeId).update();
    }

    /** Records a stage outcome in the proposal's events and in the audit chain. */
    public void event(Event e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", e.round());
        details.put("stage", e.stage());
        details.put("outcome", e.outcome());
        if (e.note() != null) {
            details.put("note", e.note());
        }
        audit.record(AuditRecord.domain(AuditKind.STAGE_OUTCOME, e.occurredAt(), e.businessKey(), null, e.actor(),
                e.stage() + ": " + e.outcome(), details));
        jdbc.sql("""
                        INSERT INTO proposal_event (business_key, round_no, stage, outcome, note, actor, occurred_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(e.businessKey(), e.round(), e.stage(), e.outcome(), e.note(), e.actor(), ts(e.occurredAt()))
                .update();
    }

    public List<Event> events(String businessKey) {
        return jdbc.sql("SELECT business_key, round_no AS round, stage, outcome, note, actor, occurred_at"
                        + " FROM proposal_event WHERE business_key = ? ORDER BY occurred_at, id")
                .param(businessKey).query(RecordRows.of(Event.class)).list();
    }

    public long addComment(Comment c) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO consultation_comment (business_key, nominee_code, author_name, author_contact, content,
                            submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(c.businessKey(), c.nomineeCode(), c.authorName(), c.authorContact(), c.content(),
                        c.submittedBy(), ts(c.submittedAt()))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "the database returned no generated id").longValue();
    }

    public List<Comment> comments(String businessKey) {
        return jdbc.sql("SELECT * FROM consultation_comment WHERE business_key = ? ORDER BY submitted_at, id")
                .param(businessKey).query(RecordRows.of(Comment.class)).list();
    }

    /** Another proposal still running for the same nominee, award and year. */
    public Optional<String> openProposalFor(String nomineeCode, vn.tdkt.registry.award.AwardType type, int year,
                                            String kind) {
        return jdbc.sql("""
                        SELECT p.business_key, p.commendation_kind FROM commendation_proposal p
                        JOIN proposal_nominee n ON n.business_key = p.business_key
                        WHERE UPPER(n.nominee_code) = UPPER(?) AND p.award_type_code = ? AND p.period_year = ?
                          AND p.closed_at IS NULL""")
                .params(nomineeCode, type.code(), year)
                .query((rs, i) -> Map.entry(rs.getString("business_key"), rs.getString("commendation_kind"))).list()
                .stream().filter(e -> vn.tdkt.registry.award.RepeatAwards.sameAchievement(type.category(), kind,
                        e.getValue()))
                .map(Map.Entry::getKey).findFirst();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}

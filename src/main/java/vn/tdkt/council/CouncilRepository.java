package vn.tdkt.council;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.RecordRows;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The council's membership per term, its sessions, their candidates, attendance, ballot rounds and events. */
@Repository
public class CouncilRepository {

    private final JdbcClient jdbc;

    public CouncilRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Member(String termCode, LocalDate termFrom, LocalDate termTo, String userId, String fullName,
                         String positionTitle, String councilRole, int seq) {
        public String roleLabel() {
            return switch (councilRole) {
                case "CHAIR" -> "Chủ tịch Hội đồng";
                case "VICE_CHAIR" -> "Phó Chủ tịch Hội đồng";
                default -> "Ủy viên";
            };
        }
    }

    public record Session(String businessKey, String processInstanceId, String title, LocalDate meetingDate,
                          String termCode, String status, int totalMembers, Integer presentMembers,
                          Integer writtenMembers, String minutesRef, String createdBy, Instant createdAt) { }

    public record Candidate(String sessionKey, String code, String proposalKey, String nomineeCode, String nomineeName,
                            String unitName, String awardTypeCode, String voteType, int seq, int rounds, Integer yes,
                            Integer no, Integer blank, Integer votesCast, String outcome, String outcomeReason,
                            String thresholdText) { }

    public record Event(String stage, String note, String actor, Instant at) { }

    /** The members of the term in force on {@code date}, chair first. */
    public List<Member> membersOn(LocalDate date) {
        return jdbc.sql("""
                        SELECT term_code, term_from, term_to, user_id, full_name, position_title, council_role, seq
                        FROM council_member WHERE term_from <= ? AND (term_to IS NULL OR term_to >= ?) ORDER BY seq""")
                .params(Date.valueOf(date), Date.valueOf(date))
                .query(RecordRows.of(Member.class)).list();
    }

    public List<Member> allMembers() {
        return jdbc.sql("""
                        SELECT term_code, term_from, term_to, user_id, full_name, position_title, council_role, seq
                        FROM council_member ORDER BY term_from DESC, seq""")
                .query(RecordRows.of(Member.class)).list();
    }

    public boolean termExists(String termCode) {
        return jdbc.sql("SELECT COUNT(*) FROM council_member WHERE term_code = ?").param(termCode)
                .query(Integer.class).single() > 0;
    }

    /** Replaces the whole membership of a term. */
    public void replaceTerm(String termCode, LocalDate from, LocalDate to, List<Member> members) {
        jdbc.sql("DELETE FROM council_member WHERE term_code = ?").param(termCode).update();
        for (Member m : members) {
            jdbc.sql("""
                            INSERT INTO council_member (term_code, term_from, term_to, user_id, full_name, position_title,
                                council_role, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(termCode, Date.valueOf(from), to == null ? null : Date.valueOf(to), m.userId(), m.fullName(),
                            m.positionTitle(), m.councilRole(), m.seq()).update();
        }
    }

    public void insertSession(Session s) {
        jdbc.sql("""
                        INSERT INTO council_session (business_key, process_instance_id, title, meeting_date, term_code,
                            status, total_members, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.businessKey(), s.processInstanceId(), s.title(), Date.valueOf(s.meetingDate()), s.termCode(),
                        s.status(), s.totalMembers(), s.createdBy(), Timestamp.from(s.createdAt())).update();
    }

    public Optional<Session> session(String key) {
        return jdbc.sql("""
                        SELECT business_key, process_instance_id, title, meeting_date, term_code, status, total_members,
                               present_members, written_members, minutes_ref, created_by, created_at
                        FROM council_session WHERE business_key = ?""").param(key)
                .query(RecordRows.of(Session.class)).optional();
    }

    public List<Session> sessions() {
        return jdbc.sql("""
                        SELECT business_key, process_instance_id, title, meeting_date, term_code, status, total_members,
                               present_members, written_members, minutes_ref, created_by, created_at
                        FROM council_session ORDER BY created_at DESC""")
                .query(RecordRows.of(Session.class)).list();
    }

    /** Moves the session to {@code to}; see {@link #moveTo}. */
    public void changeStatus(String key, CouncilSessionStatus to) {
        moveTo(key, to, "");
    }


    public void meetingDate(String key, LocalDate date) {
        jdbc.sql("UPDATE council_session SET meeting_date = ? WHERE business_key = ?").params(Date.valueOf(date), key).update();
    }

    public void attendanceCounts(String key, int present, int written) {
        jdbc.sql("UPDATE council_session SET present_members = ?, written_members = ? WHERE business_key = ?")
                .params(present, written, key).update();
    }

    public void minutesRef(String key, String ref) {
        jdbc.sql("UPDATE council_session SET minutes_ref = ? WHERE business_key = ?").params(ref, key).update();
    }

    public void close(String key, Instant at) {
        moveTo(key, CouncilSessionStatus.CLOSED, ", closed_at = ?", Timestamp.from(at));
    }

    /**
     * The one place a session's status changes: the move must be one {@link CouncilSessionStatus#next()} allows from
     * the stored status (else an {@link IllegalStateException}), and the row is updated only while it still has the
     * status read. {@code alsoSet} sets other columns with {@code alsoParams}. A key without a session changes
     * nothing, as before.
     */
    private void moveTo(String key, CouncilSessionStatus to, String alsoSet, Object... alsoParams) {
        Optional<String> stored = jdbc.sql("SELECT status FROM council_session WHERE business_key = ?").param(key)
                .query(String.class).optional();
        if (stored.isEmpty()) {
            return;
        }
        CouncilSessionStatus from = CouncilSessionStatus.of(stored.get());
        CouncilSessionStatus.checkMove(key, from, to);
        List<Object> params = new java.util.ArrayList<>();
        params.add(to.name());
        params.addAll(java.util.Arrays.asList(alsoParams));
        params.add(key);
        params.add(from.name());
        if (jdbc.sql("UPDATE council_session SET status = ?" + alsoSet + " WHERE business_key = ? AND status = ?")
                .params(params).update() != 1) {
            throw new IllegalStateException("Council session " + key + " changed status while moving from " + from
                    + " to " + to);
        }
    }

    public void attendance(String key, String userId, String attendance) {
        if (jdbc.sql("UPDATE council_attendance SET attendance = ? WHERE session_key = ? AND user_id = ?")
                .params(attendance, key, userId).update() == 0) {
            jdbc.sql("INSERT INTO council_attendance (session_key, user_id, attendance) VALUES (?, ?, ?)")
                    .params(key, userId, attendance).update();
        }
    }

    public java.util.Map<String, String> attendance(String key) {
        java.util.Map<String, String> byUser = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT user_id, attendance FROM council_attendance WHERE session_key = ?").param(key)
                .query((rs, n) -> byUser.put(rs.getString(1), rs.getString(2))).list();
        return byUser;
    }

    public void insertCandidate(Candidate c) {
        jdbc.sql("""
                        INSERT INTO council_candidate (session_key, candidate_code, proposal_key, nominee_code,
                            nominee_name, unit_name, award_type_code, vote_type, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.sessionKey(), c.code(), c.proposalKey(), c.nomineeCode(), c.nomineeName(), c.unitName(),
                        c.awardTypeCode(), c.voteType(), c.seq()).update();
    }

    public List<Candidate> candidates(String key) {
        return jdbc.sql("""
                        SELECT session_key, candidate_code AS code, proposal_key, nominee_code, nominee_name, unit_name,
                               award_type_code, vote_type, seq, rounds, yes_votes AS yes, no_votes AS no,
                               blank_votes AS blank, votes_cast, outcome, outcome_reason, threshold_text
                        FROM council_candidate WHERE session_key = ? ORDER BY seq""").param(key)
                .query(RecordRows.of(Candidate.class)).list();
    }

    public void result(String key, String code, int round, int yes, int no, int blank, int cast, String outcome,
                       String reason, String thresholdText) {
        jdbc.sql("""
                        UPDATE council_candidate SET rounds = ?, yes_votes = ?, no_votes = ?, blank_votes = ?,
                            votes_cast = ?, outcome = ?, outcome_reason = ?, threshold_text = ?
                        WHERE session_key = ? AND candidate_code = ?""")
                .params(round, yes, no, blank, cast, outcome, reason, thresholdText, key, code).update();
    }

    /** Proposals already put before a session that has not ended. */
    public List<String> proposalsInOpenSessions() {
        return jdbc.sql("""
                        SELECT DISTINCT c.proposal_key FROM council_candidate c
                        JOIN council_session s ON s.business_key = c.session_key WHERE s.status <> 'CLOSED'""")
                .query(String.class).list();
    }

    public void round(String key, int round, String ballotSessionId) {
        jdbc.sql("INSERT INTO council_ballot_round (session_key, round_no, ballot_session_id) VALUES (?, ?, ?)")
                .params(key, round, ballotSessionId).update();
    }

    public List<String> ballotSessions(String key) {
        return jdbc.sql("SELECT ballot_session_id FROM council_ballot_round WHERE session_key = ? ORDER BY round_no")
                .param(key).query(String.class).list();
    }

    public void event(String key, String stage, String note, String actor, Instant at) {
        jdbc.sql("INSERT INTO council_event (session_key, stage, note, actor, occurred_at) VALUES (?, ?, ?, ?, ?)")
                .params(key, stage, note, actor, Timestamp.from(at)).update();
    }

    public List<Event> events(String key) {
        return jdbc.sql("SELECT stage, note, actor, occurred_at AS at FROM council_event WHERE session_key = ?"
                        + " ORDER BY id")
                .param(key).query(RecordRows.of(Event.class)).list();
    }
}

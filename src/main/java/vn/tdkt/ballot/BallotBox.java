package vn.tdkt.ballot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.workflow.InputRejectedException;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A ballot box that cannot tell who voted how. Casting a ballot marks the voter as having voted and adds one to
 * each candidate's running total, in one transaction; nothing records the ballot itself, its time, or its order.
 * Used for the block's suy tôn and for the provincial council. Refusals (not a voter, second vote, closed box,
 * incomplete ballot) are {@link InputRejectedException}s, so a voting task stays open with the message.
 */
@Service
public class BallotBox {

    private final JdbcClient jdbc;
    private final Clock clock;

    public BallotBox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A candidate on the ballot paper. */
    public record Candidate(String code, String name) { }

    @Transactional
    public String open(String context, String reference, String title, List<Candidate> candidates,
                       Set<String> voters) {
        if (candidates.isEmpty() || voters.isEmpty()) {
            throw new IllegalArgumentException("A ballot needs candidates and voters");
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO ballot_session (id, context, reference, title, status, opened_at) VALUES (?, ?, ?, ?, 'OPEN', ?)")
                .params(id, context, reference, title, Timestamp.from(Instant.now(clock))).update();
        int seq = 1;
        for (Candidate c : candidates) {
            jdbc.sql("INSERT INTO ballot_candidate (session_id, candidate_code, candidate_name, seq) VALUES (?, ?, ?, ?)")
                    .params(id, c.code(), c.name(), seq++).update();
        }
        for (String voter : voters) {
            jdbc.sql("INSERT INTO ballot_voter (session_id, voter_id) VALUES (?, ?)").params(id, voter).update();
        }
        return id;
    }

    /**
     * Casts one ballot: every candidate must be answered. {@code written} marks a ballot handed in by an absent
     * member and entered by the secretary.
     */
    @Transactional
    public void cast(String sessionId, String voterId, Map<String, Choice> choices, boolean written) {
        String status = jdbc.sql("SELECT status FROM ballot_session WHERE id = ?").param(sessionId)
                .query(String.class).optional().orElseThrow(() -> new InputRejectedException("Không có phiên bỏ phiếu này."));
        if (!"OPEN".equals(status)) {
            throw new InputRejectedException("Phiên bỏ phiếu đã kết thúc.");
        }
        List<String> candidates = jdbc.sql("SELECT candidate_code FROM ballot_candidate WHERE session_id = ? ORDER BY seq")
                .param(sessionId).query(String.class).list();
        if (!choices.keySet().equals(Set.copyOf(candidates))) {
            throw new InputRejectedException("Phiếu bầu phải có ý kiến (đồng ý, không đồng ý hoặc để trống) cho từng"
                    + " người, tập thể trong danh sách, và chỉ cho những người, tập thể đó.");
        }
        int marked = jdbc.sql("UPDATE ballot_voter SET has_voted = TRUE, written = ? WHERE session_id = ? AND voter_id = ?"
                        + " AND has_voted = FALSE").params(written, sessionId, voterId).update();
        if (marked == 0) {
            boolean known = jdbc.sql("SELECT COUNT(*) FROM ballot_voter WHERE session_id = ? AND voter_id = ?")
                    .params(sessionId, voterId).query(Integer.class).single() > 0;
            throw new InputRejectedException(known ? "Thành viên này đã bỏ phiếu; mỗi người chỉ bỏ phiếu một lần."
                    : "Người này không có trong danh sách được bỏ phiếu của phiên.");
        }
        for (Map.Entry<String, Choice> e : choices.entrySet()) {
            String column = switch (e.getValue()) {
                case DONG_Y -> "agree_count";
                case KHONG_DONG_Y -> "disagree_count";
                case DE_TRONG -> "blank_count";
            };
            jdbc.sql("UPDATE ballot_candidate SET " + column + " = " + column + " + 1 WHERE session_id = ? AND candidate_code = ?")
                    .params(sessionId, e.getKey()).update();
        }
    }

    @Transactional
    public void close(String sessionId) {
        jdbc.sql("UPDATE ballot_session SET status = 'CLOSED', closed_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now(clock)), sessionId).update();
    }

    public boolean isOpen(String sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM ballot_session WHERE id = ? AND status = 'OPEN'").param(sessionId)
                .query(Integer.class).single() > 0;
    }

    public boolean hasVoted(String sessionId, String voterId) {
        return jdbc.sql("SELECT COUNT(*) FROM ballot_voter WHERE session_id = ? AND voter_id = ? AND has_voted")
                .params(sessionId, voterId).query(Integer.class).single() > 0;
    }

    public Tally tally(String sessionId) {
        int eligible = count("SELECT COUNT(*) FROM ballot_voter WHERE session_id = ?", sessionId);
        int cast = count("SELECT COUNT(*) FROM ballot_voter WHERE session_id = ? AND has_voted", sessionId);
        int written = count("SELECT COUNT(*) FROM ballot_voter WHERE session_id = ? AND has_voted AND written", sessionId);
        List<Tally.CandidateTotal> totals = jdbc.sql("""
                        SELECT candidate_code, candidate_name, agree_count, disagree_count, blank_count
                        FROM ballot_candidate WHERE session_id = ? ORDER BY seq""").param(sessionId)
                .query((rs, n) -> new Tally.CandidateTotal(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5))).list();
        return new Tally(sessionId, eligible, cast, written, totals);
    }

    /** Parses a ballot as submitted by a form: candidate code → DONG_Y / KHONG_DONG_Y / DE_TRONG. */
    public static Map<String, Choice> parse(List<Map<String, Object>> items) {
        if (items == null) {
            throw new InputRejectedException("Thiếu phiếu bầu.");
        }
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            Object code = item.get("candidateCode");
            Object choice = item.get("choice");
            if (!(code instanceof String c) || !(choice instanceof String s)) {
                throw new InputRejectedException("Phiếu bầu chưa ghi ý kiến cho từng người, tập thể trong danh sách.");
            }
            try {
                if (choices.put(c, Choice.valueOf(s)) != null) {
                    throw new InputRejectedException("Phiếu bầu ghi hai lần cho '" + c + "'.");
                }
            } catch (IllegalArgumentException e) {
                throw new InputRejectedException("Ý kiến '" + s + "' không hợp lệ: chọn đồng ý, không đồng ý hoặc để trống.");
            }
        }
        return choices;
    }

    private int count(String sql, String sessionId) {
        return jdbc.sql(sql).param(sessionId).query(Integer.class).single();
    }
}

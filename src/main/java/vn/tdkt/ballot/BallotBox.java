package vn.tdkt.ballot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.RecordRows;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A ballot box that cannot tell who voted how, not even to someone reading its tables between two votes. Casting
 * a ballot marks the voter as having voted and drops a sealed paper ({@link BallotSeal}: encrypted, of the same
 * length whatever the choices, with no voter, time or order) into the box, in one transaction. Nothing is counted
 * while the box is open: {@link #close} opens the papers and writes the per-candidate totals, and only then can
 * {@link #tally} be read. While it is open, {@link #turnout} tells who has voted, as a paper signature list would.
 * Used for the block's suy tôn and for the provincial council. Refusals (not a voter, second vote, closed box,
 * wrong way of voting, incomplete ballot) are {@link InputRejectedException}s, so a voting task stays open with
 * the message.
 */
@Service
public class BallotBox {

    private final JdbcClient jdbc;
    private final BallotSeal seal;
    private final Clock clock;

    public BallotBox(JdbcClient jdbc, BallotSeal seal, Clock clock) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.clock = clock;
    }

    /** A candidate on the ballot paper. */
    public record Candidate(String code, String name) { }

    /** How a voter may vote: in person through their own task, or by a written ballot that the secretary enters. */
    public enum VoteMode { IN_PERSON, WRITTEN }

    /** Who may vote and who has: the signature list of a box, without a single choice. */
    public record Turnout(int eligibleVoters, int votesCast, int writtenVotes, List<String> voted, List<String> notVoted) { }

    /** Opens a box in which every voter votes in person. */
    @Transactional
    public String open(String context, String reference, String title, List<Candidate> candidates, Set<String> voters) {
        Map<String, VoteMode> modes = new LinkedHashMap<>();
        voters.stream().sorted().forEach(v -> modes.put(v, VoteMode.IN_PERSON));
        return open(context, reference, title, candidates, modes);
    }

    @Transactional
    public String open(String context, String reference, String title, List<Candidate> candidates,
                       Map<String, VoteMode> voters) {
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
        for (Map.Entry<String, VoteMode> voter : voters.entrySet()) {
            jdbc.sql("INSERT INTO ballot_voter (session_id, voter_id, vote_mode) VALUES (?, ?, ?)")
                    .params(id, voter.getKey(), voter.getValue().name()).update();
        }
        return id;
    }

    /**
     * Casts one ballot: every candidate must be answered. {@code written} marks a ballot handed in by an absent
     * member and entered by the secretary; it is accepted only for a voter of the box who votes in writing, and an
     * in-person ballot only for one who votes in person.
     */
    @Transactional
    public void cast(String sessionId, String voterId, Map<String, Choice> choices, boolean written) {
        String status = jdbc.sql("SELECT status FROM ballot_session WHERE id = ?").param(sessionId)
                .query(String.class).optional().orElseThrow(() -> new InputRejectedException("Không có phiên bỏ phiếu này."));
        if (!"OPEN".equals(status)) {
            throw new InputRejectedException("Hòm phiếu đã đóng: phiếu này không được nhận và không được tính.");
        }
        List<String> candidates = candidateCodes(sessionId);
        if (!choices.keySet().equals(Set.copyOf(candidates))) {
            throw new InputRejectedException("Phiếu bầu phải có ý kiến (đồng ý, không đồng ý hoặc để trống) cho từng"
                    + " người, tập thể trong danh sách, và chỉ cho những người, tập thể đó.");
        }
        VoteMode mode = written ? VoteMode.WRITTEN : VoteMode.IN_PERSON;
        int marked = jdbc.sql("UPDATE ballot_voter SET has_voted = TRUE, written = ? WHERE session_id = ? AND voter_id = ?"
                        + " AND has_voted = FALSE AND vote_mode = ?").params(written, sessionId, voterId, mode.name()).update();
        if (marked == 0) {
            throw new InputRejectedException(refusal(sessionId, voterId, mode));
        }
        StringBuilder paper = new StringBuilder(candidates.size());
        for (String code : candidates) {
            paper.append(switch (choices.get(code)) {
                case DONG_Y -> 'Y';
                case KHONG_DONG_Y -> 'N';
                case DE_TRONG -> 'B';
            });
        }
        jdbc.sql("INSERT INTO ballot_paper (id, session_id, sealed) VALUES (?, ?, ?)")
                .params(UUID.randomUUID().toString(), sessionId, seal.seal(sessionId, paper.toString())).update();
    }

    private String refusal(String sessionId, String voterId, VoteMode tried) {
        var row = jdbc.sql("SELECT has_voted, vote_mode FROM ballot_voter WHERE session_id = ? AND voter_id = ?")
                .params(sessionId, voterId).query((rs, n) -> new Object[]{rs.getBoolean(1), rs.getString(2)}).optional();
        if (row.isEmpty()) {
            return "Người này không có trong danh sách được bỏ phiếu của phiên (không phải thành viên, hoặc vắng mặt"
                    + " không gửi phiếu bằng văn bản): phiếu không được nhận.";
        }
        if ((Boolean) row.get()[0]) {
            return "Thành viên này đã bỏ phiếu; mỗi người chỉ bỏ phiếu một lần.";
        }
        return tried == VoteMode.IN_PERSON
                ? "Thành viên này vắng mặt và đã gửi phiếu bằng văn bản: phiếu do thư ký nhập, không bỏ phiếu trực tiếp."
                : "Thành viên này có mặt và tự bỏ phiếu: thư ký chỉ nhập phiếu bằng văn bản của thành viên vắng mặt"
                + " có gửi phiếu.";
    }

    /** Closes the box and counts its papers into the per-candidate totals; closing twice counts once. */
    @Transactional
    public void close(String sessionId) {
        int closed = jdbc.sql("UPDATE ballot_session SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status = 'OPEN'")
                .params(Timestamp.from(Instant.now(clock)), sessionId).update();
        if (closed == 0) {
            return;
        }
        List<String> candidates = candidateCodes(sessionId);
        int[][] counts = new int[candidates.size()][3];
        for (String sealed : jdbc.sql("SELECT sealed FROM ballot_paper WHERE session_id = ?").param(sessionId)
                .query(String.class).list()) {
            String paper = seal.open(sessionId, sealed);
            if (paper.length() != candidates.size()) {
                throw new IllegalStateException("A ballot paper of box " + sessionId + " does not match its candidates");
            }
            for (int i = 0; i < paper.length(); i++) {
                counts[i][switch (paper.charAt(i)) {
                    case 'Y' -> 0;
                    case 'N' -> 1;
                    case 'B' -> 2;
                    default -> throw new IllegalStateException("Unreadable ballot paper in box " + sessionId);
                }]++;
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            // boxes opened before papers were sealed kept running counts: the papers are added to them
            jdbc.sql("""
                            UPDATE ballot_candidate SET agree_count = agree_count + ?, disagree_count = disagree_count + ?,
                                blank_count = blank_count + ? WHERE session_id = ? AND candidate_code = ?""")
                    .params(counts[i][0], counts[i][1], counts[i][2], sessionId, candidates.get(i)).update();
        }
    }

    public boolean isOpen(String sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM ballot_session WHERE id = ? AND status = 'OPEN'").param(sessionId)
                .query(Integer.class).single() > 0;
    }

    public boolean hasVoted(String sessionId, String voterId) {
        return jdbc.sql("SELECT COUNT(*) FROM ballot_voter WHERE session_id = ? AND voter_id = ? AND has_voted")
                .params(sessionId, voterId).query(Integer.class).single() > 0;
    }

    /** Who may vote, and in which way; empty when the box does not exist. */
    public Map<String, VoteMode> voters(String sessionId) {
        Map<String, VoteMode> voters = new LinkedHashMap<>();
        jdbc.sql("SELECT voter_id, vote_mode FROM ballot_voter WHERE session_id = ? ORDER BY voter_id").param(sessionId)
                .query((rs, n) -> voters.put(rs.getString(1), VoteMode.valueOf(rs.getString(2)))).list();
        return voters;
    }

    /** Who has voted and who has not, open or closed; never a choice. */
    public Turnout turnout(String sessionId) {
        List<String> voted = new ArrayList<>();
        List<String> notVoted = new ArrayList<>();
        int[] written = {0};
        jdbc.sql("SELECT voter_id, has_voted, written FROM ballot_voter WHERE session_id = ? ORDER BY voter_id")
                .param(sessionId).query((rs, n) -> {
                    (rs.getBoolean(2) ? voted : notVoted).add(rs.getString(1));
                    written[0] += rs.getBoolean(2) && rs.getBoolean(3) ? 1 : 0;
                    return null;
                }).list();
        return new Turnout(voted.size() + notVoted.size(), voted.size(), written[0], voted, notVoted);
    }

    /** The counted totals of a closed box. An open box has none: its papers are counted when it closes. */
    public Tally tally(String sessionId) {
        if (isOpen(sessionId)) {
            throw new IllegalStateException("Box " + sessionId + " is open: nothing is counted before it closes");
        }
        Turnout turnout = turnout(sessionId);
        List<Tally.CandidateTotal> totals = jdbc.sql("""
                        SELECT candidate_code AS code, candidate_name AS name, agree_count AS agree,
                               disagree_count AS disagree, blank_count AS blank
                        FROM ballot_candidate WHERE session_id = ? ORDER BY seq""").param(sessionId)
                .query(RecordRows.of(Tally.CandidateTotal.class)).list();
        return new Tally(sessionId, turnout.eligibleVoters(), turnout.votesCast(), turnout.writtenVotes(), totals);
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
            Choice parsed;
            try {
                parsed = Choice.valueOf(s);
            } catch (IllegalArgumentException e) {
                throw new InputRejectedException("Ý kiến '" + s + "' không hợp lệ: chọn đồng ý, không đồng ý hoặc để trống.");
            }
            if (choices.put(c, parsed) != null) {
                throw new InputRejectedException("Phiếu bầu ghi hai lần cho '" + c + "'.");
            }
        }
        return choices;
    }

    private List<String> candidateCodes(String sessionId) {
        return jdbc.sql("SELECT candidate_code FROM ballot_candidate WHERE session_id = ? ORDER BY seq")
                .param(sessionId).query(String.class).list();
    }
}

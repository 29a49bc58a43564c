package vn.tdkt.council;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.tdkt.ballot.BallotBox;
import vn.tdkt.ballot.Tally;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.YearlySequences;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a council session does, step by step, for the thin delegates of {@code council-review}: open the session
 * with the term's members, put the chosen proposals' nominees on the agenda, keep the attendance, open a ballot
 * round, tally it through {@link VoteOutcomeTable}, and say per proposal what the council decided.
 */
@Service
public class CouncilSessions {

    private final CouncilRepository council;
    private final CouncilAgenda agenda;
    private final BallotBox box;
    private final VoteOutcomeTable outcomes;
    private final IdentityService identity;
    private final YearlySequences sequences;
    private final Clock clock;

    public CouncilSessions(CouncilRepository council, CouncilAgenda agenda, BallotBox box, VoteOutcomeTable outcomes,
                           IdentityService identity, YearlySequences sequences, Clock clock) {
        this.council = council;
        this.agenda = agenda;
        this.box = box;
        this.outcomes = outcomes;
        this.identity = identity;
        this.sequences = sequences;
        this.clock = clock;
    }

    public record Opened(String key, List<CouncilRepository.Member> members, CouncilRepository.Member chair) { }

    /** A result sent back to one waiting proposal. */
    public record ProposalResult(String proposalKey, List<Map<String, Object>> councilResults) { }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Opened open(String processInstanceId, String title, LocalDate meetingDate, String createdBy) {
        List<CouncilRepository.Member> members = council.membersOn(meetingDate);
        if (members.isEmpty()) {
            throw new InputRejectedException("Chưa có danh sách thành viên Hội đồng TĐKT tỉnh cho nhiệm kỳ vào ngày "
                    + meetingDate + "; quản trị viên cần nhập danh sách thành viên trước.");
        }
        CouncilRepository.Member chair = members.stream().filter(m -> "CHAIR".equals(m.councilRole())).findFirst()
                .orElseThrow(() -> new InputRejectedException("Danh sách thành viên Hội đồng chưa có Chủ tịch Hội đồng."));
        int year = meetingDate.getYear();
        String key = "HDTDKT-" + year + "-" + String.format("%02d", sequences.next(YearlySequences.Sequence.COUNCIL_SESSION, year));
        council.insertSession(new CouncilRepository.Session(key, processInstanceId, title, meetingDate,
                members.get(0).termCode(), CouncilSessionStatus.PREPARING.name(), members.size(), null, null, null, createdBy, now()));
        council.event(key, "OPENED", title, createdBy, now());
        return new Opened(key, members, chair);
    }

    /** The rows of the secretary's choice: each waiting proposal with its nominees, none ticked. */
    public List<Map<String, Object>> agendaRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CouncilAgenda.WaitingProposal w : agenda.waiting()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("proposalKey", w.proposalKey());
            row.put("unitName", w.unitName());
            row.put("awardName", w.awardName());
            row.put("nominees", String.join("; ", w.nominees().stream().map(CouncilAgenda.Nominee::name).toList()));
            row.put("blockSupervisorOpinion", agenda.blockSupervisorOpinion(w));
            row.put("include", false);
            rows.add(row);
        }
        return rows;
    }

    public Set<String> waitingKeys() {
        Set<String> keys = new LinkedHashSet<>();
        agenda.waiting().forEach(w -> keys.add(w.proposalKey()));
        return keys;
    }

    /** Puts every active nominee of the chosen proposals on the agenda as candidates C1, C2, … */
    public List<CouncilRepository.Candidate> putOnAgenda(String key, List<String> proposalKeys, String actor) {
        Map<String, CouncilAgenda.WaitingProposal> waiting = new LinkedHashMap<>();
        agenda.waiting().forEach(w -> waiting.put(w.proposalKey(), w));
        int seq = 1;
        for (String proposalKey : proposalKeys) {
            CouncilAgenda.WaitingProposal w = waiting.get(proposalKey);
            if (w == null) {
                throw new InputRejectedException("Hồ sơ '" + proposalKey + "' không còn chờ Hội đồng xét.");
            }
            for (CouncilAgenda.Nominee n : w.nominees()) {
                council.insertCandidate(new CouncilRepository.Candidate(key, "C" + seq, proposalKey, n.code(), n.name(),
                        w.unitName(), w.awardTypeCode(), w.voteType(), seq, 0, null, null, null, null, null, null, null));
                seq++;
            }
        }
        council.changeStatus(key, CouncilSessionStatus.AGENDA_SET);
        council.event(key, "AGENDA", (seq - 1) + " trường hợp của " + proposalKeys.size() + " hồ sơ", actor, now());
        return council.candidates(key);
    }

    public List<Map<String, Object>> attendanceRows(List<CouncilRepository.Member> members) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CouncilRepository.Member m : members) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("userId", m.userId());
            row.put("fullName", m.fullName());
            row.put("positionTitle", m.positionTitle());
            row.put("roleLabel", m.roleLabel());
            row.put("attendance", null);
            rows.add(row);
        }
        return rows;
    }

    /**
     * Keeps the attendance the secretary took (statuses by member account, in roster order): only members present
     * vote in person, and only members absent with a written ballot may have one entered.
     */
    public CouncilAttendance.Resolved recordAttendance(String key, CouncilAttendance.Resolved attendance, String actor) {
        attendance.statuses().forEach((user, status) -> council.attendance(key, user, status));
        int present = attendance.with(CouncilAttendance.PRESENT).size();
        int written = attendance.with(CouncilAttendance.ABSENT_WRITTEN).size();
        int absent = attendance.with(CouncilAttendance.ABSENT).size();
        council.attendanceCounts(key, present, written);
        council.event(key, "ATTENDANCE", present + " có mặt, " + written + " vắng có phiếu bằng văn bản, " + absent
                + " vắng không có phiếu", actor, now());
        return attendance;
    }

    /** The choices of the secretary's written-ballot task: the members absent with a written ballot. */
    public static List<Map<String, Object>> writtenVoterOptions(List<Map<String, Object>> roster, List<String> writtenVoters) {
        return roster.stream().filter(m -> writtenVoters.contains((String) m.get("userId")))
                .map(m -> Map.<String, Object>of("label", m.get("fullName") + " – " + m.get("positionTitle"),
                        "value", m.get("userId"))).toList();
    }

    public void postpone(String key, LocalDate newDate, String reason, String actor) {
        council.meetingDate(key, newDate);
        council.changeStatus(key, CouncilSessionStatus.POSTPONED);
        council.event(key, "POSTPONED", "Không đủ túc số; họp lại ngày " + newDate + ". Lý do: " + reason, actor, now());
    }

    /**
     * Opens a ballot round on the given candidates for the members who may vote: present members in person, members
     * absent with a written ballot in writing; returns the box's session id.
     */
    public String openRound(String key, int round, List<CouncilRepository.Candidate> onBallot,
                            Map<String, BallotBox.VoteMode> voters) {
        CouncilRepository.Session s = council.session(key).orElseThrow();
        String id = box.open("COUNCIL", key, s.title() + (round > 0 ? " – bỏ phiếu lại lần " + round : ""),
                onBallot.stream().map(c -> new BallotBox.Candidate(c.code(), ballotLabel(c))).toList(), voters);
        council.round(key, round, id);
        council.changeStatus(key, CouncilSessionStatus.VOTING);
        council.event(key, "BALLOT_OPENED", "Vòng " + (round + 1) + ": " + onBallot.size() + " trường hợp", null, now());
        return id;
    }

    public static String ballotLabel(CouncilRepository.Candidate c) {
        return c.nomineeName() + " (" + c.unitName() + ")";
    }

    /** The ballot paper of a round as the voting forms show it: one row per candidate, no choice yet. */
    public List<Map<String, Object>> ballotPaper(List<CouncilRepository.Candidate> onBallot, Map<String, String> awardNames) {
        List<Map<String, Object>> paper = new ArrayList<>();
        for (CouncilRepository.Candidate c : onBallot) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("candidateCode", c.code());
            row.put("candidateName", ballotLabel(c));
            row.put("awardName", awardNames.getOrDefault(c.awardTypeCode(), c.awardTypeCode()));
            row.put("choice", null);
            paper.add(row);
        }
        return paper;
    }

    public String awardName(String code) {
        return agenda.awardName(code);
    }

    /**
     * Closes the round's box and decides each candidate on it by the table; returns the candidates that go to a
     * revote (a tie the table sends back to the members).
     */
    public List<CouncilRepository.Candidate> tally(String key, int round, String ballotSessionId, String actor) {
        box.close(ballotSessionId);
        CouncilRepository.Session s = council.session(key).orElseThrow();
        Tally tally = box.tally(ballotSessionId);
        Map<String, CouncilRepository.Candidate> byCode = new LinkedHashMap<>();
        council.candidates(key).forEach(c -> byCode.put(c.code(), c));
        List<CouncilRepository.Candidate> revote = new ArrayList<>();
        for (Tally.CandidateTotal t : tally.candidates()) {
            CouncilRepository.Candidate c = byCode.get(t.code());
            VoteOutcomeTable.Outcome o = outcomes.evaluate(new VoteOutcomeTable.Totals(c.voteType(), t.agree(),
                    t.disagree(), t.blank(), s.totalMembers(), tally.votesCast(), round, s.meetingDate()));
            council.result(key, c.code(), round, t.agree(), t.disagree(), t.blank(), tally.votesCast(), o.outcome(),
                    o.reason(), o.thresholdText());
            if (o.revote()) {
                revote.add(c);
            }
        }
        council.event(key, "BALLOT_CLOSED", "Vòng " + (round + 1) + ": " + tally.votesCast() + "/" + tally.eligibleVoters()
                + " phiếu (" + tally.writtenVotes() + " phiếu bằng văn bản)", actor, now());
        return revote;
    }

    /** The council's totals per candidate, for the minutes tasks and the API (never individual ballots). */
    public List<Map<String, Object>> totals(String key) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CouncilRepository.Candidate c : council.candidates(key)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("candidateCode", c.code());
            row.put("nomineeName", c.nomineeName());
            row.put("unitName", c.unitName());
            row.put("awardName", awardName(c.awardTypeCode()));
            row.put("yes", c.yes());
            row.put("no", c.no());
            row.put("blank", c.blank());
            row.put("votesCast", c.votesCast());
            row.put("threshold", c.thresholdText());
            row.put("result", outcomeLabel(c.outcome()) + (c.rounds() > 0 ? " (bỏ phiếu lại " + c.rounds() + " lần)" : ""));
            rows.add(row);
        }
        return rows;
    }

    public static String outcomeLabel(String outcome) {
        if (outcome == null) {
            return "Chưa bỏ phiếu";
        }
        return VoteOutcome.PASSED.is(outcome) ? "Thông qua" : "Không thông qua";
    }

    public void minutesNumbered(String key, String ref, String actor) {
        council.minutesRef(key, ref);
        council.event(key, "MINUTES_SECRETARY", ref, actor, now());
    }

    public void minutesReturned(String key, String note, String actor) {
        council.event(key, "MINUTES_RETURNED", note, actor, now());
    }

    /** The day the session met (the new day after a postponement): the day of its minutes. */
    public LocalDate meetingDate(String key) {
        return council.session(key).map(CouncilRepository.Session::meetingDate).orElse(null);
    }

    /** The chair confirmed the minutes: the session is closed; one result per waiting proposal. */
    public List<ProposalResult> close(String key, String actor) {
        CouncilRepository.Session s = council.session(key).orElseThrow();
        council.event(key, "MINUTES_CHAIR", "Chủ tọa xác nhận biên bản", actor, now());
        council.close(key, now());
        Map<String, List<Map<String, Object>>> byProposal = new LinkedHashMap<>();
        for (CouncilRepository.Candidate c : council.candidates(key)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("nomineeCode", c.nomineeCode());
            r.put("passed", VoteOutcome.PASSED.is(c.outcome()));
            r.put("yesVotes", Objects.requireNonNullElse(c.yes(), 0));
            r.put("totalMembers", s.totalMembers());
            byProposal.computeIfAbsent(c.proposalKey(), k -> new ArrayList<>()).add(r);
        }
        return byProposal.entrySet().stream().map(e -> new ProposalResult(e.getKey(), e.getValue())).toList();
    }

    public CouncilMinutesData minutesData(String key) {
        CouncilRepository.Session s = council.session(key).orElseThrow();
        Map<String, String> attendance = council.attendance(key);
        List<CouncilRepository.Member> members = council.membersOn(s.meetingDate());
        List<CouncilMinutesData.MemberLine> memberLines = members.stream().map(m -> new CouncilMinutesData.MemberLine(
                m.fullName(), m.positionTitle(), m.roleLabel(), attendanceLabel(attendance.get(m.userId())))).toList();
        List<CouncilMinutesData.CandidateLine> lines = council.candidates(key).stream()
                .map(c -> new CouncilMinutesData.CandidateLine(c.seq(), c.nomineeName(), c.unitName(),
                        awardName(c.awardTypeCode()), nz(c.yes()), nz(c.no()), nz(c.blank()), nz(c.votesCast()),
                        c.rounds(), c.thresholdText() == null ? "" : c.thresholdText(), outcomeLabel(c.outcome()),
                        c.outcomeReason() == null ? "" : c.outcomeReason())).toList();
        String chair = members.stream().filter(m -> "CHAIR".equals(m.councilRole())).map(CouncilRepository.Member::fullName)
                .findFirst().orElse("");
        String secretary = council.events(key).stream().filter(e -> "MINUTES_SECRETARY".equals(e.stage()))
                .reduce((a, b) -> b).map(e -> fullName(e.actor())).orElse("");
        String quorumText = s.presentMembers() == null ? "" : "Có mặt " + s.presentMembers() + "/" + s.totalMembers()
                + " thành viên; " + nz(s.writtenMembers()) + " thành viên vắng gửi phiếu bằng văn bản.";
        return new CouncilMinutesData(key, s.title(), s.meetingDate(), s.termCode(), s.totalMembers(),
                nz(s.presentMembers()), nz(s.writtenMembers()), quorumText, memberLines, lines, s.minutesRef(),
                secretary, chair);
    }

    private String fullName(String userId) {
        if (userId == null) {
            return "";
        }
        User u = SystemCalls.asSystem(() -> identity.createUserQuery().userId(userId).singleResult());
        return u == null ? userId : (u.getFirstName() + " " + u.getLastName()).trim();
    }

    static String attendanceLabel(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "PRESENT" -> "Có mặt";
            case "ABSENT_WRITTEN" -> "Vắng, gửi phiếu bằng văn bản";
            default -> "Vắng";
        };
    }

    private static int nz(Integer v) {
        return v == null ? 0 : v;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

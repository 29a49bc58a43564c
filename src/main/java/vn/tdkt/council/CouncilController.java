package vn.tdkt.council;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.ballot.BallotBox;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.refusal.Refusal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The council through /api: membership per term (read by anyone signed in, replaced by administrators), the
 * sessions with their attendance, agenda and per-candidate totals once a round is counted, who has voted in the
 * open round (never who voted how, never a running total), and the minutes as PDF.
 */
@RestController
@RequestMapping("/api/council")
public class CouncilController {

    private final CouncilRepository council;
    private final CouncilSessions sessions;
    private final CouncilAccess access;
    private final CouncilMinutesPdf minutesPdf;
    private final BallotBox box;
    private final IdentityService identity;

    public CouncilController(CouncilRepository council, CouncilSessions sessions, CouncilAccess access,
                             CouncilMinutesPdf minutesPdf, BallotBox box, IdentityService identity) {
        this.council = council;
        this.sessions = sessions;
        this.access = access;
        this.minutesPdf = minutesPdf;
        this.box = box;
        this.identity = identity;
    }

    @GetMapping("/members")
    public List<CouncilRepository.Member> members(@RequestParam(required = false) String date) {
        return council.membersOn(date == null ? sessions.today() : parseDate(date, "date"));
    }

    public record TermRequest(String from, String to, List<MemberRequest> members) { }

    public record MemberRequest(String userId, String fullName, String positionTitle, String councilRole) { }

    /** Replaces a term's membership; exactly one chair, every member a known user. */
    @PutMapping("/terms/{termCode}")
    @Transactional
    public List<CouncilRepository.Member> replaceTerm(@PathVariable String termCode, @RequestBody TermRequest request) {
        List<String> problems = new ArrayList<>();
        if (!termCode.matches("[A-Za-z0-9._-]{1,40}")) {
            problems.add("Mã nhiệm kỳ chỉ gồm chữ, số, dấu chấm, gạch (tối đa 40 ký tự).");
        }
        LocalDate from = request == null || request.from() == null ? null : parseDate(request.from(), "from");
        LocalDate to = request == null || request.to() == null ? null : parseDate(request.to(), "to");
        if (from == null) {
            problems.add("Thiếu ngày bắt đầu nhiệm kỳ (from).");
        } else if (to != null && to.isBefore(from)) {
            problems.add("Ngày kết thúc nhiệm kỳ trước ngày bắt đầu.");
        }
        List<MemberRequest> members = request == null || request.members() == null ? List.of() : request.members();
        if (members.isEmpty()) {
            problems.add("Nhiệm kỳ phải có danh sách thành viên.");
        }
        Set<String> seen = new HashSet<>();
        int chairs = 0;
        List<CouncilRepository.Member> rows = new ArrayList<>();
        for (MemberRequest m : members) {
            if (m == null || m.userId() == null || !seen.add(m.userId())
                    || SystemCalls.asSystem(() -> identity.createUserQuery().userId(m.userId()).count()) == 0) {
                problems.add("Thành viên '" + (m == null ? null : m.userId()) + "' không phải người dùng của hệ thống"
                        + " hoặc bị ghi hai lần.");
                continue;
            }
            if (!Set.of("CHAIR", "VICE_CHAIR", "MEMBER").contains(m.councilRole())) {
                problems.add("Vai trò của '" + m.userId() + "' phải là CHAIR, VICE_CHAIR hoặc MEMBER.");
            }
            if (m.fullName() == null || m.fullName().isBlank() || m.fullName().length() > 255
                    || m.positionTitle() == null || m.positionTitle().isBlank() || m.positionTitle().length() > 500) {
                problems.add("Thiếu họ tên hoặc chức vụ của '" + m.userId() + "'.");
            }
            chairs += "CHAIR".equals(m.councilRole()) ? 1 : 0;
            rows.add(new CouncilRepository.Member(termCode, from, to, m.userId(), m.fullName(), m.positionTitle(),
                    m.councilRole(), rows.size() + 1));
        }
        if (!members.isEmpty() && chairs != 1) {
            problems.add("Nhiệm kỳ phải có đúng một Chủ tịch Hội đồng (CHAIR).");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("INVALID_COUNCIL_TERM", "Danh sách thành viên Hội đồng không hợp lệ.", problems);
        }
        council.replaceTerm(termCode, from, to, rows);
        return rows;
    }

    @GetMapping("/sessions")
    public List<CouncilRepository.Session> sessions(Authentication caller) {
        access.checkRead(caller);
        return council.sessions();
    }

    @GetMapping("/sessions/{key}")
    public Map<String, Object> session(@PathVariable String key, Authentication caller) {
        access.checkRead(caller);
        CouncilRepository.Session s = find(key);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("session", s);
        view.put("candidates", sessions.totals(key));
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (String ballot : council.ballotSessions(key)) {
            // who has voted, as the paper signature list; totals exist only once the box is closed and counted
            BallotBox.Turnout t = box.turnout(ballot);
            boolean open = box.isOpen(ballot);
            Map<String, Object> round = new LinkedHashMap<>();
            round.put("open", open);
            round.put("eligibleVoters", t.eligibleVoters());
            round.put("votesCast", t.votesCast());
            round.put("writtenVotes", t.writtenVotes());
            round.put("voted", t.voted());
            round.put("notVoted", t.notVoted());
            round.put("totals", open ? List.of() : box.tally(ballot).candidates());
            rounds.add(round);
        }
        view.put("rounds", rounds);
        view.put("events", council.events(key));
        return view;
    }

    @GetMapping("/sessions/{key}/minutes.pdf")
    public ResponseEntity<byte[]> minutes(@PathVariable String key, Authentication caller) {
        access.checkRead(caller);
        CouncilRepository.Session s = find(key);
        if (council.candidates(key).stream().anyMatch(c -> c.outcome() == null)) {
            throw Refusal.invalid("NOT_COUNTED", "Phiên họp " + key + " chưa kiểm phiếu xong: chưa có biên bản.");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("bien-ban-" + s.businessKey() + ".pdf").build().toString())
                .body(minutesPdf.render(sessions.minutesData(key)));
    }

    private CouncilRepository.Session find(String key) {
        return council.session(key).orElseThrow(() -> Refusal.notFound("NO_SESSION",
                "Không có phiên họp " + key + "."));
    }

    private static LocalDate parseDate(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("INVALID_DATE", "'" + name + "' phải là ngày dạng năm-tháng-ngày, ví dụ 2026-12-15.");
        }
    }
}

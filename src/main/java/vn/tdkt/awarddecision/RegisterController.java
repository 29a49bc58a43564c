package vn.tdkt.awarddecision;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.Today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /api/register: the office's register of outgoing documents (sổ đăng ký văn bản đi of Văn phòng UBND tỉnh), the one
 * the decisions' numbers come from. The office (its officers and head) takes the next number for a document issued
 * outside this application ({@code POST /numbers}) or enters a number it took by hand in the paper register
 * ({@code POST /paper-numbers}) so that the application never hands it out; the office and the province's roles read
 * the year's entries ({@code GET}). Every number taken is in the audit chain.
 */
@RestController
@RequestMapping("/api/register")
public class RegisterController {

    /** The office takes the next number: the document's subject (trích yếu), its day (today by default). */
    public record NumberRequest(String subject, LocalDate issuedOn) { }

    /** A number taken in the paper register: as written there ("15" or "15/QĐ-UBND"), its day and subject. */
    public record PaperNumberRequest(String number, String subject, LocalDate issuedOn) { }

    /** The register's format and the year's entries. */
    public record RegisterView(int year, String symbol, int minDigits, boolean restartEachYear, int lastNumber,
                               List<Line> entries) { }

    /** An entry as the page shows it. */
    public record Line(long id, String number, LocalDate issuedOn, String subject, String takenBy, String source,
                       String sourceLabel, Long decisionId) {
        static Line of(RegisterEntry e) {
            return new Line(e.id(), e.number(), e.issuedOn(), e.subject(), e.takenBy(), e.source().name(),
                    e.sourceLabel(), e.decisionId());
        }
    }

    private static final int MAX_SUBJECT = 500;

    private final DecisionNumbering numbering;
    private final DecisionAccess access;
    private final DecisionProperties properties;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    public RegisterController(DecisionNumbering numbering, DecisionAccess access, DecisionProperties properties,
                              AuditTrail audit, Clock clock, Today today) {
        this.numbering = numbering;
        this.access = access;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    @GetMapping
    public RegisterView register(@RequestParam(required = false) Integer year, Authentication caller) {
        if (!access.mayReadRegister(caller)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN", "Chỉ Văn phòng UBND tỉnh, lãnh đạo tỉnh, Sở Nội"
                    + " vụ, Thư ký Hội đồng Thi đua - Khen thưởng và thanh tra được xem sổ văn bản đi.", List.of());
        }
        int y = year != null ? year : today.year();
        return new RegisterView(y, numbering.format().symbol(), numbering.format().minDigits(),
                properties.register().restartEachYear(), numbering.last(y),
                numbering.entries(y).stream().map(Line::of).toList());
    }

    @PostMapping("/numbers")
    @Transactional
    public ResponseEntity<Line> take(@RequestBody(required = false) NumberRequest request, Authentication caller) {
        access.checkOffice(caller, "lấy số văn bản đi");
        NumberRequest r = request != null ? request : new NumberRequest(null, null);
        String subject = subject(r.subject());
        LocalDate day = day(r.issuedOn());
        RegisterEntry entry = numbering.take(day, subject, caller.getName(), RegisterEntry.Source.OFFICE);
        audited(entry, caller.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(Line.of(entry));
    }

    @PostMapping("/paper-numbers")
    @Transactional
    public ResponseEntity<Line> recordFromPaper(@RequestBody(required = false) PaperNumberRequest request,
                                               Authentication caller) {
        access.checkOffice(caller, "ghi vào sổ văn bản đi số đã lấy trên sổ giấy");
        PaperNumberRequest r = request != null ? request : new PaperNumberRequest(null, null, null);
        if (r.number() == null || r.number().isBlank()) {
            throw Refusal.invalid("REGISTER_NUMBER_REQUIRED", "Chưa ghi số đã lấy trên sổ giấy.");
        }
        String subject = subject(r.subject());
        LocalDate day = day(r.issuedOn());
        RegisterEntry entry = numbering.recordFromPaper(r.number(), day, subject, caller.getName());
        audited(entry, caller.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(Line.of(entry));
    }

    private static String subject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw Refusal.invalid("REGISTER_SUBJECT_REQUIRED", "Chưa ghi trích yếu nội dung văn bản.");
        }
        if (subject.strip().length() > MAX_SUBJECT) {
            throw Refusal.invalid("REGISTER_SUBJECT_TOO_LONG", "Trích yếu dài quá " + MAX_SUBJECT + " ký tự.");
        }
        return subject.strip();
    }

    /** The document's day: today by default; never in the future, never before the register's year. */
    private LocalDate day(LocalDate issuedOn) {
        LocalDate now = LocalDate.now(clock);
        LocalDate day = issuedOn != null ? issuedOn : now;
        if (day.isAfter(now)) {
            throw Refusal.invalid("REGISTER_DAY_IN_FUTURE", "Ngày văn bản " + VietnameseDates.longForm(day)
                    + " chưa đến; sổ văn bản đi chỉ ghi văn bản đã ban hành.");
        }
        if (day.getYear() < now.getYear() - 1) {
            throw Refusal.invalid("REGISTER_DAY_TOO_OLD", "Ngày văn bản " + VietnameseDates.longForm(day)
                    + " thuộc sổ của năm đã khóa; chỉ ghi văn bản của năm nay và năm trước.");
        }
        return day;
    }

    private void audited(RegisterEntry entry, String userId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("entryId", entry.id());
        details.put("number", entry.number());
        details.put("issuedOn", entry.issuedOn().toString());
        details.put("subject", entry.subject());
        details.put("source", entry.source().name());
        details.put("fromPaper", entry.recordedFromPaper());
        audit.record(AuditRecord.domain(AuditKind.REGISTER_NUMBER_TAKEN, clock.instant(), null, null, userId,
                entry.number(), details));
    }
}

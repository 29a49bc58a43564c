package vn.tdkt.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.refusal.Refusal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The auditor's API (read-only; auditors and administrators, see SecurityConfig): search proposals, one
 * proposal's timeline as JSON, CSV and PDF, a whole year as CSV, and the check of the audit chain.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    private static final Pattern BUSINESS_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final AuditSearch search;
    private final ProposalTimelines timelines;
    private final AuditLedger ledger;
    private final TimelinePdf pdf;
    private final EngineTimelineVocabulary vocabulary;
    private final Clock clock;

    AuditController(AuditSearch search, ProposalTimelines timelines, AuditLedger ledger, TimelinePdf pdf,
                    EngineTimelineVocabulary vocabulary, Clock clock) {
        this.search = search;
        this.timelines = timelines;
        this.ledger = ledger;
        this.pdf = pdf;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @GetMapping("/proposals")
    public List<AuditedProposal> proposals(@RequestParam(required = false) String unit,
                                           @RequestParam(required = false) String person,
                                           @RequestParam(required = false) String award,
                                           @RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) String status) {
        return search.search(new AuditSearch.Criteria(unit, person, award, year, status));
    }

    public record Timeline(AuditedProposal proposal, List<TimelineEntry> entries) { }

    @GetMapping("/proposals/{businessKey}/timeline")
    public Timeline timeline(@PathVariable String businessKey) {
        AuditedProposal p = proposal(businessKey);
        return new Timeline(p, timelines.timeline(p.businessKey(), p.processInstanceId()));
    }

    @GetMapping("/proposals/{businessKey}/timeline.csv")
    public ResponseEntity<byte[]> timelineCsv(@PathVariable String businessKey) {
        AuditedProposal p = proposal(businessKey);
        StringWriter text = new StringWriter();
        TimelineCsv csv = new TimelineCsv(text);
        csv.header();
        csv.rows(timelines.timeline(p.businessKey(), p.processInstanceId()));
        return file(text.toString().getBytes(StandardCharsets.UTF_8), "nhat-ky-" + p.businessKey() + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/proposals/{businessKey}/timeline.pdf")
    public ResponseEntity<byte[]> timelinePdf(@PathVariable String businessKey, Authentication caller) {
        AuditedProposal p = proposal(businessKey);
        TimelineVocabulary words = vocabulary.session();
        String name = words.userName(caller.getName());
        byte[] body = pdf.render(p, timelines.timeline(p.businessKey(), p.processInstanceId(), words), ledger.verify(),
                OffsetDateTime.now(clock), name == null ? caller.getName() : name + " (" + caller.getName() + ")");
        return file(body, "nhat-ky-" + p.businessKey() + ".pdf", MediaType.APPLICATION_PDF);
    }

    /** Every proposal of the year with its whole timeline, streamed: a province's year does not fit a page. */
    @GetMapping("/years/{year}/timeline.csv")
    public void yearCsv(@PathVariable int year, HttpServletResponse response) throws IOException {
        List<AuditedProposal> proposals = new ArrayList<>(search.search(
                new AuditSearch.Criteria(null, null, null, year, null), Integer.MAX_VALUE));
        proposals.sort(Comparator.comparing(AuditedProposal::businessKey));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("nhat-ky-nam-" + year + ".csv", StandardCharsets.UTF_8).build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        TimelineCsv csv = new TimelineCsv(out);
        csv.header();
        TimelineVocabulary words = vocabulary.session();
        for (AuditedProposal p : proposals) {
            csv.rows(timelines.timeline(p.businessKey(), p.processInstanceId(), words));
        }
        out.flush();
    }

    @GetMapping("/chain/verify")
    public ChainVerification verify() {
        return ledger.verify();
    }

    /** The last link without checking the chain: cheap, for anchoring the hash elsewhere. */
    @GetMapping("/chain/head")
    public AuditLedger.Head head() {
        return ledger.head();
    }

    private AuditedProposal proposal(String businessKey) {
        if (!BUSINESS_KEY.matcher(businessKey).matches()) {
            throw Refusal.invalid("INVALID_BUSINESS_KEY", "Mã hồ sơ '" + businessKey + "' không hợp lệ.");
        }
        return search.find(businessKey).orElseThrow(() -> Refusal.notFound("PROPOSAL_NOT_FOUND",
                "Không có hồ sơ đề nghị khen thưởng mã '" + businessKey + "'."));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}

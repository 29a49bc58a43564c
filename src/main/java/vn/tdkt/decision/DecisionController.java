package vn.tdkt.decision;

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
import vn.tdkt.decision.pdf.CertificatePdf;
import vn.tdkt.decision.pdf.DecisionPdf;
import vn.tdkt.registry.common.Today;
import vn.tdkt.web.ApiException;

import java.util.List;

/**
 * /api/decisions: the register of commendation decisions, each decision with its awardees, its PDF and the
 * certificate of each awardee. Reading is limited by {@link DecisionAccess}; the list shows the caller only the
 * decisions they may read.
 */
@RestController
@RequestMapping("/api/decisions")
public class DecisionController {

    private final DecisionService service;
    private final DecisionAccess access;
    private final DecisionPdf decisionPdf;
    private final CertificatePdf certificatePdf;
    private final Today today;

    public DecisionController(DecisionService service, DecisionAccess access, DecisionPdf decisionPdf,
                              CertificatePdf certificatePdf, Today today) {
        this.service = service;
        this.access = access;
        this.decisionPdf = decisionPdf;
        this.certificatePdf = certificatePdf;
        this.today = today;
    }

    /** Decisions issued in the year (this year by default), in number order. */
    @GetMapping
    public List<DecisionSummary> list(@RequestParam(required = false) Integer year, Authentication caller) {
        int issuingYear = year != null ? year : today.year();
        return service.listByYear(issuingYear).stream()
                .filter(d -> access.mayRead(caller, d.ownerUnitCode())).toList();
    }

    @GetMapping("/{id}")
    public DecisionView get(@PathVariable long id, Authentication caller) {
        return readable(id, caller);
    }

    @GetMapping("/{id}/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication caller) {
        DecisionView decision = readable(id, caller);
        return pdf(decisionPdf.render(decision), PdfFileNames.decision(decision));
    }

    @GetMapping("/{id}/awardees/{awardeeId}/certificate.pdf")
    public ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long awardeeId,
                                              Authentication caller) {
        DecisionView decision = readable(id, caller);
        DecisionView.Awardee awardee = decision.awardee(awardeeId).orElseThrow(() -> ApiException.notFound(
                "AWARDEE_NOT_FOUND", "Quyết định số " + decision.number() + " không có người được khen mang mã "
                        + awardeeId + "."));
        return pdf(certificatePdf.render(decision, awardee), PdfFileNames.certificate(decision, awardee));
    }

    private DecisionView readable(long id, Authentication caller) {
        DecisionView decision = service.get(id);
        access.checkRead(caller, decision);
        return decision;
    }

    /** No produces= on the mappings: refusals still go out as JSON through the exception handler. */
    private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(content);
    }
}

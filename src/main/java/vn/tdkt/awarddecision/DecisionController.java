package vn.tdkt.awarddecision;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tdkt.awarddecision.pdf.CertificatePdf;
import vn.tdkt.awarddecision.pdf.DecisionPdf;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.Today;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * /api/decisions: the register of commendation decisions, each decision with its awardees, its PDF and the
 * certificate of each awardee. Reading is limited by {@link DecisionAccess}; the list shows the caller only the
 * decisions they may read.
 * <p>
 * A decision's PDF ({@code /pdf}) is its signed original once Văn phòng UBND tỉnh recorded it
 * ({@code POST /signed-original}); before, the generated text marked "BẢN CHƯA KÝ" on every page. The generated text
 * stays available as {@code /electronic-copy.pdf}, marked "BẢN ĐIỆN TỬ" once the original is recorded.
 */
@RestController
@RequestMapping("/api/decisions")
public class DecisionController {

    private final AwardDecisionService service;
    private final DecisionAccess access;
    private final DecisionPdf decisionPdf;
    private final CertificatePdf certificatePdf;
    private final Today today;
    private final SignedOriginals originals;

    public DecisionController(AwardDecisionService service, DecisionAccess access, DecisionPdf decisionPdf,
                              CertificatePdf certificatePdf, Today today, SignedOriginals originals) {
        this.originals = originals;
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

    /** The signed original once recorded; until then the generated text, marked "BẢN CHƯA KÝ" on every page. */
    @GetMapping("/{id}/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication caller) {
        DecisionView decision = readable(id, caller);
        if (decision.signed()) {
            byte[] original = originals.content(id).orElseThrow();
            return pdf(original, PdfFileNames.signedOriginal(decision));
        }
        return pdf(decisionPdf.render(decision), PdfFileNames.decision(decision));
    }

    /** The generated text: "BẢN CHƯA KÝ" before the signed original is recorded, "BẢN ĐIỆN TỬ" after. */
    @GetMapping("/{id}/electronic-copy.pdf")
    public ResponseEntity<byte[]> electronicCopy(@PathVariable long id, Authentication caller) {
        DecisionView decision = readable(id, caller);
        return pdf(decisionPdf.render(decision), decision.signed() ? PdfFileNames.electronicCopy(decision)
                : PdfFileNames.decision(decision));
    }

    /**
     * Văn phòng UBND tỉnh records the scan of the decision as signed and stamped (multipart: {@code file}, a PDF;
     * {@code reason} when it replaces the one recorded, which only the office's head may do). 201 with the decision.
     */
    @PostMapping("/{id}/signed-original")
    public ResponseEntity<DecisionView> recordSignedOriginal(@PathVariable long id,
                                                             @RequestParam(value = "file", required = false)
                                                             MultipartFile file,
                                                             @RequestParam(value = "reason", required = false)
                                                             String reason,
                                                             Authentication caller) {
        DecisionView decision = service.get(id);
        access.checkOffice(caller, "ghi nhận bản chính đã ký của quyết định số " + decision.number());
        if (decision.signed()) {
            access.checkOfficeHead(caller, decision);
        }
        if (file == null) {
            throw Refusal.invalid("FILE_REQUIRED", "Chưa chọn tệp: hãy chọn tệp PDF quét từ bản quyết định đã"
                    + " ký và đóng dấu.");
        }
        originals.record(decision, file.getOriginalFilename(), bytes(file), reason, caller.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(service.get(id));
    }

    @GetMapping("/{id}/awardees/{awardeeId}/certificate.pdf")
    public ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long awardeeId,
                                              Authentication caller) {
        DecisionView decision = readable(id, caller);
        DecisionView.Awardee awardee = decision.awardee(awardeeId).orElseThrow(() -> Refusal.notFound(
                "AWARDEE_NOT_FOUND", "Quyết định số " + decision.number() + " không có người được khen mang mã "
                        + awardeeId + "."));
        return pdf(certificatePdf.render(decision, awardee), PdfFileNames.certificate(decision, awardee));
    }

    private DecisionView readable(long id, Authentication caller) {
        DecisionView decision = service.get(id);
        access.checkRead(caller, decision);
        return decision;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    /** No produces= on the mappings: refusals still go out as JSON through the exception handler. */
    private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(content);
    }
}

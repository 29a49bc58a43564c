package vn.tdkt.revocation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.proposal.ProposalAccess;
import vn.tdkt.refusal.Refusal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revocations as the standing agency, the council, the chairman and the auditors read them (all of them), and as
 * a unit reads them (those naming an award of one of its people or itself, its own awards only); the annulment
 * decision as a PDF once signed; the choices of the start form.
 */
@RestController
@RequestMapping("/api/revocations")
public class RevocationController {

    /** A revocation in a list. */
    public record RevocationSummary(long id, String code, String decisionNumber, LocalDate decisionDate,
                                    String status, String statusText, String grounds, String annulmentNumber,
                                    LocalDate annulmentDate, Instant createdAt) { }

    /** An award a revocation names, with its recovery. */
    public record ItemView(long awardRecordId, String unitCode, String name, String awardTypeName, int awardYear,
                           String objectReturned, BigDecimal bonusRefunded, LocalDate refundDate, String receiptRef,
                           boolean recoveryOverdue, boolean recoveryConfirmed) { }

    /** A revocation with the awards the caller may see. */
    public record RevocationDetail(RevocationSummary revocation, String source, String complaintRef, String reasons,
                                   String evidence, boolean throughCouncil, boolean aboveProvince,
                                   String councilOpinion, String councilRef, LocalDate councilDate,
                                   String signerTitle, String signerName, Instant recoveryDue,
                                   List<ItemView> awards, String signedBy, boolean signedByUnitHead) { }

    private final RevocationRepository revocations;
    private final AnnulmentDecisionPdf pdf;

    public RevocationController(RevocationRepository revocations, AnnulmentDecisionPdf pdf) {
        this.revocations = revocations;
        this.pdf = pdf;
    }

    /** The decisions with an award in force, for the start form's select: "number|date". */
    @GetMapping("/decision-options")
    public List<Map<String, String>> decisionOptions(Authentication caller) {
        provinceWide(caller);
        return revocations.decisionsInForce().stream().map(d -> Map.of("label", "Quyết định số " + d.decisionNumber()
                + " ngày " + RevocationService.VN_DATE.format(d.decisionDate())
                + (d.decisionAuthority() == null ? "" : " của " + d.decisionAuthority()) + " (" + d.recipientName()
                + " khen thưởng)", "value", d.decisionNumber() + "|" + d.decisionDate())).toList();
    }

    /** The awards in force no running revocation names, for the start form's taglist. */
    @GetMapping("/award-options")
    public List<Map<String, String>> awardOptions(Authentication caller) {
        provinceWide(caller);
        return revocations.revocableAwards().stream().map(a -> Map.of("label", a.recipientName() + " – "
                + a.awardTypeName() + " năm " + a.awardYear() + " – QĐ số " + a.decisionNumber() + " ngày "
                + RevocationService.VN_DATE.format(a.decisionDate()), "value", String.valueOf(a.id()))).toList();
    }

    /** The revocations the caller may read. */
    @GetMapping
    public List<RevocationSummary> list(Authentication caller) {
        Set<String> groups = ProposalAccess.groups(caller);
        List<RevocationRepository.Revocation> all = ProposalAccess.provinceWide(groups) ? revocations.all()
                : revocations.ofUnits(ProposalAccess.ownUnits(groups));
        return all.stream().map(RevocationController::summary).toList();
    }

    @GetMapping("/{id}")
    public RevocationDetail detail(@PathVariable long id, Authentication caller) {
        RevocationRepository.Revocation r = readable(id, caller);
        Set<String> groups = ProposalAccess.groups(caller);
        boolean all = ProposalAccess.provinceWide(groups);
        Set<String> own = ProposalAccess.ownUnits(groups);
        List<ItemView> items = revocations.items(id).stream().filter(i -> all || own.contains(i.recipientUnitCode()))
                .map(i -> new ItemView(i.awardRecordId(), i.recipientUnitCode(), i.displayName(), i.awardTypeName(),
                        i.awardYear(), i.objectReturned() == null ? null : i.objectReturned() ? "Đã nộp lại"
                        : "Chưa nộp lại", i.bonusRefunded(), i.refundDate(), i.receiptRef(), i.recoveryOverdue(),
                        i.recoveryConfirmed())).toList();
        return new RevocationDetail(summary(r), r.source().label(), r.complaintRef(), all ? r.reasons() : null,
                all ? r.evidence() : null, r.throughCouncil(), r.aboveProvince(), r.councilOpinion(), r.councilRef(),
                r.councilDate(), r.signerTitle(), r.signerName(), r.recoveryDue(), items, signedBy(r),
                r.signedByUnitHead());
    }

    /** Who signed the annulment, in words: the unit head, the chairman (or a vice-chairman for him), the centre. */
    static String signedBy(RevocationRepository.Revocation r) {
        if (r.annulmentNumber() == null) {
            return null;
        }
        if (r.signerTitle() == null) {
            return "Cấp Trung ương";
        }
        String title = r.signedByUnitHead() ? r.signerTitle()
                : r.signerTitle().startsWith("KT.") ? "Phó Chủ tịch UBND tỉnh (KT. Chủ tịch)" : "Chủ tịch UBND tỉnh";
        return title + (r.signerName() == null || r.signerName().isBlank() ? "" : " – " + r.signerName());
    }

    @GetMapping("/{id}/decision.pdf")
    public ResponseEntity<byte[]> decision(@PathVariable long id, Authentication caller) {
        RevocationRepository.Revocation r = readable(id, caller);
        if (r.signedByUnitHead()) {
            throw Refusal.notFound("REVOCATION_UNIT_DECISION", "Quyết định hủy bỏ số " + r.annulmentNumber()
                    + " do " + r.signerTitle() + " ký và ban hành trên văn bản của đơn vị; hệ thống không in quyết"
                    + " định này.");
        }
        if (r.annulmentNumber() == null || r.aboveProvince()) {
            throw Refusal.notFound("REVOCATION_NO_DECISION", "Hồ sơ " + r.code()
                    + " chưa có quyết định hủy bỏ của Chủ tịch UBND tỉnh.");
        }
        byte[] body = pdf.render(r, revocations.items(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("quyet-dinh-huy-bo-" + r.code() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private RevocationRepository.Revocation readable(long id, Authentication caller) {
        RevocationRepository.Revocation r = revocations.find(id).orElseThrow(() ->
                Refusal.notFound("REVOCATION_NOT_FOUND", "Không có hồ sơ hủy bỏ khen thưởng số " + id + "."));
        Set<String> groups = ProposalAccess.groups(caller);
        if (ProposalAccess.provinceWide(groups)) {
            return r;
        }
        Set<String> own = ProposalAccess.ownUnits(groups);
        if (revocations.items(id).stream().noneMatch(i -> own.contains(i.recipientUnitCode()))) {
            throw Refusal.forbidden("REVOCATION_NOT_YOURS", "Hồ sơ hủy bỏ " + r.code()
                    + " không có khen thưởng nào của đơn vị bạn.");
        }
        return r;
    }

    private static void provinceWide(Authentication caller) {
        if (!ProposalAccess.provinceWide(ProposalAccess.groups(caller))) {
            throw Refusal.forbidden("REVOCATION_SPECIALIST_ONLY", "Chỉ cơ quan thường trực (Sở Nội vụ) lập đề nghị"
                    + " hủy bỏ khen thưởng.");
        }
    }

    private static RevocationSummary summary(RevocationRepository.Revocation r) {
        return new RevocationSummary(r.id(), r.code(), r.decisionNumber(), r.decisionDate(), r.status().name(),
                r.status().label(), String.join("; ", r.groundList().stream().map(RevocationGround::label).toList()),
                r.annulmentNumber(), r.annulmentDate(), r.createdAt());
    }
}

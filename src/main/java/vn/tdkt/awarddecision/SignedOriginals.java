package vn.tdkt.awarddecision;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.documents.ContentSniffer;
import vn.tdkt.documents.FileFormat;
import vn.tdkt.documents.FileNames;
import vn.tdkt.documents.Sizes;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.refusal.Refusal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The signed originals of the decisions: the scan of each decision as signed and stamped on paper, recorded by Văn
 * phòng UBND tỉnh. Until it is recorded the decision's PDF is the generated text marked "BẢN CHƯA KÝ"; once recorded,
 * the decision's PDF is the scan. One signed original per decision: a replacement (a wrong or incomplete scan) needs a
 * reason and is a new version, the earlier kept; access is checked by the caller ({@link DecisionAccess}) for the
 * decision as it read it: when a signed original was recorded since, the recording is refused (409).
 */
@Service
public class SignedOriginals {

    private static final int MAX_REASON = 500;

    private final DecisionRepository decisions;
    private final SignedOriginalCheck check;
    private final AuditTrail audit;
    private final IdentityService identity;
    private final Clock clock;
    private final long maxSizeBytes;

    public SignedOriginals(DecisionRepository decisions, SignedOriginalCheck check, AuditTrail audit,
                           IdentityService identity, Clock clock, DecisionProperties properties) {
        this.decisions = decisions;
        this.check = check;
        this.audit = audit;
        this.identity = identity;
        this.clock = clock;
        this.maxSizeBytes = properties.signedOriginal().maxSizeBytes();
    }

    public long maxSizeBytes() {
        return maxSizeBytes;
    }

    /**
     * Records the file as the decision's signed original (version 1), or as its replacement when one is recorded
     * ({@code replacing}: the reason is then required). 400 for a file that is not a PDF by its content, empty, too
     * large or unreadable, nothing stored; 409 when someone recorded one for the decision meanwhile.
     */
    @Transactional
    public DecisionView.SignedOriginal record(DecisionView decision, String rawFileName, byte[] content, String reason,
                                              String userId) {
        int expectedVersion = decision.signed() ? decision.signedOriginal().version() : 0;
        String fileName = FileNames.sanitise(rawFileName);
        if (content == null || content.length == 0) {
            throw Refusal.invalid("EMPTY_FILE", "Tệp '" + fileName + "' rỗng (0 byte); hãy chọn lại tệp.");
        }
        if (content.length > maxSizeBytes) {
            throw Refusal.invalid("FILE_TOO_LARGE", "Tệp '" + fileName + "' có dung lượng "
                    + Sizes.format(content.length) + ", vượt mức tối đa " + Sizes.format(maxSizeBytes)
                    + " của bản chính đã ký.");
        }
        if (ContentSniffer.detect(content).orElse(null) != FileFormat.PDF) {
            throw Refusal.invalid("SIGNED_ORIGINAL_NOT_PDF", "Nội dung tệp '" + fileName + "' không phải"
                    + " PDF: bản chính đã ký phải là tệp PDF quét từ bản giấy có chữ ký và đóng dấu.");
        }
        Optional<DecisionView.SignedOriginal> current = decisions.signedOriginal(decision.id());
        if (current.map(DecisionView.SignedOriginal::version).orElse(0) != expectedVersion) {
            throw changed(decision);
        }
        String why = reason == null ? null : reason.strip().replaceAll("\\s+", " ");
        if (current.isPresent() && (why == null || why.isEmpty())) {
            throw Refusal.invalid("REPLACE_REASON_REQUIRED", "Quyết định số " + decision.number()
                    + " đã có bản chính đã ký; muốn thay phải ghi lý do thay (ví dụ: bản quét thiếu trang).");
        }
        if (why != null && why.length() > MAX_REASON) {
            throw Refusal.invalid("REPLACE_REASON_TOO_LONG", "Lý do thay dài quá " + MAX_REASON + " ký tự.");
        }
        int pages = check.pageCount(fileName, content);
        int version = current.map(c -> c.version() + 1).orElse(1);
        String sha256 = sha256(content);
        LocalDateTime now = LocalDateTime.now(clock);
        String name = fullName(userId);
        try {
            decisions.insert(new DecisionRepository.NewSignedOriginal(decision.id(), version,
                    FileNames.withExtension(fileName, FileFormat.PDF), content.length, pages, sha256, content, userId,
                    name, now, current.isPresent() ? why : null));
        } catch (DuplicateKeyException concurrent) {
            throw changed(decision);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decisionId", decision.id());
        details.put("number", decision.number());
        details.put("version", version);
        details.put("fileName", fileName);
        details.put("sizeBytes", content.length);
        details.put("pages", pages);
        details.put("sha256", sha256);
        current.ifPresent(c -> {
            details.put("replacedSha256", c.sha256());
            details.put("reason", why);
        });
        audit.record(AuditRecord.domain(AuditKind.DECISION_SIGNED_ORIGINAL_RECORDED, clock.instant(),
                decision.businessKey(), decision.processInstanceId(), userId, "Quyết định số " + decision.number(),
                details));
        return decisions.signedOriginal(decision.id()).orElseThrow();
    }

    /** Someone recorded a signed original since the caller read the decision: the caller's access was for that state. */
    private static Refusal changed(DecisionView decision) {
        return Refusal.conflict("SIGNED_ORIGINAL_CHANGED", "Bản chính đã ký của quyết định số "
                + decision.number() + " vừa được người khác ghi nhận; hãy tải lại trang rồi xem.");
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> content(long decisionId) {
        return decisions.signedOriginalContent(decisionId);
    }

    private String fullName(String userId) {
        User u = SystemCalls.asSystem(() -> identity.createUserQuery().userId(userId).singleResult());
        String name = u == null ? "" : ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

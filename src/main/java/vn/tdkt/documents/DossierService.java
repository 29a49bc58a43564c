package vn.tdkt.documents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.unit.UnitService;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documents of commendation dossiers: the process opens a dossier, closes and reopens it for uploads
 * as it moves between the unit and the reviewers, and people upload, list and download its documents.
 * An upload of a type the dossier already holds keeps the earlier file and marks it replaced.
 * Access control is the caller's business ({@link DossierAccess}); this service trusts its caller.
 */
@Service
public class DossierService {

    private static final Logger log = LoggerFactory.getLogger(DossierService.class);

    /** Business keys end up in URLs: letters, digits, dot, dash, underscore (e.g. DNKT-2026-00017). */
    private static final Pattern BUSINESS_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

    private final DossierRepository dossiers;
    private final DossierDocumentRepository documents;
    private final UploadValidator validator;
    private final UnitService units;
    private final Clock clock;
    private final AuditTrail audit;
    private final List<DossierFacts> facts;

    /** Published after a document is stored, so what steps show of the dossier can be brought up to date. */
    public record DocumentStored(String businessKey, String processInstanceId, String documentType) { }

    private final ApplicationEventPublisher events;

    public DossierService(DossierRepository dossiers, DossierDocumentRepository documents, UploadValidator validator,
                          UnitService units, Clock clock, AuditTrail audit, List<DossierFacts> facts,
                          ApplicationEventPublisher events) {
        this.events = events;
        this.dossiers = dossiers;
        this.documents = documents;
        this.validator = validator;
        this.units = units;
        this.clock = clock;
        this.audit = audit;
        this.facts = facts;
    }

    /**
     * Opens the dossier of a proposal, open for uploads in round 1. Opening it again is harmless: the owner
     * must be the same, and the process instance id is updated if it changed.
     */
    @Transactional
    public void openDossier(String businessKey, String ownerUnitCode, String processInstanceId) {
        if (businessKey == null || !BUSINESS_KEY.matcher(businessKey).matches()) {
            throw Refusal.invalid("INVALID_BUSINESS_KEY", "Mã hồ sơ '" + (businessKey == null ? "" : businessKey)
                    + "' không hợp lệ: chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.");
        }
        String unitCode = units.referenced(ownerUnitCode == null ? "" : ownerUnitCode.strip()).code();
        Optional<Dossier> existing = dossiers.lock(businessKey);
        if (existing.isEmpty()) {
            dossiers.insert(businessKey, unitCode, processInstanceId, LocalDateTime.now(clock));
            log.info("Dossier {} opened for unit {} (process instance {})", businessKey, unitCode, processInstanceId);
            return;
        }
        Dossier dossier = existing.get();
        if (!dossier.ownerUnitCode().equals(unitCode)) {
            throw Refusal.invalid("DOSSIER_OWNER_CONFLICT", "Hồ sơ '" + businessKey + "' đã được mở cho đơn vị '"
                    + dossier.ownerUnitCode() + "', không thể mở lại cho đơn vị '" + unitCode + "'.");
        }
        if (processInstanceId != null && !processInstanceId.equals(dossier.processInstanceId())) {
            dossiers.setProcessInstanceId(businessKey, processInstanceId);
            log.info("Dossier {} now belongs to process instance {} (was {})", businessKey, processInstanceId,
                    dossier.processInstanceId());
        }
    }

    /** Opens or closes the dossier for uploads (closed while the unit head or the standing agency reviews it). */
    @Transactional
    public void setUploadOpen(String businessKey, boolean open) {
        lockExisting(businessKey);
        dossiers.setOpenForUpload(businessKey, open);
    }

    /** The dossier was returned for completion: a new round begins and uploads are open again. */
    @Transactional
    public void startNewRound(String businessKey) {
        lockExisting(businessKey);
        dossiers.startNewRound(businessKey);
    }

    @Transactional(readOnly = true)
    public Optional<Dossier> findDossier(String businessKey) {
        return businessKey == null ? Optional.empty() : dossiers.find(businessKey);
    }

    /** The dossier, or a 404. */
    @Transactional(readOnly = true)
    public Dossier dossier(String businessKey) {
        return findDossier(businessKey).orElseThrow(() -> notFound(businessKey));
    }

    /**
     * Checks and stores one uploaded file as a document of the given type in the dossier's current round;
     * the dossier's earlier current document of that type, if any, is marked replaced by it.
     */
    @Transactional
    public DocumentView store(String businessKey, String documentType, String fileName, String declaredContentType,
                              byte[] content, String userId) {
        return store(businessKey, documentType, fileName, declaredContentType, content, userId, false);
    }

    /**
     * As {@link #store(String, String, String, String, byte[], String)}; the standing agency may also attach
     * concurring opinions and other papers while the dossier is closed to the unit.
     */
    @Transactional
    public DocumentView store(String businessKey, String documentType, String fileName, String declaredContentType,
                              byte[] content, String userId, boolean byStandingAgency) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("The uploading user is required");
        }
        DocumentType type = DocumentType.parse(documentType);
        ValidatedUpload upload = validator.validate(fileName, declaredContentType, content);
        Dossier dossier = lockExisting(businessKey);
        Optional<String> over = closedForGood(dossier);
        if (over.isPresent()) {
            throw Refusal.conflict("DOSSIER_FINISHED", over.get());
        }
        if (!dossier.openForUpload() && !(byStandingAgency && type.attachedByStandingAgency())) {
            throw Refusal.invalid("DOSSIER_CLOSED", "Hồ sơ '" + businessKey + "' đang được xem xét nên tạm"
                    + " khóa việc tải tài liệu lên; chỉ bổ sung được khi hồ sơ được trả lại đơn vị.");
        }
        long id = documents.insert(new DossierDocumentRepository.NewDocument(businessKey, type, upload, userId,
                LocalDateTime.now(clock), dossier.currentRound()));
        int replaced = type.accumulates() ? 0 : documents.markReplaced(businessKey, type, id);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentId", id);
        details.put("documentType", type.name());
        details.put("fileName", upload.fileName());
        details.put("sizeBytes", upload.sizeBytes());
        details.put("sha256", upload.sha256());
        details.put("round", dossier.currentRound());
        details.put("replacedEarlier", replaced);
        audit.record(AuditRecord.domain(AuditKind.DOCUMENT_UPLOADED, clock.instant(), businessKey,
                dossier.processInstanceId(), userId, upload.fileName(), details));
        log.info("Dossier {}: {} uploaded {} '{}' ({} bytes, SHA-256 {}){}", businessKey, userId, type,
                upload.fileName(), upload.sizeBytes(), upload.sha256(), replaced > 0 ? ", replacing " + replaced : "");
        events.publishEvent(new DocumentStored(businessKey, dossier.processInstanceId(), type.name()));
        return view(documents.find(id).orElseThrow());
    }

    /** Why nothing may be added to the dossier any more (its proposal decided, its process ended); empty if open. */
    @Transactional(readOnly = true)
    public Optional<String> closedForGood(Dossier dossier) {
        return facts.stream().map(f -> f.closedForGood(dossier)).flatMap(Optional::stream).findFirst();
    }

    /** The document types the dossier must hold, as its owning process says (none for an evidence dossier). */
    @Transactional(readOnly = true)
    public List<String> requiredTypes(Dossier dossier) {
        return facts.stream().map(f -> f.requiredTypes(dossier)).filter(l -> !l.isEmpty()).findFirst()
                .orElse(List.of());
    }

    /** The documents in force: the latest of each type. */
    @Transactional(readOnly = true)
    public List<DocumentView> current(String businessKey) {
        dossier(businessKey);
        return documents.list(businessKey, false).stream().map(this::view).toList();
    }

    /** Every document ever uploaded to the dossier, replaced ones included, in upload order. */
    @Transactional(readOnly = true)
    public List<DocumentView> all(String businessKey) {
        dossier(businessKey);
        return documents.list(businessKey, true).stream().map(this::view).toList();
    }

    /** The codes among requiredTypes for which the dossier has no current document, in the order given. */
    @Transactional(readOnly = true)
    public List<String> missingTypes(String businessKey, Collection<String> requiredTypes) {
        return missingTypes(requiredTypes, current(businessKey));
    }

    /** The codes among requiredTypes for which none of the current documents given is, in the order given. */
    public static List<String> missingTypes(Collection<String> requiredTypes, List<DocumentView> current) {
        Set<DocumentType> required = new LinkedHashSet<>();
        for (String code : requiredTypes) {
            required.add(DocumentType.parse(code));
        }
        Set<String> present = new LinkedHashSet<>();
        current.forEach(d -> present.add(d.documentType()));
        List<String> missing = new ArrayList<>();
        for (DocumentType type : required) {
            if (!present.contains(type.name())) {
                missing.add(type.name());
            }
        }
        return missing;
    }

    /** The stored content of a document, current or replaced. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> content(long id) {
        return documents.content(id);
    }

    /** The current documents as Vietnamese lines for a read-only form field ({@link DossierSummary}). */
    @Transactional(readOnly = true)
    public String summaryText(String businessKey) {
        return DossierSummary.text(current(businessKey));
    }

    private Dossier lockExisting(String businessKey) {
        return (businessKey == null ? Optional.<Dossier>empty() : dossiers.lock(businessKey))
                .orElseThrow(() -> notFound(businessKey));
    }

    private DocumentView view(DossierDocumentRepository.Row r) {
        return new DocumentView(r.id(), r.type().name(), r.type().label(), r.fileName(), r.contentType(),
                r.sizeBytes(), r.sha256(), r.uploadedBy(), r.uploadedAt().atZone(clock.getZone()).toOffsetDateTime(),
                r.round(), r.replacedById());
    }

    static Refusal notFound(String businessKey) {
        return Refusal.notFound("DOSSIER_NOT_FOUND", "Không tìm thấy hồ sơ '" + businessKey + "'.");
    }
}

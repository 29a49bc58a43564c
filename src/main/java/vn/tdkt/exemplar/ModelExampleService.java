package vn.tdkt.exemplar;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UnitRef;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.workflow.InputRejectedException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The life of a model example as the process's steps drive it: proposed by a unit's TĐKT officer, completed with
 * pictures, approved by the unit head, vetted, published, followed up, withdrawn. Each step that changes what the
 * public may see is written into the audit chain with who did it and why.
 */
@Service
public class ModelExampleService {

    /** The prefix of an example's business key: GDH-&lt;id&gt;. */
    static final String KEY_PREFIX = "GDH-";

    private final ModelExampleRepository examples;
    private final UserProfileRepository profiles;
    private final UnitGroups unitGroups;
    private final IdentityService identityService;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<ExampleMovements> movements;

    public ModelExampleService(ModelExampleRepository examples, UserProfileRepository profiles, UnitGroups unitGroups,
                               IdentityService identityService, AuditTrail audit, Clock clock,
                               ObjectProvider<ExampleMovements> movements) {
        this.movements = movements;
        this.examples = examples;
        this.profiles = profiles;
        this.unitGroups = unitGroups;
        this.identityService = identityService;
        this.audit = audit;
        this.clock = clock;
    }

    /** A registered example: its id and key, and the proposing unit. */
    record Registered(long id, String businessKey, UnitRef unit) { }

    /**
     * Checks a new example and records it as the initiator unit's draft; refuses it with every problem listed (an
     * {@link InputRejectedException}: the REST API answers 400 and Tasklist shows the message; no instance is left).
     */
    @Transactional
    public Registered register(String initiator, ExampleInput input, String processInstanceId, Long movementId) {
        UnitRef unit = initiator == null ? null : profiles.unitOf(initiator).orElse(null);
        List<String> errors = new ArrayList<>();
        if (unit == null) {
            errors.add("Tài khoản '" + initiator + "' chưa thuộc đơn vị nào nên không thể đề nghị gương điển hình.");
        } else {
            boolean officer = identityService.createUserQuery().userId(initiator)
                    .memberOfGroup(Role.UNIT_OFFICER.unitGroupId(unit.code())).count() > 0;
            if (!officer) {
                errors.add("Chỉ cán bộ làm công tác TĐKT của đơn vị mới đề nghị gương điển hình.");
            }
            if (!unit.activeDuring(LocalDate.now(clock).getYear())) {
                errors.add("Đơn vị không còn hoạt động (đã sáp nhập hoặc giải thể).");
            }
            if (!unitGroups.hasMembers(Role.UNIT_HEAD, unit.code())) {
                errors.add("Đơn vị chưa có tài khoản thủ trưởng để duyệt; đề nghị quản trị bổ sung.");
            }
        }
        errors.addAll(ExampleRules.content(input));
        if (!errors.isEmpty()) {
            throw new InputRejectedException("Đề nghị gương điển hình chưa hợp lệ: " + String.join(" ", errors));
        }
        long id = examples.insert(KEY_PREFIX, unit.id(), ExampleKind.of(input.kind()).orElseThrow(),
                strip(input.title()), strip(input.subjectName()), strip(input.story()), strip(input.evidence()),
                initiator, processInstanceId, movementId, now());
        return new Registered(id, KEY_PREFIX + id, unit);
    }

    /** The choice of the person or collective the example is about: the unit itself, then its persons. */
    List<Map<String, String>> nomineeOptions(String unitCode) {
        UnitRef unit = profiles.unitByCode(unitCode).orElseThrow();
        List<Map<String, String>> options = new ArrayList<>();
        options.add(Map.of("label", "Tập thể: " + unit.name(), "value", unit.code()));
        for (String[] p : examples.personsOf(unit.id())) {
            options.add(Map.of("label", p[1] + (p[2] == null ? "" : " – " + p[2]), "value", p[0]));
        }
        return options;
    }

    /** The movements the unit's example may belong to (value: the movement's id), none when no movement is known. */
    List<Map<String, String>> movementOptions(String unitCode) {
        ExampleMovements known = movements.getIfAvailable();
        if (known == null) {
            return List.of();
        }
        return known.ofUnit(unitCode).stream()
                .map(m -> Map.of("label", m.name(), "value", String.valueOf(m.id()))).toList();
    }

    /** The movement an example belongs to, or null. */
    Long movementOf(long id) {
        return examples.get(id).movementId();
    }

    /** The movement's name of an example, when it belongs to one on record. */
    public java.util.Optional<String> movementName(Long movementId) {
        ExampleMovements known = movements.getIfAvailable();
        return movementId == null || known == null ? java.util.Optional.empty() : known.name(movementId);
    }

    /**
     * The officer sends the completed dossier to the unit head: the content is checked again, at least one picture
     * must be there, and the person or collective named (if any) must be the unit's.
     */
    @Transactional
    public void submitDossier(long id, ExampleInput input, Object nomineeCode, Object movementChoice) {
        ModelExampleRepository.Example example = examples.get(id);
        List<String> errors = new ArrayList<>(ExampleRules.content(input));
        if (examples.pictures(id).isEmpty()) {
            errors.add("Chưa có ảnh nào: tải ít nhất một ảnh (PNG hoặc JPEG) trên trang gương điển hình trước khi"
                    + " trình thủ trưởng.");
        }
        String nominee = nomineeCode instanceof String s && !s.isBlank() ? s.strip() : null;
        if (nominee != null && nomineeOptions(example.unitCode()).stream().noneMatch(o -> nominee.equals(o.get("value")))) {
            errors.add("Cá nhân, tập thể được chọn không thuộc " + example.unitName() + ".");
        }
        String movement = movementChoice == null ? "" : String.valueOf(movementChoice).strip();
        Long movementId = null;
        if (!movement.isEmpty()) {
            movementId = movementOptions(example.unitCode()).stream().filter(o -> movement.equals(o.get("value")))
                    .map(o -> Long.valueOf(o.get("value"))).findFirst().orElse(null);
            if (movementId == null) {
                errors.add("Phong trào thi đua được chọn không có " + example.unitName()
                        + " tham gia hoặc làm cơ quan thường trực.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException("Hồ sơ gương điển hình chưa hợp lệ: " + String.join(" ", errors));
        }
        examples.updateContent(id, ExampleKind.of(input.kind()).orElseThrow(), strip(input.title()),
                strip(input.subjectName()), strip(input.story()), strip(input.evidence()), nominee, movementId, now());
        move(id, ExampleStatus.PROPOSED, null, null);
    }

    /** The example moves on in the process (head's approval, a return, a publication request sent back). */
    @Transactional
    public void move(long id, ExampleStatus next, String actor, String note) {
        try {
            examples.changeStatus(id, next, actor, note, now());
        } catch (Refusal r) {
            throw new InputRejectedException(r.getMessage());
        }
        if (next == ExampleStatus.PUBLISHED || next == ExampleStatus.WITHDRAWN || next == ExampleStatus.REFUSED
                || next == ExampleStatus.ACCEPTED || next == ExampleStatus.CLOSED) {
            ModelExampleRepository.Example e = examples.get(id);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("exampleId", id);
            details.put("status", next.name());
            details.put("title", e.title());
            details.put("note", "Gương điển hình «" + e.title() + "»: " + next.label()
                    + (note == null ? "" : " — " + note));
            audit.record(AuditRecord.domain(AuditKind.STAGE_OUTCOME, clock.instant(), e.businessKey(),
                    e.processInstanceId(), actor, "Gương điển hình: " + next.label(), details));
        }
    }

    /** The standing agency accepts: the nurture plan and the public summary are kept. */
    @Transactional
    public void accept(long id, String nurturePlan, String publicSummary, String actor) {
        examples.accept(id, nurturePlan, publicSummary, now());
        move(id, ExampleStatus.ACCEPTED, actor, null);
    }

    /** A follow-up report of the nurture plan, checked and kept. */
    @Transactional
    public void followUp(long id, Object report, String actor) {
        List<String> errors = ExampleRules.followUpReport(report);
        if (!errors.isEmpty()) {
            throw new InputRejectedException(String.join(" ", errors));
        }
        ModelExampleRepository.Example e = examples.get(id);
        examples.insertFollowUp(id, strip(report), actor == null ? "không rõ" : actor, now());
        audit.record(AuditRecord.domain(AuditKind.STAGE_OUTCOME, clock.instant(), e.businessKey(),
                e.processInstanceId(), actor, "Báo cáo bồi dưỡng gương điển hình",
                Map.of("exampleId", id, "note", strip(report))));
    }

    @Transactional
    public void commendationStarted(long id, String proposalKey) {
        examples.commendationStarted(id, proposalKey);
    }

    ModelExampleRepository.Example get(long id) {
        return examples.get(id);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static String strip(Object text) {
        return text instanceof String s ? s.strip() : null;
    }
}

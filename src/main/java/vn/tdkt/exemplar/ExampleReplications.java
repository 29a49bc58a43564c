package vn.tdkt.exemplar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitRef;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.refusal.Refusal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * "Đã nhân rộng": a unit records that it replicated a published example — only for the caller's own unit, by its
 * TĐKT officer or head, once per unit, never for the unit's own example; audited.
 */
@Service
public class ExampleReplications {

    private final ModelExampleRepository examples;
    private final UserProfileRepository profiles;
    private final AuditTrail audit;
    private final Clock clock;

    public ExampleReplications(ModelExampleRepository examples, UserProfileRepository profiles, AuditTrail audit,
                               Clock clock) {
        this.examples = examples;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ModelExampleRepository.Replication record(long exampleId, CurrentUser caller, String note) {
        ModelExampleRepository.Example e = examples.get(exampleId);
        UnitRef unit = profiles.unitOf(caller.userId()).orElseThrow(() -> Refusal.forbidden("NO_UNIT",
                "Tài khoản chưa thuộc đơn vị nào nên không ghi nhận nhân rộng được."));
        if (!caller.inGroup(Role.UNIT_OFFICER.unitGroupId(unit.code()))
                && !caller.inGroup(Role.UNIT_HEAD.unitGroupId(unit.code()))) {
            throw Refusal.forbidden("REPLICATION_FORBIDDEN",
                    "Chỉ cán bộ TĐKT hoặc thủ trưởng đơn vị ghi nhận việc nhân rộng của đơn vị mình.");
        }
        if (e.status() != ExampleStatus.PUBLISHED && e.status() != ExampleStatus.CLOSED) {
            throw Refusal.notFound("EXAMPLE_NOT_PUBLIC", "Không có gương điển hình số " + exampleId + " đang công bố.");
        }
        if (e.unitId() == unit.id()) {
            throw Refusal.invalid("OWN_EXAMPLE", "Đây là gương điển hình của chính " + unit.name()
                    + "; việc nhân rộng do các đơn vị khác ghi nhận.");
        }
        List<String> errors = ExampleRules.replicationNote(note);
        if (!errors.isEmpty()) {
            throw Refusal.invalid("REPLICATION_NOTE", String.join(" ", errors));
        }
        if (examples.replicated(exampleId, unit.id())) {
            throw Refusal.conflict("ALREADY_REPLICATED", unit.name() + " đã ghi nhận nhân rộng gương điển hình này.");
        }
        examples.insertReplication(exampleId, unit.id(), note.strip(), caller.userId(), LocalDateTime.now(clock));
        audit.record(AuditRecord.domain(AuditKind.STAGE_OUTCOME, clock.instant(), e.businessKey(),
                e.processInstanceId(), caller.userId(), "Đơn vị nhân rộng gương điển hình",
                Map.of("exampleId", exampleId, "unitCode", unit.code(),
                        "note", unit.name() + " đã nhân rộng «" + e.title() + "»: " + note.strip())));
        return examples.replications(exampleId).stream().filter(r -> r.unitCode().equals(unit.code()))
                .findFirst().orElseThrow();
    }
}

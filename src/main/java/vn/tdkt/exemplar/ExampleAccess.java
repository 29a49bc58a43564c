package vn.tdkt.exemplar;

import org.springframework.stereotype.Component;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.refusal.Refusal;

/**
 * Who may see and change a model example through the signed-in API: the proposing unit's officers and heads, the
 * example's stewards (vetting and publishing groups), auditors and administrators; once public, anyone signed in
 * may read it. Anonymous callers never reach this API (the public page shows only public examples).
 */
@Component
public class ExampleAccess {

    private final ExampleStewardship stewardship;

    public ExampleAccess(ExampleStewardship stewardship) {
        this.stewardship = stewardship;
    }

    boolean ofUnit(CurrentUser caller, String unitCode) {
        return caller.inGroup(Role.UNIT_OFFICER.unitGroupId(unitCode)) || caller.inGroup(Role.UNIT_HEAD.unitGroupId(unitCode));
    }

    boolean steward(CurrentUser caller, Long movementId) {
        ExampleStewards s = stewardship.current();
        return caller.inGroup(s.vettingGroup(movementId)) || caller.inGroup(s.publishingApprovalGroup(movementId));
    }

    /** Sees every example, whatever its unit or status. */
    boolean overseer(CurrentUser caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.AUDITOR) || steward(caller, null);
    }

    void checkRead(CurrentUser caller, ModelExampleRepository.Example e) {
        if (e.status().isPublic() || ofUnit(caller, e.unitCode()) || steward(caller, e.movementId())
                || caller.has(Role.ADMIN) || caller.has(Role.AUDITOR)) {
            return;
        }
        throw Refusal.forbidden("EXAMPLE_FORBIDDEN", "Gương điển hình " + e.businessKey()
                + " chưa công bố; chỉ đơn vị đề nghị và cơ quan thường trực được xem.");
    }

    void checkUpload(CurrentUser caller, ModelExampleRepository.Example e) {
        if (!caller.inGroup(Role.UNIT_OFFICER.unitGroupId(e.unitCode()))) {
            throw Refusal.forbidden("EXAMPLE_UPLOAD_FORBIDDEN", "Chỉ cán bộ TĐKT của " + e.unitName()
                    + " tải ảnh cho gương điển hình " + e.businessKey() + ".");
        }
        if (e.status() != ExampleStatus.DRAFT) {
            throw Refusal.conflict("EXAMPLE_NOT_DRAFT", "Gương điển hình " + e.businessKey() + " đang ở trạng thái '"
                    + e.status().label() + "': chỉ tải ảnh khi đơn vị đang hoàn thiện hồ sơ (trước khi trình thủ trưởng).");
        }
    }
}

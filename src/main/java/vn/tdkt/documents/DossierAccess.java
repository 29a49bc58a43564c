package vn.tdkt.documents;

import org.springframework.stereotype.Component;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.refusal.Refusal;

import java.util.List;

/**
 * Who may read and who may upload the documents of a dossier.
 * <ul>
 *   <li>Upload: the owner unit's officers ({@code unit-officer.<unit>}), the standing agency's receivers and
 *   specialists (they attach hiệp y opinions), administrators. The standing agency's head approves and oversees
 *   (Cockpit, read-only): like auditors, they read every dossier and upload to none.</li>
 *   <li>Read: everyone in a per-unit group of the owner unit ({@code unit-officer.<unit>}, {@code unit-head.<unit>},
 *   {@code block-member.<unit>}), the standing agency, the council (members, secretary), the chairman,
 *   auditors and administrators.</li>
 * </ul>
 */
@Component
public class DossierAccess {

    private static final List<Role> UPLOADING_ROLES = List.of(Role.RECEIVER, Role.SPECIALIST, Role.ADMIN);
    private static final List<Role> READING_ROLES = List.of(Role.RECEIVER, Role.SPECIALIST, Role.AGENCY_HEAD,
            Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY, Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.AUDITOR, Role.ADMIN);

    public boolean mayUpload(CurrentUser caller, String ownerUnitCode) {
        return caller.inGroup(Role.UNIT_OFFICER.unitGroupId(ownerUnitCode)) || inAny(caller, UPLOADING_ROLES);
    }

    /** The standing agency's staff who upload (and administrators): they attach concurring opinions during appraisal. */
    public boolean isStandingAgency(CurrentUser caller) {
        return inAny(caller, UPLOADING_ROLES);
    }

    public boolean mayRead(CurrentUser caller, String ownerUnitCode) {
        return UnitGroups.scopedRoles().stream().anyMatch(r -> caller.inGroup(r.unitGroupId(ownerUnitCode)))
                || inAny(caller, READING_ROLES);
    }

    /** Refuses with 403 unless the caller may upload to the dossier. */
    public void checkUpload(CurrentUser caller, Dossier dossier) {
        if (!mayUpload(caller, dossier.ownerUnitCode())) {
            throw forbidden("Bạn không có quyền tải tài liệu lên hồ sơ '" + dossier.businessKey() + "'; chỉ cán bộ"
                    + " TĐKT của đơn vị lập hồ sơ và cơ quan thường trực được tải lên.");
        }
    }

    /** Refuses with 403 unless the caller may see the dossier's documents. */
    public void checkRead(CurrentUser caller, Dossier dossier) {
        if (!mayRead(caller, dossier.ownerUnitCode())) {
            throw forbidden("Bạn không có quyền xem tài liệu của hồ sơ '" + dossier.businessKey() + "'.");
        }
    }

    private static boolean inAny(CurrentUser caller, List<Role> roles) {
        return roles.stream().anyMatch(r -> caller.inGroup(r.groupId()));
    }

    private static Refusal forbidden(String message) {
        return new Refusal(Refusal.Kind.FORBIDDEN, "DOSSIER_FORBIDDEN", message, List.of());
    }
}

package vn.tdkt.proposal;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitRef;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.refusal.Refusal;

import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/proposals/of-my-unit[?unitCode=…]}: the proposals of a unit, as the page "Hồ sơ của đơn vị" shows
 * them ({@link UnitProposals}). A unit's TĐKT officers and its head (through the unit's groups) see their own unit and
 * no other; the standing agency's roles, auditors and administrators choose a unit (their own by default); anyone else
 * is refused.
 */
@RestController
public class UnitProposalsController {

    /** Roles that may pick any unit (the standing agency, auditors, admins); the rest see their own unit only. */
    public static final Set<Role> UNIT_CHOOSERS = Set.of(Role.RECEIVER, Role.SPECIALIST, Role.AGENCY_HEAD,
            Role.AUDITOR, Role.ADMIN);

    private final UnitProposals unitProposals;
    private final UserProfileRepository profiles;

    public UnitProposalsController(UnitProposals unitProposals, UserProfileRepository profiles) {
        this.unitProposals = unitProposals;
        this.profiles = profiles;
    }

    @GetMapping("/api/proposals/of-my-unit")
    public UnitProposals.UnitView ofMyUnit(@RequestParam(required = false) String unitCode,
                                           Authentication authentication) {
        Set<String> groups = ProposalAccess.groups(authentication);
        boolean chooser = UNIT_CHOOSERS.stream().anyMatch(r -> groups.contains(r.groupId()));
        Set<String> own = ProposalAccess.ownUnits(groups);
        if (!chooser && own.isEmpty()) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN", "Trang hồ sơ của đơn vị dành cho cán bộ làm công"
                    + " tác TĐKT và thủ trưởng của đơn vị, Sở Nội vụ, thanh tra và quản trị viên.", List.of());
        }
        String wanted = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        if (wanted == null) {
            UnitRef mine = profiles.unitOf(authentication.getName()).orElse(null);
            if (mine != null && (chooser || own.contains(mine.code()))) {
                return unitProposals.of(mine, chooser);
            }
            if (!chooser) {
                // a unit's people without a profile: the unit of their groups
                wanted = own.stream().sorted().findFirst().orElseThrow();
            } else {
                throw Refusal.invalid("UNIT_REQUIRED", "Hãy chọn đơn vị cần xem hồ sơ.");
            }
        }
        String code = wanted;
        if (!chooser && own.stream().noneMatch(code::equalsIgnoreCase)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN",
                    "Bạn chỉ xem được hồ sơ đề nghị khen thưởng của đơn vị mình.", List.of());
        }
        UnitRef unit = profiles.unitByCode(code).orElseThrow(() ->
                Refusal.notFound("UNIT_NOT_FOUND", "Không có đơn vị mã '" + code + "'."));
        return unitProposals.of(unit, chooser);
    }
}

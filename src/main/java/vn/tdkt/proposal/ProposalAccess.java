package vn.tdkt.proposal;

import org.springframework.security.core.Authentication;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may read a proposal: the proposing unit's own officers and head (their per-unit groups), the standing
 * agency, the council, the chairman, auditors and administrators. Everyone else is refused, including the
 * officers of other units.
 */
public final class ProposalAccess {

    private static final Set<Role> PROVINCE_WIDE = Set.of(Role.RECEIVER, Role.SPECIALIST, Role.AGENCY_HEAD,
            Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY, Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.AUDITOR, Role.ADMIN);

    private ProposalAccess() { }

    public static Set<String> groups(Authentication authentication) {
        return CurrentUser.groupsOf(authentication);
    }

    public static boolean provinceWide(Set<String> groups) {
        return PROVINCE_WIDE.stream().anyMatch(r -> groups.contains(r.groupId()));
    }

    public static boolean canRead(Set<String> groups, String unitCode) {
        return provinceWide(groups) || groups.contains(Role.UNIT_OFFICER.unitGroupId(unitCode))
                || groups.contains(Role.UNIT_HEAD.unitGroupId(unitCode));
    }

    /** The unit codes whose proposals a unit-level user sees (from their per-unit groups). */
    public static Set<String> ownUnits(Set<String> groups) {
        String officer = Role.UNIT_OFFICER.groupId() + ".";
        String head = Role.UNIT_HEAD.groupId() + ".";
        return groups.stream().filter(g -> g.startsWith(officer) || g.startsWith(head))
                .map(g -> g.substring(g.indexOf('.') + 1)).collect(Collectors.toSet());
    }
}

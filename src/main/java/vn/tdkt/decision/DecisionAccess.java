package vn.tdkt.decision;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.Role;
import vn.tdkt.web.ApiException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may read a decision: the province's roles that prepare, decide or audit commendations (chairman, Sở Nội
 * vụ's receivers, specialists and head, the council's secretary, auditors, administrators) read every
 * decision; the officers and the head of the unit that submitted the proposal read its decisions.
 * <p>
 * The caller's groups are read from the Spring Security authorities ({@code GROUP_<groupId>}) that
 * {@link vn.tdkt.security.CamundaIdentityAuthenticationProvider} grants on every /api request; they are always
 * present for an authenticated caller, whereas the engine's current authentication is only a thread-local copy
 * that {@link vn.tdkt.security.EngineAuthenticationFilter} sets for Camunda-authenticated requests.
 */
@Component
public class DecisionAccess {

    static final Set<String> PROVINCE_GROUPS = Stream.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.RECEIVER,
            Role.SPECIALIST, Role.AGENCY_HEAD, Role.COUNCIL_SECRETARY, Role.AUDITOR, Role.ADMIN)
            .map(Role::groupId).collect(Collectors.toUnmodifiableSet());
    private static final String GROUP_PREFIX = "GROUP_";

    public boolean mayRead(Authentication caller, String ownerUnitCode) {
        Set<String> groups = groupsOf(caller);
        if (groups.stream().anyMatch(PROVINCE_GROUPS::contains)) {
            return true;
        }
        return ownerUnitCode != null && unitGroups(ownerUnitCode).stream().anyMatch(groups::contains);
    }

    /** 403 unless the caller may read the decision. */
    public void checkRead(Authentication caller, DecisionView decision) {
        if (!mayRead(caller, decision.ownerUnitCode())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "Bạn không được xem quyết định số "
                    + decision.number() + ": chỉ lãnh đạo tỉnh, Sở Nội vụ, Thư ký Hội đồng Thi đua - Khen thưởng,"
                    + " thanh tra và đơn vị trình hồ sơ được xem.", List.of());
        }
    }

    static Set<String> groupsOf(Authentication caller) {
        if (caller == null || !caller.isAuthenticated()) {
            return Set.of();
        }
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(GROUP_PREFIX))
                .map(a -> a.substring(GROUP_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> unitGroups(String unitCode) {
        return List.of(Role.UNIT_OFFICER.unitGroupId(unitCode), Role.UNIT_HEAD.unitGroupId(unitCode));
    }
}

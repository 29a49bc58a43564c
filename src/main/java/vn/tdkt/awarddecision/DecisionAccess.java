package vn.tdkt.awarddecision;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.refusal.Refusal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may read a decision: the province's roles that prepare, decide or audit commendations (chairman, Sở Nội
 * vụ's receivers, specialists and head, the council's secretary, auditors, administrators) read every
 * decision; so does Văn phòng UBND tỉnh (its officers and its head, the unit {@code tdkt.decision.register
 * .office-unit-code}), which keeps the register of outgoing documents and the signed originals; the officers and the
 * head of the unit that submitted the proposal read its decisions.
 * <p>
 * Who may write to the office's register (take a number, record one taken on paper) and record a decision's signed
 * original: the office's officers (văn thư) and its head; replacing a recorded signed original: only its head (Chánh
 * Văn phòng), who answers for the office's records. Both the role and the unit count: the officer of another unit and
 * the chairman (a member of the office's unit without its roles) are refused.
 * <p>
 * The caller's groups are read from the Spring Security authorities ({@code GROUP_<groupId>}) that
 * CamundaIdentityAuthenticationProvider (security package) grants on every /api request; they are always
 * present for an authenticated caller, whereas the engine's current authentication is only a thread-local copy
 * that EngineAuthenticationFilter (security package) sets for Camunda-authenticated requests.
 */
@Component
public class DecisionAccess {

    static final Set<String> PROVINCE_GROUPS = Stream.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.RECEIVER,
            Role.SPECIALIST, Role.AGENCY_HEAD, Role.COUNCIL_SECRETARY, Role.AUDITOR, Role.ADMIN)
            .map(Role::groupId).collect(Collectors.toUnmodifiableSet());

    private final String officeOfficers;
    private final String officeHead;

    public DecisionAccess(DecisionProperties properties) {
        String office = properties.register().officeUnitCode();
        this.officeOfficers = Role.UNIT_OFFICER.unitGroupId(office);
        this.officeHead = Role.UNIT_HEAD.unitGroupId(office);
    }

    /** The office's officers and head: they keep the register and record the signed originals. */
    public boolean isOffice(Authentication caller) {
        Set<String> groups = groupsOf(caller);
        return groups.contains(officeOfficers) || groups.contains(officeHead);
    }

    /** 403 unless the caller is the office (officers or head). */
    public void checkOffice(Authentication caller, String what) {
        if (!isOffice(caller)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN", "Chỉ văn thư và Chánh Văn phòng UBND tỉnh"
                    + " được " + what + ".", List.of());
        }
    }

    /** 403 unless the caller is the office's head: replacing a recorded signed original is his to answer for. */
    public void checkOfficeHead(Authentication caller, DecisionView decision) {
        if (!groupsOf(caller).contains(officeHead)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN", "Quyết định số " + decision.number()
                    + " đã có bản chính đã ký; chỉ Chánh Văn phòng UBND tỉnh được thay bản đã ghi nhận.", List.of());
        }
    }

    /** Who may read the office's register: the office and the province's roles. */
    public boolean mayReadRegister(Authentication caller) {
        return isOffice(caller) || groupsOf(caller).stream().anyMatch(PROVINCE_GROUPS::contains);
    }

    public boolean mayRead(Authentication caller, String ownerUnitCode) {
        Set<String> groups = groupsOf(caller);
        if (groups.stream().anyMatch(PROVINCE_GROUPS::contains) || isOffice(caller)) {
            return true;
        }
        return ownerUnitCode != null && unitGroups(ownerUnitCode).stream().anyMatch(groups::contains);
    }

    /** 403 unless the caller may read the decision. */
    public void checkRead(Authentication caller, DecisionView decision) {
        if (!mayRead(caller, decision.ownerUnitCode())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN", "Bạn không được xem quyết định số "
                    + decision.number() + ": chỉ lãnh đạo tỉnh, Sở Nội vụ, Thư ký Hội đồng Thi đua - Khen thưởng,"
                    + " Văn phòng UBND tỉnh, thanh tra và đơn vị trình hồ sơ được xem.", List.of());
        }
    }

    static Set<String> groupsOf(Authentication caller) {
        if (caller == null || !caller.isAuthenticated()) {
            return Set.of();
        }
        return CurrentUser.groupsOf(caller);
    }

    private static List<String> unitGroups(String unitCode) {
        return List.of(Role.UNIT_OFFICER.unitGroupId(unitCode), Role.UNIT_HEAD.unitGroupId(unitCode));
    }
}

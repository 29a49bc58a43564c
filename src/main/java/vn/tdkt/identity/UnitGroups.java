package vn.tdkt.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * The per-unit groups of unit-scoped roles ({@code unit-head.stp}: "Thủ trưởng cơ quan, đơn vị – Sở Tư pháp").
 * A unit-scoped task names such a group as its candidate group, so only that unit's people see it.
 */
@Component
public class UnitGroups {

    private final IdentityService identityService;

    public UnitGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    public static List<Role> scopedRoles() {
        return Arrays.stream(Role.values()).filter(Role::unitScoped).toList();
    }

    /** Creates the unit's groups that are missing. */
    public void ensureGroupsOf(String unitCode, String unitName) {
        for (Role role : scopedRoles()) {
            String id = role.unitGroupId(unitCode);
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                Group group = identityService.newGroup(id);
                group.setName(role.vietnameseName() + " – " + unitName);
                group.setType(Role.UNIT_GROUP_TYPE);
                identityService.saveGroup(group);
            }
        }
    }

    /** Puts the user into the role group and, for a unit-scoped role, into its group of the unit. */
    public void addMember(String userId, Role role, String unitCode) {
        addMembership(userId, role.groupId());
        if (role.unitScoped()) {
            addMembership(userId, role.unitGroupId(unitCode));
        }
    }

    public boolean hasMembers(Role role, String unitCode) {
        return identityService.createUserQuery().memberOfGroup(role.unitGroupId(unitCode)).count() > 0;
    }

    private void addMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}

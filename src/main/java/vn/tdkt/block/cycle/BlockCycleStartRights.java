package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.Role;
import vn.tdkt.registry.block.BlockRepository;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who finds "Chu kỳ thi đua của khối" in Tasklist's start dialog: the TĐKT officer and the head of each unit that
 * leads a block last year, this year or next (the same people {@code BlockCycleStarter} lets start it), granted per unit
 * group ({@code unit-officer.<unit>}, {@code unit-head.<unit>}) and taken back when the unit no longer leads a
 * block. The leaders change every year, so the grants follow the block officers: at start-up and whenever a
 * block's leader is set.
 * <p>
 * Starting needs a second permission, CREATE on process instances ({@code *}), which by itself starts nothing: it is
 * granted once to the two roles ({@code unit-officer}, {@code unit-head}), not to each leading unit's group: a member
 * of a unit's group is a member of its role's group too ({@code UnitGroups.addMember} gives both). Every
 * authorization on {@code *} is read again, for every task, by every reviewer's task list (Camunda's authorization
 * join): a province of 20 blocks would otherwise keep up to 120 more of them, one per unit group that led a block in
 * three years.
 */
@Component
@Order(50)
public class BlockCycleStartRights implements ApplicationRunner {

    static final String PROCESS_KEY = BlockCycleSteps.PROCESS;
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<Role> UNIT_ROLES = Set.of(Role.UNIT_OFFICER, Role.UNIT_HEAD);

    private final AuthorizationService authorizations;
    private final BlockRepository blocks;
    private final UnitRepository units;
    private final Clock clock;

    public BlockCycleStartRights(AuthorizationService authorizations, BlockRepository blocks, UnitRepository units,
                                 Clock clock) {
        this.authorizations = authorizations;
        this.blocks = blocks;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        sync();
    }

    @EventListener
    public void officersChanged(BlockRepository.OfficersChanged event) {
        sync();
    }

    /** Grants the start to the leading units' groups and takes it back from every other unit group. */
    public synchronized void sync() {
        Set<String> entitled = entitledGroups();
        for (Authorization auth : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(PROCESS_KEY).list()) {
            if (auth.getGroupId() != null && isUnitGroup(auth.getGroupId()) && !entitled.contains(auth.getGroupId())) {
                authorizations.deleteAuthorization(auth.getId());
            }
        }
        for (String group : entitled) {
            grant(group, Resources.PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        UNIT_ROLES.forEach(role -> grant(role.groupId(), Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE));
        withdrawInstanceCreationFromUnitGroups();
    }

    /** A database set up by an earlier version granted CREATE on process instances to each leading unit's group. */
    private void withdrawInstanceCreationFromUnitGroups() {
        for (Authorization auth : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId("*").list()) {
            if (auth.getGroupId() == null || !isUnitGroup(auth.getGroupId())
                    || !auth.isPermissionGranted(ProcessInstancePermissions.CREATE)) {
                continue;
            }
            auth.removePermission(ProcessInstancePermissions.CREATE);
            if (Arrays.stream(auth.getPermissions(ProcessInstancePermissions.values())).allMatch(p -> p.getValue() == 0)) {
                authorizations.deleteAuthorization(auth.getId());
            } else {
                authorizations.saveAuthorization(auth);
            }
        }
    }

    Set<String> entitledGroups() {
        int year = LocalDate.now(clock.withZone(PROVINCE)).getYear();
        Set<String> groups = new TreeSet<>();
        // last year's too: a block's year ends with scoring and the vote early in the next year
        for (int y = year - 1; y <= year + 1; y++) {
            for (Long unitId : blocks.leaderUnitIds(y)) {
                units.findById(unitId).map(Unit::code).ifPresent(code ->
                        UNIT_ROLES.forEach(role -> groups.add(role.unitGroupId(code))));
            }
        }
        return groups;
    }

    private static boolean isUnitGroup(String groupId) {
        return UNIT_ROLES.stream().anyMatch(role -> groupId.startsWith(role.groupId() + "."));
    }

    private void grant(String groupId, Resource resource, String resourceId,
                       org.camunda.bpm.engine.authorization.Permission... permissions) {
        Authorization auth = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (auth == null) {
            auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        boolean changed = auth.getId() == null;
        for (var permission : permissions) {
            if (!auth.isPermissionGranted(permission)) {
                auth.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(auth);
        }
    }
}

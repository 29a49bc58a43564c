package vn.tdkt.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

/**
 * Makes sure, at every start and on every database, that each role exists as a Camunda group with
 * the authorizations it needs and no more, and that the first administrator exists.
 * Idempotent: it only adds what is missing.
 */
@Component
@Order(10)
public class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    /**
     * Processes each role may start from Tasklist or the API, hence what its start dialog offers. The block cycle is
     * the standing agency head's here; the leading units' heads and officers get it per unit group (the leaders
     * change yearly), and the process and the API check which unit leads.
     */
    static final Map<Role, Set<String>> STARTABLE_PROCESSES = Map.of(
            // a unit's officer drafts an emulation movement his unit stands for, as does the Sở Nội vụ's specialist;
            // any unit's officer proposes a model example
            Role.UNIT_OFFICER, Set.of("emulation-registration", "commendation-proposal", "emulation-movement",
                    "model-example"),
            // the Sở Nội vụ's specialist also opens the year's statistics report and asks for an award to be annulled
            // (award-revocation)
            Role.SPECIALIST, Set.of("emulation-movement", "statistics-report", "award-revocation"),
            // a block's cycle is opened by the unit leading it that year: granted per unit group by
            // BlockCycleStartRights of the block package, which follows the block officers
            Role.AGENCY_HEAD, Set.of("block-emulation-cycle"),
            // a council session is convened by the council's secretary
            Role.COUNCIL_SECRETARY, Set.of("council-review"));

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final TasklistFilters tasklistFilters;
    private final BootstrapProperties admin;

    public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
                             TasklistFilters tasklistFilters, BootstrapProperties admin) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.tasklistFilters = tasklistFilters;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            ensureGroup(role);
            grantRoleAuthorizations(role);
        }
        tasklistFilters.ensureFilters();
        ensureFirstAdmin();
    }

    private void ensureGroup(Role role) {
        Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
        if (group == null) {
            group = identityService.newGroup(role.groupId());
            group.setName(role.vietnameseName());
            group.setType(role == Role.ADMIN ? Groups.GROUP_TYPE_SYSTEM : Role.GROUP_TYPE);
            identityService.saveGroup(group);
        } else if (!role.vietnameseName().equals(group.getName())) {
            group.setName(role.vietnameseName());
            identityService.saveGroup(group);
        }
    }

    private void grantRoleAuthorizations(Role role) {
        String g = role.groupId();
        if (role == Role.ADMIN) {
            for (Resources resource : Resources.values()) {
                grant(g, resource, ANY, Permissions.ALL);
            }
            return;
        }
        if (role.usesTasklist()) {
            grant(g, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // Task names, process names and forms come from the definitions; candidates are shown by name.
            grant(g, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
            grant(g, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
            grant(g, Resources.DEPLOYMENT, ANY, Permissions.READ);
            grant(g, Resources.GROUP, ANY, Permissions.READ);
            grant(g, Resources.USER, ANY, Permissions.READ);
        }
        if (role.usesCockpit()) {
            grant(g, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            // Read-only oversight: definitions, instances and their history, never changes.
            grant(g, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            grant(g, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
            grant(g, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(g, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grant(g, Resources.DEPLOYMENT, ANY, Permissions.READ);
            grant(g, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
            grant(g, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
            grant(g, Resources.GROUP, ANY, Permissions.READ);
            grant(g, Resources.USER, ANY, Permissions.READ);
        }
        Set<String> startable = STARTABLE_PROCESSES.getOrDefault(role, Set.of());
        revokeStartsBeyond(g, startable);
        for (String processKey : startable) {
            grant(g, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        if (!startable.isEmpty()) {
            grant(g, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        }
    }

    /**
     * Takes back the start of any process the role no longer starts (a database set up by an earlier version keeps
     * its grants otherwise), so the start dialog offers each role only what it may start.
     */
    private void revokeStartsBeyond(String groupId, Set<String> startable) {
        for (Authorization auth : authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(Resources.PROCESS_DEFINITION).list()) {
            if (!ANY.equals(auth.getResourceId()) && !startable.contains(auth.getResourceId())
                    && auth.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)) {
                auth.removePermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
                authorizationService.saveAuthorization(auth);
            }
        }
    }

    /** Adds the permissions to the group's GRANT authorization on the resource, creating it if needed. */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization auth = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        boolean changed = false;
        if (auth == null) {
            auth = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
            changed = true;
        }
        for (Permission permission : permissions) {
            if (!auth.isPermissionGranted(permission)) {
                auth.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(auth);
        }
    }

    /** Creates the configured first administrator if missing ({@link AdministratorPresenceCheck} ensures one). */
    private void ensureFirstAdmin() {
        if (!admin.hasId()) {
            if (identityService.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).count() == 0) {
                throw new IllegalStateException("No administrator and none configured (TDKT_ADMIN_ID)");
            }
            return;
        }
        User user = identityService.createUserQuery().userId(admin.id()).singleResult();
        if (user == null) {
            if (!admin.hasPassword()) {
                throw new IllegalStateException("TDKT_ADMIN_PASSWORD is required to create the first administrator '"
                        + admin.id() + "': there is no default password.");
            }
            user = identityService.newUser(admin.id());
            user.setFirstName(admin.firstName() == null ? "Quản trị" : admin.firstName());
            user.setLastName(admin.lastName() == null ? "hệ thống" : admin.lastName());
            user.setPassword(admin.password());
            identityService.saveUser(user);
            log.info("Created the first administrator '{}'", admin.id());
        }
        if (identityService.createUserQuery().userId(admin.id()).memberOfGroup(Role.ADMIN.groupId()).count() == 0) {
            identityService.createMembership(admin.id(), Role.ADMIN.groupId());
        }
    }
}

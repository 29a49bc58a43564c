package vn.tdkt.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestProvince;
import vn.tdkt.support.TestUsers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Roles as Camunda groups with Vietnamese names, their authorizations and their Tasklist filters. */
@IntegrationTest
class IdentitySetupTest {

    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired FilterService filterService;
    @Autowired TasklistFilters tasklistFilters;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;
    @Autowired TestRestTemplate rest;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;

    @Test
    void everyRoleIsAGroupWithAVietnameseNameAndMembers() {
        assertThat(identityService.createGroupQuery().count()).isGreaterThanOrEqualTo(10);
        assertThat(identityService.createUserQuery().count()).isGreaterThanOrEqualTo(12);
        for (Role role : Role.values()) {
            Group group = identityService.createGroupQuery().groupId(role.groupId()).singleResult();
            assertThat(group).as(role.name()).isNotNull();
            assertThat(group.getName()).isEqualTo(role.vietnameseName());
            assertThat(identityService.createUserQuery().memberOfGroup(role.groupId()).count())
                    .as("demo users of " + role.groupId()).isPositive();
        }
    }

    @Test
    void unitScopedRolesHaveAGroupPerUnit() {
        Group heads = identityService.createGroupQuery().groupId("unit-head.stp").singleResult();
        assertThat(heads.getName()).isEqualTo("Thủ trưởng cơ quan, đơn vị – Sở Tư pháp");
        assertThat(heads.getType()).isEqualTo(Role.UNIT_GROUP_TYPE);
        assertThat(identityService.createUserQuery().memberOfGroup("unit-head.stp").list())
                .extracting(u -> u.getId()).containsExactly("thutruong.stp");
        assertThat(identityService.createUserQuery().memberOfGroup("unit-officer.stp").list())
                .extracting(u -> u.getId()).containsExactly("canbo.stp");
    }

    @Test
    void applicationsFollowTheRole() {
        assertThat(canAccess("canbo.stp", "tasklist")).isTrue();
        assertThat(canAccess("canbo.stp", "cockpit")).isFalse();
        assertThat(canAccess("canbo.stp", "admin")).isFalse();
        assertThat(canAccess("thanhtra", "cockpit")).isTrue();
        assertThat(canAccess("thanhtra", "tasklist")).isFalse();
        assertThat(canAccess("lanhdao.snv", "cockpit")).isTrue();
        assertThat(canAccess("admin", "admin")).isTrue();
    }

    @Test
    void onlyUnitOfficersStartRegistrations() {
        assertThat(authorizationService.isUserAuthorized("canbo.stp", groups("canbo.stp"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "emulation-registration"))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized("tiepnhan", groups("tiepnhan"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "emulation-registration"))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized("thanhtra", groups("thanhtra"),
                Permissions.CREATE, Resources.DEPLOYMENT, "*")).isFalse();
    }

    @Test
    void onlySpecialistsStartAwardRevocations() {
        assertThat(authorizationService.isUserAuthorized("thamdinh", groups("thamdinh"),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "award-revocation"))
                .isTrue();
        for (String other : List.of("canbo.stp", "thutruong.stp", "tiepnhan", "lanhdao.snv", "chutich", "thanhtra")) {
            assertThat(authorizationService.isUserAuthorized(other, groups(other),
                    ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "award-revocation"))
                    .as(other).isFalse();
        }
    }

    @Test
    void eachRoleSeesItsOwnFilters() {
        List<String> receiver = filterNamesOf("tiepnhan");
        assertThat(receiver).contains(TasklistFilters.MY_TASKS, TasklistFilters.GROUP_TASKS, TasklistFilters.DUE_SOON,
                Role.RECEIVER.tasklistFilterName());
        assertThat(receiver).doesNotContain(Role.COUNCIL_MEMBER.tasklistFilterName(), TasklistFilters.ALL_TASKS);

        List<String> head = filterNamesOf("thutruong.stp");
        assertThat(head).contains(Role.UNIT_HEAD.tasklistFilterName(), Role.BLOCK_MEMBER.tasklistFilterName())
                .doesNotContain(Role.RECEIVER.tasklistFilterName());

        assertThat(filterNamesOf("thanhtra")).isEmpty();
        assertThat(filterNamesOf("admin")).contains(TasklistFilters.ALL_TASKS);
    }

    @Test
    void myTasksFilterListsTheHeadsPendingTask() {
        // Sở Tư pháp's officer submits a dossier: its head has it to sign; the head of a new unit has nothing
        ProposalFixture f = new ProposalFixture(engine, jdbc, dossiers);
        int year = LocalDate.now(clock).getYear() - 1;
        f.awaitingHeadSignature("BK_TINH", year, f.meritoriousPerson(TestProvince.UNIT, "Đoàn Thị Lọc", year));
        new TestOrganisation(rest, identityService, unitGroups, profiles, jdbc).staffedUnit("dvloc", "Đơn vị thử bộ lọc");

        Filter group = filterService.createFilterQuery().filterName(TasklistFilters.GROUP_TASKS).singleResult();
        long forHead = TestUsers.as(identityService, TestProvince.UNIT_HEAD, () -> filterService.count(group.getId()));
        long forOtherHead = TestUsers.as(identityService, "tt.dvloc", () -> filterService.count(group.getId()));
        assertThat(forHead).isGreaterThanOrEqualTo(1);
        assertThat(forOtherHead).isZero();
    }

    @Test
    void bootstrapIsIdempotentAndRefusesAnAdminWithoutPassword() {
        long authorizations = authorizationService.createAuthorizationQuery().count();
        new IdentityBootstrap(identityService, authorizationService, tasklistFilters,
                new BootstrapProperties("admin", "demo", null, null)).run(null);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);

        IdentityBootstrap noPassword = new IdentityBootstrap(identityService, authorizationService, tasklistFilters,
                new BootstrapProperties("quantri.moi", "", null, null));
        assertThatThrownBy(() -> noPassword.run(null)).hasMessageContaining("TDKT_ADMIN_PASSWORD");
        assertThat(identityService.createUserQuery().userId("quantri.moi").count()).isZero();
    }

    private boolean canAccess(String user, String app) {
        return authorizationService.isUserAuthorized(user, groups(user), Permissions.ACCESS, Resources.APPLICATION, app);
    }

    private List<String> groups(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private List<String> filterNamesOf(String user) {
        return TestUsers.as(identityService, user, () -> filterService.createFilterQuery().list().stream()
                .map(Filter::getName).toList());
    }
}

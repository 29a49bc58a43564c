package vn.tdkt.documents;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.refusal.Refusal;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierAccessTest {

    private final DossierAccess access = new DossierAccess();
    private final Dossier stp = new Dossier("DNKT-2026-00017", "stp", true, 1, null, null);

    @Test
    void theOwnerUnitsOfficerUploadsAndReads() {
        CurrentUser officer = CurrentUser.of("canbo.stp", "unit-officer", "unit-officer.stp");
        assertThat(access.mayUpload(officer, "stp")).isTrue();
        assertThat(access.mayRead(officer, "stp")).isTrue();
        assertThatCode(() -> access.checkUpload(officer, stp)).doesNotThrowAnyException();
    }

    @Test
    void anotherUnitsOfficerDoesNeither() {
        CurrentUser other = CurrentUser.of("canbo.syt", "unit-officer", "unit-officer.syt");
        assertThat(access.mayUpload(other, "stp")).isFalse();
        assertThat(access.mayRead(other, "stp")).isFalse();
        assertThatThrownBy(() -> access.checkUpload(other, stp)).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(e.code()).isEqualTo("DOSSIER_FORBIDDEN");
            assertThat(e.getMessage()).contains("không có quyền tải tài liệu lên hồ sơ 'DNKT-2026-00017'");
        });
        assertThatThrownBy(() -> access.checkRead(other, stp)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }

    @Test
    void theOwnerUnitsHeadAndBlockMemberReadButDoNotUpload() {
        for (String group : List.of("unit-head.stp", "block-member.stp")) {
            CurrentUser caller = CurrentUser.of("thutruong.stp", "unit-head", "block-member", group);
            assertThat(access.mayRead(caller, "stp")).as(group).isTrue();
            assertThat(access.mayUpload(caller, "stp")).as(group).isFalse();
            assertThat(access.mayRead(caller, "syt")).as(group).isFalse();
        }
    }

    @Test
    void roleGroupsWithoutTheUnitGiveNothing() {
        // being an officer of some unit is not enough: the per-unit group of the owner decides
        CurrentUser roleOnly = CurrentUser.of("someone", "unit-officer", "unit-head", "block-member", "block-leader");
        assertThat(access.mayRead(roleOnly, "stp")).isFalse();
        assertThat(access.mayUpload(roleOnly, "stp")).isFalse();
        assertThat(access.mayRead(CurrentUser.of("nobody"), "stp")).isFalse();
        // a group of a unit whose code merely starts with the owner's code
        assertThat(access.mayRead(CurrentUser.of("x", "unit-officer.stpx"), "stp")).isFalse();
    }

    @Test
    void theStandingAgencyUploadsAndReadsEveryDossier() {
        for (String group : List.of("sa-receiver", "sa-specialist", "camunda-admin")) {
            CurrentUser caller = CurrentUser.of("u", group);
            assertThat(access.mayUpload(caller, "stp")).as(group).isTrue();
            assertThat(access.mayRead(caller, "syt")).as(group).isTrue();
        }
    }

    @Test
    void councilChairmanAuditorsAndTheAgencyHeadOnlyRead() {
        // the standing agency's head oversees read-only (issue 13): reading every dossier gives no right to add to one
        for (String group : List.of("council-member", "council-secretary", "chairman", "auditor", "sa-head")) {
            CurrentUser caller = CurrentUser.of("u", group);
            assertThat(access.mayRead(caller, "stp")).as(group).isTrue();
            assertThat(access.mayUpload(caller, "stp")).as(group).isFalse();
        }
    }

    @Test
    void theCallerComesFromTheSpringAuthorities() {
        var auth = UsernamePasswordAuthenticationToken.authenticated("canbo.stp", null, List.of(
                new SimpleGrantedAuthority("GROUP_unit-officer"), new SimpleGrantedAuthority("GROUP_unit-officer.stp"),
                new SimpleGrantedAuthority("ROLE_USER")));
        CurrentUser caller = CurrentUser.of(auth);
        assertThat(caller.userId()).isEqualTo("canbo.stp");
        assertThat(caller.groupIds()).containsExactlyInAnyOrder("unit-officer", "unit-officer.stp");
        assertThat(access.mayUpload(caller, "stp")).isTrue();
    }
}

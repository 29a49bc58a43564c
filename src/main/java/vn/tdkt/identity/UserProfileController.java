package vn.tdkt.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.workflow.RecordRows;

import java.util.List;

/**
 * Which unit a user works in. Admins create users in Camunda Admin and place them in a unit here;
 * moving a user also moves them between the per-unit groups of their unit-scoped roles.
 */
@RestController
public class UserProfileController {

    private final IdentityService identityService;
    private final UserProfileRepository profiles;
    private final UnitGroups unitGroups;
    private final JdbcClient jdbc;

    public UserProfileController(IdentityService identityService, UserProfileRepository profiles,
                                 UnitGroups unitGroups, JdbcClient jdbc) {
        this.identityService = identityService;
        this.profiles = profiles;
        this.unitGroups = unitGroups;
        this.jdbc = jdbc;
    }

    public record ProfileView(String userId, String unitCode, String unitName, List<String> groupIds) { }

    public record PlaceRequest(@NotBlank(message = "Cần mã đơn vị (unitCode).") String unitCode) { }

    @GetMapping("/api/user-profiles/{userId}")
    public ProfileView get(@PathVariable String userId) {
        requireUser(userId);
        return view(userId);
    }

    @PutMapping("/api/user-profiles/{userId}")
    @Transactional
    public ProfileView place(@PathVariable String userId, @Valid @RequestBody PlaceRequest request) {
        requireUser(userId);
        record UnitRow(long id, String code, String name, boolean active) { }
        UnitRow unit = jdbc.sql("SELECT id, code, name, (valid_to IS NULL OR valid_to >= CURRENT_DATE) AS active"
                        + " FROM org_unit WHERE code = ?").param(request.unitCode().strip())
                .query(RecordRows.of(UnitRow.class)).optional().orElseThrow(() -> Refusal.invalid("UNKNOWN_UNIT",
                        "Không tìm thấy đơn vị có mã '" + request.unitCode().strip() + "'."));
        if (!unit.active()) {
            throw Refusal.invalid("UNIT_ENDED", "Đơn vị '" + unit.code() + "' đã kết thúc hoạt động.");
        }
        UnitRef previous = profiles.unitOf(userId).orElse(null);
        List<String> groups = groupIds(userId);
        unitGroups.ensureGroupsOf(unit.code(), unit.name());
        for (Role role : UnitGroups.scopedRoles()) {
            if (!groups.contains(role.groupId())) {
                continue;
            }
            if (previous != null && !previous.code().equals(unit.code())
                    && groups.contains(role.unitGroupId(previous.code()))) {
                identityService.deleteMembership(userId, role.unitGroupId(previous.code()));
            }
            unitGroups.addMember(userId, role, unit.code());
        }
        profiles.assign(userId, unit.id(), null);
        return view(userId);
    }

    private void requireUser(String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw Refusal.notFound("USER_NOT_FOUND", "Không có tài khoản '" + userId + "'.");
        }
    }

    private List<String> groupIds(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private ProfileView view(String userId) {
        UnitRef unit = profiles.unitOf(userId).orElse(null);
        return new ProfileView(userId, unit == null ? null : unit.code(), unit == null ? null : unit.name(),
                groupIds(userId).stream().sorted().toList());
    }
}

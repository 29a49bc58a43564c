package vn.tdkt.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who am I: the caller's name, unit and roles, as the engine knows them. */
@RestController
public class MeController {

    private final IdentityService identityService;
    private final UserProfileRepository profiles;

    public MeController(IdentityService identityService, UserProfileRepository profiles) {
        this.identityService = identityService;
        this.profiles = profiles;
    }

    public record RoleView(String groupId, String name) { }

    public record MeView(String userId, String fullName, String unitCode, String unitName, List<RoleView> roles) { }

    @GetMapping("/api/me")
    public MeView me(Authentication authentication) {
        String userId = authentication.getName();
        User user = identityService.createUserQuery().userId(userId).singleResult();
        List<RoleView> roles = identityService.createGroupQuery().groupMember(userId).orderByGroupId().asc().list()
                .stream().map((Group g) -> new RoleView(g.getId(), g.getName())).toList();
        UnitRef unit = profiles.unitOf(userId).orElse(null);
        return new MeView(userId, user == null ? userId : user.getFirstName() + " " + user.getLastName(),
                unit == null ? null : unit.code(), unit == null ? null : unit.name(), roles);
    }
}

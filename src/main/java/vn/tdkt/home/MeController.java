package vn.tdkt.home;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.UnitRef;
import vn.tdkt.identity.UserProfileRepository;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who am I: the caller's name, unit and groups, as the engine knows them, and for the home page the guide of the
 * caller's roles (what each does, its Tasklist filters and pages, {@link RoleGuide}).
 */
@RestController
public class MeController {

    private final IdentityService identityService;
    private final UserProfileRepository profiles;
    private final RoleGuide guide;

    public MeController(IdentityService identityService, UserProfileRepository profiles, RoleGuide guide) {
        this.identityService = identityService;
        this.profiles = profiles;
        this.guide = guide;
    }

    public record RoleView(String groupId, String name) { }

    /**
     * @param roles every group of the caller; @param guide a card per workflow role with its links;
     * @param links links every role of the caller shares (their Tasklist filters, the leave page);
     * @param myTasksUrl Tasklist's "Việc của tôi" filter, when the caller may read it
     */
    public record MeView(String userId, String fullName, String unitCode, String unitName, List<RoleView> roles,
                         List<RoleGuide.RoleCard> guide, List<RoleGuide.Link> links, String myTasksUrl) { }

    @GetMapping("/api/me")
    public MeView me(Authentication authentication) {
        String userId = authentication.getName();
        User user = identityService.createUserQuery().userId(userId).singleResult();
        List<RoleView> roles = identityService.createGroupQuery().groupMember(userId).orderByGroupId().asc().list()
                .stream().map((Group g) -> new RoleView(g.getId(), g.getName())).toList();
        UnitRef unit = profiles.unitOf(userId).orElse(null);
        Set<String> groupIds = roles.stream().map(RoleView::groupId).collect(Collectors.toSet());
        RoleGuide.Guide forUser = guide.of(userId, groupIds, unit);
        return new MeView(userId, user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip(),
                unit == null ? null : unit.code(), unit == null ? null : unit.name(), roles, forUser.roles(),
                forUser.common(), forUser.myTasksUrl());
    }
}

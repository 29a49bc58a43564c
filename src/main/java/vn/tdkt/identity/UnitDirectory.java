package vn.tdkt.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers "who in unit X holds role Y", for candidate users of unit-scoped tasks
 * (used in BPMN as {@code ${unitDirectory.userIdsInRole(unitCode, 'unit-head')}}).
 */
@Component("unitDirectory")
public class UnitDirectory {

    private final IdentityService identityService;
    private final UserProfileRepository profiles;

    public UnitDirectory(IdentityService identityService, UserProfileRepository profiles) {
        this.identityService = identityService;
        this.profiles = profiles;
    }

    public List<String> userIdsInRole(String unitCode, String groupId) {
        Set<String> inUnit = Set.copyOf(profiles.userIdsOfUnit(unitCode));
        if (inUnit.isEmpty()) {
            return List.of();
        }
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(User::getId).filter(inUnit::contains).sorted().collect(Collectors.toList());
    }
}

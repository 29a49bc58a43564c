package vn.tdkt.documents;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who calls the dossier API: the user id and Camunda group ids of the request's Spring Security
 * authentication, whose authorities are {@code GROUP_<groupId>} (see CamundaIdentityAuthenticationProvider).
 */
public record Caller(String userId, Set<String> groupIds) {

    static final String GROUP_PREFIX = "GROUP_";

    public Caller {
        groupIds = Set.copyOf(groupIds);
    }

    public static Caller of(String userId, String... groupIds) {
        return new Caller(userId, Set.of(groupIds));
    }

    public static Caller of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("The dossier API runs behind Spring Security's authentication");
        }
        Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(GROUP_PREFIX))
                .map(a -> a.substring(GROUP_PREFIX.length()))
                .collect(Collectors.toSet());
        return new Caller(authentication.getName(), groups);
    }

    public boolean inGroup(String groupId) {
        return groupIds.contains(groupId);
    }
}

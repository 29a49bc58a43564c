package vn.tdkt.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who makes the request: the user id and Camunda group ids of a Spring Security authentication. Sign-in
 * (CamundaIdentityAuthenticationProvider) grants each of the user's Camunda groups as the authority
 * {@code GROUP_<groupId>}; this is the one place that reads them back, so no service parses authority strings.
 */
public record CurrentUser(String userId, Set<String> groupIds) {

    /** The prefix of a Camunda group granted as a Spring Security authority. */
    public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

    public CurrentUser {
        groupIds = Set.copyOf(groupIds);
    }

    public static CurrentUser of(String userId, String... groupIds) {
        return new CurrentUser(userId, Set.of(groupIds));
    }

    /** The signed-in caller; a request without authentication is a programming error behind Spring Security. */
    public static CurrentUser of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("The API runs behind Spring Security's authentication");
        }
        return new CurrentUser(authentication.getName(), groupsOf(authentication));
    }

    /** The caller's Camunda groups; none for a missing authentication. */
    public static Set<String> groupsOf(Authentication authentication) {
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(GROUP_AUTHORITY_PREFIX))
                .map(a -> a.substring(GROUP_AUTHORITY_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The authority that stands for membership of a Camunda group. */
    public static String authority(String groupId) {
        return GROUP_AUTHORITY_PREFIX + groupId;
    }

    public boolean inGroup(String groupId) {
        return groupIds.contains(groupId);
    }

    public boolean has(Role role) {
        return groupIds.contains(role.groupId());
    }
}

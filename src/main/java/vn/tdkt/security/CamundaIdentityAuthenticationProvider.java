package vn.tdkt.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.CurrentUser;

import java.util.List;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, so API clients use the same
 * users, passwords and login throttling as the webapps. An attempt the {@link LoginThrottle} holds back is
 * refused before any password is checked (429). Each Camunda group becomes an authority {@code GROUP_<groupId>}.
 * A password checked right shortly before is trusted from the {@link CredentialCache} without a database round trip;
 * any other password is checked by the engine (and counted by the throttle when wrong).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final CredentialCache cache;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
                                                 CredentialCache cache) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.cache = cache;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Missing credentials");
        }
        LoginThrottle.Decision decision = throttle.decide(userId, LoginSource.current());
        if (!decision.allowed()) {
            throw new LoginHeldBackException(decision);
        }
        String password = credentials.toString();
        var remembered = cache.lookup(userId, password);
        if (remembered.isPresent()) {
            throttle.recordSuccess(userId, LoginSource.current());
            return token(remembered.get());
        }
        long generation = cache.generation();
        // checkPassword records the attempt with the throttle and, when wrong, in the audit chain
        if (!identityService.checkPassword(userId, password)) {
            throw new BadCredentialsException("Bad credentials");
        }
        CredentialCache.Identity identity = identityOf(identityService, userId);
        cache.remember(userId, password, identity, generation);
        return token(identity);
    }

    /** The user's groups and tenants (a tenant counts when the user or one of their groups belongs to it). */
    static CredentialCache.Identity identityOf(IdentityService identityService, String userId) {
        List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList();
        List<String> tenantIds = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        return new CredentialCache.Identity(userId, groupIds, tenantIds);
    }

    private static UsernamePasswordAuthenticationToken token(CredentialCache.Identity identity) {
        List<SimpleGrantedAuthority> authorities = identity.groupIds().stream()
                .map(id -> new SimpleGrantedAuthority(CurrentUser.authority(id))).toList();
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(identity.userId(), null, authorities);
        result.setDetails(new EngineIdentity(identity.userId(), identity.groupIds(), identity.tenantIds()));
        return result;
    }

    /** The user with their Camunda groups as authorities, and the identity the engine checks its rights against. */
    static UsernamePasswordAuthenticationToken authenticated(IdentityService identityService, String userId) {
        List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList();
        List<SimpleGrantedAuthority> authorities = groupIds.stream()
                .map(id -> new SimpleGrantedAuthority(CurrentUser.authority(id))).toList();
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
        result.setDetails(new EngineIdentity(userId, groupIds));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The user, groups and tenants the engine checks its authorizations against (tenants null: none looked up). */
    public record EngineIdentity(String userId, List<String> groupIds, List<String> tenantIds) {
        public EngineIdentity(String userId, List<String> groupIds) {
            this(userId, groupIds, null);
        }
    }
}

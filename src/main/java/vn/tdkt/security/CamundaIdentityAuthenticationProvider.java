package vn.tdkt.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
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
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    public CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
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
        // checkPassword records the attempt with the throttle and, when wrong, in the audit chain
        if (!identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        return authenticated(identityService, userId);
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

    /** The user and groups the engine checks its authorizations against. */
    public record EngineIdentity(String userId, List<String> groupIds) { }
}

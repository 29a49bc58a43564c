package vn.tdkt.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt held back by the {@link LoginThrottle}: answered 429 with Retry-After, no password checked. */
class LoginHeldBackException extends AuthenticationException {

    private final transient LoginThrottle.Decision decision;

    LoginHeldBackException(LoginThrottle.Decision decision) {
        super(decision.reason());
        this.decision = decision;
    }

    LoginThrottle.Decision decision() {
        return decision;
    }
}

package vn.tdkt.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Objects;

/**
 * How guessing passwords is slowed down ({@code tdkt.security.login.*}); see {@link LoginThrottle}.
 *
 * @param freeAttempts   wrong passwords for one account from one source before any waiting
 * @param firstDelay     the wait after the first attempt beyond those, doubled after each further wrong password
 * @param maxDelay       the longest wait for one account from one source (also how long such a lock lasts)
 * @param window         the period over which failures per source and per account are counted
 * @param sourceLimit    wrong passwords from one source (any accounts) within the window before it must wait
 * @param accountLimit   wrong passwords for one account (any sources) within the window before only its known
 *                       sources may still try
 * @param knownSourceTtl how long a source that signed in to an account stays known for it
 */
@ConfigurationProperties(prefix = "tdkt.security.login")
public record LoginThrottleProperties(Integer freeAttempts, Duration firstDelay, Duration maxDelay, Duration window,
                                      Integer sourceLimit, Integer accountLimit, Duration knownSourceTtl) {

    public LoginThrottleProperties {
        freeAttempts = Objects.requireNonNullElse(freeAttempts, 3);
        firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        window = window == null ? Duration.ofMinutes(15) : window;
        sourceLimit = Objects.requireNonNullElse(sourceLimit, 30);
        accountLimit = Objects.requireNonNullElse(accountLimit, 50);
        knownSourceTtl = knownSourceTtl == null ? Duration.ofDays(30) : knownSourceTtl;
    }

    public static LoginThrottleProperties defaults() {
        return new LoginThrottleProperties(null, null, null, null, null, null, null);
    }
}

package vn.tdkt.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a successful HTTP Basic check is remembered ({@code tdkt.security.credential-cache.*}); see
 * {@link CredentialCache}.
 *
 * @param ttl        how long a checked password, with the user's groups and tenants, is trusted without asking the
 *                   database again: the longest a change made outside the application (straight in the database) takes
 *                   to apply; changes through the application or Camunda's identity service apply at once. 0 turns
 *                   the cache off.
 * @param maxEntries how many users are remembered at most (one entry per user)
 */
@ConfigurationProperties(prefix = "tdkt.security.credential-cache")
public record CredentialCacheProperties(Duration ttl, Integer maxEntries) {

    public CredentialCacheProperties {
        ttl = ttl == null ? Duration.ofSeconds(60) : ttl;
        maxEntries = Objects.requireNonNullElse(maxEntries, 10_000);
        if (ttl.isNegative() || maxEntries < 1) {
            throw new IllegalArgumentException("tdkt.security.credential-cache: ttl >= 0 and max-entries >= 1");
        }
    }

    public static CredentialCacheProperties defaults() {
        return new CredentialCacheProperties(null, null);
    }
}

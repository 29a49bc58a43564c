package vn.tdkt.security;

import org.springframework.stereotype.Component;
import vn.tdkt.identity.IdentityChanges;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers, for a short while, that an API client's HTTP Basic password was right, with the user's groups and
 * tenants, so that each of its requests does not take a database connection to check the password and read the
 * memberships again (issue 17: with 50 reviewers, 41 of 54 request threads waited for a connection to do just that).
 * <ul>
 *   <li>Nothing in clear: an entry holds an HMAC-SHA-256 of user id and password under a key drawn at start-up and
 *   never stored; a restart forgets everything.</li>
 *   <li>Only successes are remembered: a password that does not match the remembered one is checked by the engine
 *   again, through the {@link LoginThrottle}, and counts as a wrong password there.</li>
 *   <li>Bounded: one entry per user, at most {@code max-entries}; each trusted for {@code ttl} after its check.</li>
 *   <li>Forgotten at once when the user, their password, their groups or tenants change through the application or
 *   Camunda's identity service ({@link IdentityChanges}, told by the engine's identity provider, again after the
 *   change commits); a change made beside the engine (straight in the database) applies within {@code ttl}.</li>
 * </ul>
 */
@Component
public class CredentialCache implements IdentityChanges {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CredentialCacheProperties properties;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Bumped by every change: a check that began before a change does not put what it read in the cache. */
    private final AtomicLong generation = new AtomicLong();

    /** What is remembered of one user's last successful check. */
    public record Identity(String userId, List<String> groupIds, List<String> tenantIds) {
        public Identity {
            groupIds = List.copyOf(groupIds);
            tenantIds = List.copyOf(tenantIds);
        }
    }

    private record Entry(byte[] mac, Identity identity, Instant checkedAt) { }

    @org.springframework.beans.factory.annotation.Autowired
    public CredentialCache(CredentialCacheProperties properties) {
        this(properties, Clock.systemUTC());
    }

    CredentialCache(CredentialCacheProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        RANDOM.nextBytes(key);
    }

    /** The generation to hand back to {@link #remember} after a check made against the database. */
    public long generation() {
        return generation.get();
    }

    /** The identity of a user whose password matched the remembered one within the TTL, or empty. */
    public Optional<Identity> lookup(String userId, String password) {
        if (!enabled()) {
            return Optional.empty();
        }
        Entry entry = entries.get(userId);
        if (entry == null) {
            return Optional.empty();
        }
        if (expired(entry, clock.instant())) {
            entries.remove(userId, entry);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.mac(), mac(userId, password)) ? Optional.of(entry.identity())
                : Optional.empty();
    }

    /**
     * Remembers a successful check, unless an identity change happened since {@code generationBefore} (then the
     * groups read may already be stale, and the next request checks again).
     */
    public void remember(String userId, String password, Identity identity, long generationBefore) {
        if (!enabled()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= properties.maxEntries() && !entries.containsKey(userId)) {
            entries.values().removeIf(e -> expired(e, now));
            while (entries.size() >= properties.maxEntries()) {
                entries.entrySet().stream().min(Comparator.comparing(e -> e.getValue().checkedAt()))
                        .ifPresent(e -> entries.remove(e.getKey(), e.getValue()));
            }
        }
        entries.put(userId, new Entry(mac(userId, password), identity, now));
        if (generation.get() != generationBefore) {
            entries.remove(userId);
        }
    }

    @Override
    public void userChanged(String userId) {
        generation.incrementAndGet();
        if (userId != null) {
            entries.remove(userId);
        }
    }

    @Override
    public void everyoneChanged() {
        generation.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private boolean enabled() {
        return !properties.ttl().isZero();
    }

    private boolean expired(Entry entry, Instant now) {
        return !now.isBefore(entry.checkedAt().plus(properties.ttl()));
    }

    private byte[] mac(String userId, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(userId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

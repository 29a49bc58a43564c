package vn.tdkt.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialCacheTest {

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Moving clock = new Moving();
    final CredentialCache cache = new CredentialCache(new CredentialCacheProperties(Duration.ofSeconds(60), 3), clock);
    final CredentialCache.Identity tiepnhan = new CredentialCache.Identity("tiepnhan", List.of("sa-receiver"), List.of());

    @Test
    void theRightPasswordIsTrustedWithinTheTtlAndNoLonger() {
        cache.remember("tiepnhan", "demo", tiepnhan, cache.generation());

        assertThat(cache.lookup("tiepnhan", "demo")).contains(tiepnhan);
        clock.now = clock.now.plusSeconds(59);
        assertThat(cache.lookup("tiepnhan", "demo")).contains(tiepnhan);
        clock.now = clock.now.plusSeconds(1);
        assertThat(cache.lookup("tiepnhan", "demo")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void anotherPasswordOrAnotherUserIsNeverTrusted() {
        cache.remember("tiepnhan", "demo", tiepnhan, cache.generation());

        assertThat(cache.lookup("tiepnhan", "demo2")).isEmpty();
        assertThat(cache.lookup("tiepnhan", "")).isEmpty();
        assertThat(cache.lookup("thamdinh", "demo")).isEmpty();
        // the old entry stays for the right password: a wrong one is checked (and throttled) elsewhere
        assertThat(cache.lookup("tiepnhan", "demo")).contains(tiepnhan);
    }

    @Test
    void aChangeToTheUserOrToEveryoneForgetsAtOnce() {
        cache.remember("tiepnhan", "demo", tiepnhan, cache.generation());
        cache.remember("thamdinh", "demo", new CredentialCache.Identity("thamdinh", List.of("sa-specialist"),
                List.of()), cache.generation());

        cache.userChanged("tiepnhan");
        assertThat(cache.lookup("tiepnhan", "demo")).isEmpty();
        assertThat(cache.lookup("thamdinh", "demo")).isPresent();

        cache.everyoneChanged();
        assertThat(cache.lookup("thamdinh", "demo")).isEmpty();
    }

    @Test
    void aCheckThatBeganBeforeAChangeIsNotRemembered() {
        long before = cache.generation();
        cache.userChanged("someone-else"); // a password changed while this check read the database
        cache.remember("tiepnhan", "demo", tiepnhan, before);

        assertThat(cache.lookup("tiepnhan", "demo")).isEmpty();
    }

    @Test
    void theNumberOfUsersRememberedIsBoundedOldestFirst() {
        for (String user : List.of("a", "b", "c", "d")) {
            cache.remember(user, "pw", new CredentialCache.Identity(user, List.of(), List.of()), cache.generation());
            clock.now = clock.now.plusSeconds(1);
        }

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.lookup("a", "pw")).isEmpty();
        assertThat(cache.lookup("d", "pw")).isPresent();
    }

    @Test
    void aTtlOfZeroRemembersNothing() {
        CredentialCache off = new CredentialCache(new CredentialCacheProperties(Duration.ZERO, 10), clock);
        off.remember("tiepnhan", "demo", tiepnhan, off.generation());

        assertThat(off.lookup("tiepnhan", "demo")).isEmpty();
    }
}

package vn.tdkt.proposal;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PublicCommentThrottleTest {

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-03T01:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void anAddressGetsItsLimitPerHourAndOthersAreNotTouched() {
        MovableClock clock = new MovableClock();
        PublicCommentThrottle throttle = new PublicCommentThrottle(3, clock);

        assertThat(throttle.tryAcquire("10.0.0.1")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(20));
        assertThat(throttle.tryAcquire("10.0.0.1")).isTrue();
        assertThat(throttle.tryAcquire("10.0.0.1")).isTrue();
        assertThat(throttle.tryAcquire("10.0.0.1")).as("fourth within the hour").isFalse();
        assertThat(throttle.tryAcquire("10.0.0.2")).as("another address").isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(40));
        assertThat(throttle.tryAcquire("10.0.0.1")).as("the first has left the window").isTrue();
        assertThat(throttle.tryAcquire("10.0.0.1")).isFalse();
    }
}

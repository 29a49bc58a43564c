package vn.tdkt.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wait between delivery attempts doubles after each failure and stops growing at the maximum. */
class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofMinutes(5), Duration.ofHours(6));

    @Test
    void doublesAfterEachFailure() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(20));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(40));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(80));
    }

    @Test
    void isCappedAtTheMaximum() {
        assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofMinutes(320));
        assertThat(backoff.delayAfter(8)).isEqualTo(Duration.ofHours(6));
        assertThat(backoff.delayAfter(31)).isEqualTo(Duration.ofHours(6));
        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void hugeDelaysDoNotOverflow() {
        RetryBackoff slow = new RetryBackoff(Duration.ofDays(365 * 1000L), Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(slow.delayAfter(31)).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
    }

    @Test
    void defaultsComeFromTheProperties() {
        NotificationProperties defaults = new NotificationProperties("a@b.vn", 5, Duration.ofMinutes(5),
                Duration.ofHours(6), 50);
        assertThat(defaults.backoff().delayAfter(2)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationProperties("a@b.vn", 0, Duration.ofMinutes(5),
                Duration.ofHours(6), 50))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

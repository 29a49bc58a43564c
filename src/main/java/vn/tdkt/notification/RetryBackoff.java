package vn.tdkt.notification;

import java.time.Duration;

/**
 * Exponential backoff between delivery attempts: the initial delay after the first failure, then twice as
 * long after each further failure, never longer than the maximum.
 */
public record RetryBackoff(Duration initialDelay, Duration maxDelay) {

    /** Doubling beyond this exponent exceeds any sensible maximum; it also keeps the shift from overflowing. */
    private static final int MAX_EXPONENT = 30;

    public RetryBackoff {
        if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("The initial retry delay must be positive");
        }
        if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("The maximum retry delay must not be shorter than the initial one");
        }
    }

    /** How long to wait before the next attempt once {@code failedAttempts} (1 or more) attempts have failed. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        int exponent = Math.min(failedAttempts - 1, MAX_EXPONENT);
        Duration delay;
        try {
            delay = initialDelay.multipliedBy(1L << exponent);
        } catch (ArithmeticException overflow) {
            return maxDelay;
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}

package vn.tdkt.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of e-mail notifications ({@code tdkt.notification.*}). Whether the outbox is delivered at all
 * ({@code delivery-enabled}) and how often ({@code poll-interval}) are read by {@link OutboxDeliveryScheduler};
 * the mail server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from              sender of every notification, with a display name
 * @param maxAttempts       failed attempts after which a notification is given up (FAILED)
 * @param retryInitialDelay wait after the first failed attempt; it doubles after each further failure
 * @param retryMaxDelay     longest wait between two attempts
 * @param batchSize         rows read from the outbox per query while delivering
 */
@ConfigurationProperties(prefix = "tdkt.notification")
public record NotificationProperties(
        @DefaultValue("Thi đua - Khen thưởng tỉnh Tây Ninh <tdkt@tayninh.gov.vn>") String from,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("5m") Duration retryInitialDelay,
        @DefaultValue("6h") Duration retryMaxDelay,
        @DefaultValue("50") int batchSize) {

    public NotificationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("tdkt.notification.max-attempts must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("tdkt.notification.batch-size must be at least 1");
        }
    }

    public RetryBackoff backoff() {
        return new RetryBackoff(retryInitialDelay, retryMaxDelay);
    }
}

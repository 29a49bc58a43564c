package vn.tdkt.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns Spring's scheduling on when the outbox is to be delivered ({@code tdkt.notification.delivery-enabled}). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = OutboxDeliveryScheduler.ENABLED_PROPERTY, havingValue = "true")
public class NotificationSchedulingConfig {
}

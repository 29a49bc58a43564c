package vn.tdkt.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tdkt.engine.ClusterLocks;

/**
 * Delivers the outbox every {@code tdkt.notification.poll-interval} (default 30 s), only when
 * {@code tdkt.notification.delivery-enabled=true}. With several nodes on one database one node at a time delivers
 * ({@link ClusterLocks}): two nodes reading the same pending row would otherwise both send its mail.
 */
@Component
@ConditionalOnProperty(name = OutboxDeliveryScheduler.ENABLED_PROPERTY, havingValue = "true")
public class OutboxDeliveryScheduler {

    static final String ENABLED_PROPERTY = "tdkt.notification.delivery-enabled";

    private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryScheduler.class);

    static final String LOCK_NAME = "notification-outbox";

    private final OutboxDelivery delivery;
    private final ClusterLocks locks;

    public OutboxDeliveryScheduler(OutboxDelivery delivery, ClusterLocks locks) {
        this.delivery = delivery;
        this.locks = locks;
    }

    @Scheduled(initialDelayString = "${tdkt.notification.poll-interval:30s}",
            fixedDelayString = "${tdkt.notification.poll-interval:30s}")
    public void deliver() {
        try {
            locks.runAlone(LOCK_NAME, () -> {
                DeliveryReport report = delivery.deliverPending();
                if (!report.nothingDone()) {
                    log.info("Notification outbox: {} sent, {} to retry, {} given up", report.sent(),
                            report.retrying(), report.failed());
                }
            });
        } catch (DataAccessException e) {
            // The database is unavailable: the next run tries again.
            log.warn("Notification outbox not delivered: {}", e.getMostSpecificCause().getMessage());
        }
    }
}

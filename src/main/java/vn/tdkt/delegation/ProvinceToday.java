package vn.tdkt.delegation;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one "now" of delegation: the engine's clock ({@link ClockUtil}), read in the province's time zone (the zone of
 * the application's {@link Clock} bean, {@code tdkt.time-zone}). Tasks are created inside engine commands, whose
 * timestamps (task create time, history, audit) come from {@link ClockUtil}; the API uses the same clock so that
 * "today" never differs between the rule that accepts a range and the listener that applies it. In production both
 * are the system clock; a test that moves the engine's clock moves delegation with it.
 */
@Component
public class ProvinceToday {

    private final ZoneId zone;

    public ProvinceToday(Clock clock) {
        this.zone = clock.getZone();
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return now().atZone(zone).toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }
}

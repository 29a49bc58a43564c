package vn.tdkt.engine;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's one clock: the process engine's time ({@link ClockUtil}, which stamps tasks, jobs, history and
 * timers) read in the province's time zone. Services take {@code java.time.Clock} and never see the engine's
 * internals; a test that moves the engine's time ({@code ClockUtil.setCurrentTime}) moves every "today" of the
 * application with it, so a deadline computed by a service and a timer fired by the engine cannot disagree. In
 * production both are the system clock.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new EngineClock(other);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public long millis() {
        return ClockUtil.getCurrentTime().getTime();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EngineClock other && other.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Override
    public String toString() {
        return "EngineClock[" + zone + "]";
    }
}

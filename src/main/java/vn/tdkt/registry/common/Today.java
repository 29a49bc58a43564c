package vn.tdkt.registry.common;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today and now in the province's time zone, from the application's one clock (the engine's time, see
 * {@code vn.tdkt.engine.EngineClock}): the rule that accepts a date range, the listener that applies it and the
 * engine's task timestamps never disagree on what day it is.
 */
@Component
public class Today {

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public int year() {
        return date().getYear();
    }
}

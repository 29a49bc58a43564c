package vn.tdkt.demo.simulation;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The engine's time as the simulation moves it, as the tests do: it is the time the application's one clock reads
 * (vn.tdkt.engine.EngineClock), so timers fall due and every "today" moves with it. The only class of the simulation
 * that touches the engine's internals (ArchitectureTest names it); the demo code is not part of the production jar.
 * The demo province uses it too, to have one dossier accepted weeks ago (and so overdue today).
 */
public final class SimulationClock {

    private SimulationClock() { }

    public static void freezeAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    static Date now() {
        return ClockUtil.getCurrentTime();
    }

    static void advance(Duration duration) {
        ClockUtil.setCurrentTime(new Date(now().getTime() + duration.toMillis()));
    }

    /** Moves the time to just after {@code due} when it is still ahead. */
    static void reach(Date due) {
        if (due != null && due.after(now())) {
            ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
        }
    }

    static LocalDate today(ZoneId zone) {
        return now().toInstant().atZone(zone).toLocalDate();
    }

    /** Gives the engine back the real time. */
    public static void release() {
        ClockUtil.reset();
    }
}

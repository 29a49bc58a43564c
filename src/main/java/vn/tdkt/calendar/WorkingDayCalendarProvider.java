package vn.tdkt.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.ZoneId;

/**
 * The current {@link WorkingDayCalendar}, built from calendar_day_exception and cached: read on first use,
 * again at once after every change made through {@link DayExceptionService} ({@link #refresh()}), and again
 * when older than {@code tdkt.calendar.reload-interval}. The once-per-year warning about unseeded years
 * survives the refreshes.
 */
@Component
public class WorkingDayCalendarProvider {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendarProvider.class);

    private final DayExceptionRepository repository;
    private final ZoneId zone;
    private final CalendarProperties properties;
    private final UnseededYearWarning unseededYearWarning = new UnseededYearWarning();

    private volatile Snapshot snapshot;

    private record Snapshot(WorkingDayCalendar calendar, long loadedAtNanos) { }

    public WorkingDayCalendarProvider(DayExceptionRepository repository,
                                      @Value("${tdkt.time-zone:Asia/Ho_Chi_Minh}") String zone,
                                      CalendarProperties properties) {
        this.repository = repository;
        this.zone = ZoneId.of(zone);
        this.properties = properties;
    }

    /** The calendar as of the last load (reloaded first when that is older than the reload interval). */
    public WorkingDayCalendar calendar() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAtNanos() > properties.reloadInterval().toNanos()) {
            return refresh();
        }
        return current.calendar();
    }

    /** Reads the exceptions again and returns the new calendar. */
    public synchronized WorkingDayCalendar refresh() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(repository.findAll(), zone, properties.endOfDayTime(),
                unseededYearWarning);
        snapshot = new Snapshot(calendar, System.nanoTime());
        log.debug("Working-day calendar loaded: {} exceptions, years {}", calendar.exceptions().size(),
                calendar.seededYears());
        return calendar;
    }
}

package vn.tdkt.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Logs once per year, for the lifetime of the application, that a computation used a year without any
 * calendar exception, so that an administrator enters that year's holidays. Thread-safe.
 */
public class UnseededYearWarning implements IntConsumer {

    private static final Logger log = LoggerFactory.getLogger(UnseededYearWarning.class);

    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

    @Override
    public void accept(int year) {
        if (warned.add(year)) {
            log.warn("Working-day calendar: no holiday of {} is entered in calendar_day_exception, so deadlines in {}"
                    + " skip weekends only. An administrator should enter that year's holidays through"
                    + " POST /api/calendar/exceptions/<date>.", year, year);
        }
    }

    /** Whether the year has already been reported. */
    public boolean warned(int year) {
        return warned.contains(year);
    }
}

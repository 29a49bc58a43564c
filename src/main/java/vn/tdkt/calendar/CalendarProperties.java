package vn.tdkt.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Settings of the working-day calendar ({@code tdkt.calendar.*}): the local time a deadline falls at on its
 * last working day ({@code end-of-day}, "HH:mm"), and how long the cached exceptions are trusted before they
 * are read again ({@code reload-interval}; changes through the API refresh the cache at once, this catches
 * changes made directly in the database or by another instance).
 */
@ConfigurationProperties(prefix = "tdkt.calendar")
public record CalendarProperties(@DefaultValue("17:00") String endOfDay,
                                 @DefaultValue("10m") Duration reloadInterval) {

    public CalendarProperties {
        try {
            LocalTime.parse(endOfDay);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("tdkt.calendar.end-of-day must be a time HH:mm, not '" + endOfDay + "'", e);
        }
        if (reloadInterval.isNegative() || reloadInterval.isZero()) {
            throw new IllegalArgumentException("tdkt.calendar.reload-interval must be positive");
        }
    }

    public LocalTime endOfDayTime() {
        return LocalTime.parse(endOfDay);
    }
}

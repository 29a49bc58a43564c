package vn.tdkt.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the values a BPMN expression may hand over (a {@link Date} from {@code now()} or a Date variable, a
 * java.time value, or an ISO-8601 text such as a String variable from a form) into a moment in the
 * province's zone. Texts without an offset are local times of the province; a date alone is its midnight.
 */
final class TemporalArguments {

    /** Camunda's REST date format, e.g. 2026-02-10T09:30:00.000+0700. */
    private static final DateTimeFormatter CAMUNDA_REST = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ");

    private TemporalArguments() { }

    static ZonedDateTime moment(Object value, ZoneId zone, String what) {
        if (value == null) {
            throw new IllegalArgumentException("Thiếu " + what + " (giá trị null).");
        }
        if (value instanceof Date date) {
            // java.sql.Date refuses toInstant(); the epoch milliseconds work for every Date
            return Instant.ofEpochMilli(date.getTime()).atZone(zone);
        }
        if (value instanceof Calendar calendar) {
            return calendar.toInstant().atZone(zone);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone);
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(zone);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(zone);
        }
        if (value instanceof CharSequence text) {
            return parse(text.toString().trim(), zone, what);
        }
        throw new IllegalArgumentException("Không hiểu " + what + " kiểu " + value.getClass().getSimpleName()
                + "; dùng ngày (Date) hoặc chuỗi ISO-8601 như 2026-02-10 hoặc 2026-02-10T09:00:00+07:00.");
    }

    /** Whether the value names a date only (no time of day). */
    static boolean dateOnly(Object value) {
        if (value instanceof LocalDate) {
            return true;
        }
        if (value instanceof CharSequence text) {
            try {
                LocalDate.parse(text.toString().trim());
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static ZonedDateTime parse(String text, ZoneId zone, String what) {
        List<Function<String, ZonedDateTime>> parsers = List.of(
                t -> OffsetDateTime.parse(t).atZoneSameInstant(zone),
                t -> ZonedDateTime.parse(t).withZoneSameInstant(zone),
                t -> Instant.parse(t).atZone(zone),
                t -> OffsetDateTime.from(CAMUNDA_REST.parse(t)).atZoneSameInstant(zone),
                t -> LocalDateTime.parse(t).atZone(zone),
                t -> LocalDate.parse(t).atStartOfDay(zone));
        for (Function<String, ZonedDateTime> parser : parsers) {
            try {
                return parser.apply(text);
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        throw new IllegalArgumentException("Không đọc được " + what + " '" + text + "'; dùng định dạng ISO-8601 như"
                + " 2026-02-10 hoặc 2026-02-10T09:00:00+07:00.");
    }
}

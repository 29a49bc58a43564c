package vn.tdkt.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Working days (ngày làm việc) of the province: Monday to Friday, except the listed exceptions: a
 * {@link DayKind#HOLIDAY} is a day off, a {@link DayKind#WORKING} day is worked even on a weekend.
 * Immutable and thread-safe; a new instance is built when the exceptions change.
 *
 * <p>A year is <em>seeded</em> when at least one exception lies in it. Outside the seeded years the
 * calendar knows no holiday, counts weekends only and reports the year to the {@code unseededYear}
 * listener (which logs it once, see {@link UnseededYearWarning}).
 *
 * <p>Counting rules, the way legal deadlines are counted (the day of the event is not counted):
 * <ul>
 *   <li>{@link #addWorkingDays(LocalDate, int) addWorkingDays(start, n)}, n &ge; 1: the n-th working day
 *   strictly after {@code start}, whether or not {@code start} is itself a working day;
 *   n = 0: {@code start} when it is a working day, otherwise the next working day.</li>
 *   <li>{@link #subtractWorkingDays(LocalDate, int) subtractWorkingDays(date, n)}, n &ge; 1: the n-th
 *   working day strictly before {@code date}; n = 0: {@code date} when it is a working day, otherwise the
 *   previous working day.</li>
 *   <li>{@link #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween(from, to)}: the number of
 *   working days d with from &lt; d &le; to (negative when to is before from), so that
 *   {@code workingDaysBetween(s, addWorkingDays(s, n)) == n} for every n &ge; 1.</li>
 *   <li>{@link #deadline(ZonedDateTime, int) deadline(start, n)}: the end of the working day (by default
 *   17:00) of {@code addWorkingDays(date of start in the province's zone, n)}, in the province's zone.</li>
 * </ul>
 * n must lie between 0 and {@value #MAX_WORKING_DAYS}; otherwise an {@link IllegalArgumentException} with a
 * Vietnamese message is thrown.
 */
public final class WorkingDayCalendar {

    /** The largest number of working days a computation accepts (about 40 years). */
    public static final int MAX_WORKING_DAYS = 10_000;
    /** The longest span, in calendar days, whose working days are counted (about 100 years). */
    public static final long MAX_SPAN_DAYS = 36_600;

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NavigableMap<LocalDate, DayException> exceptions;
    private final Set<Integer> seededYears;
    private final ZoneId zone;
    private final LocalTime endOfDay;
    private final IntConsumer unseededYear;

    /**
     * @param exceptions   the exception days (at most one per date)
     * @param zone         the province's time zone, for the Instant and ZonedDateTime variants
     * @param endOfDay     the local time a deadline falls at on its last working day
     * @param unseededYear told of each year without exceptions that a computation touches (may be called often)
     */
    public WorkingDayCalendar(Collection<DayException> exceptions, ZoneId zone, LocalTime endOfDay,
                              IntConsumer unseededYear) {
        TreeMap<LocalDate, DayException> byDate = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (DayException e : exceptions) {
            if (byDate.put(e.date(), e) != null) {
                throw new IllegalArgumentException("Duplicate calendar exception on " + e.date());
            }
            years.add(e.date().getYear());
        }
        this.exceptions = Collections.unmodifiableNavigableMap(byDate);
        this.seededYears = Collections.unmodifiableSet(years);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.endOfDay = Objects.requireNonNull(endOfDay, "endOfDay");
        this.unseededYear = Objects.requireNonNull(unseededYear, "unseededYear");
    }

    /** A calendar that knows no exception: weekends only, no warning. */
    public static WorkingDayCalendar weekendsOnly(ZoneId zone, LocalTime endOfDay) {
        return new WorkingDayCalendar(List.of(), zone, endOfDay, year -> { });
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime endOfDay() {
        return endOfDay;
    }

    /** Years with at least one exception, in ascending order. */
    public Set<Integer> seededYears() {
        return seededYears;
    }

    public boolean isSeeded(int year) {
        return seededYears.contains(year);
    }

    /** The exception on a date, if any. */
    public Optional<DayException> exception(LocalDate day) {
        return Optional.ofNullable(exceptions.get(Objects.requireNonNull(day, "day")));
    }

    /** The exceptions with fromExclusive &lt; date &le; toInclusive, in date order. */
    public List<DayException> exceptionsBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return List.of();
        }
        return List.copyOf(exceptions.subMap(fromExclusive, false, toInclusive, true).values());
    }

    /** Whether people work on that day: its exception if it has one, otherwise Monday to Friday. */
    public boolean isWorkingDay(LocalDate day) {
        DayException exception = exceptions.get(Objects.requireNonNull(day, "day"));
        if (exception != null) {
            return !exception.dayOff();
        }
        if (!seededYears.contains(day.getYear())) {
            unseededYear.accept(day.getYear());
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The n-th working day after {@code start} ({@code start} itself not counted); for n = 0, {@code start}
     * if it is a working day, otherwise the next working day.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        checkCount(n);
        LocalDate day = start;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The n-th working day before {@code date} ({@code date} itself not counted); for n = 0, {@code date}
     * if it is a working day, otherwise the previous working day.
     */
    public LocalDate subtractWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        checkCount(n);
        LocalDate day = date;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The number of working days d with fromExclusive &lt; d &le; toInclusive; negative (minus the count of
     * the reverse interval) when toInclusive is before fromExclusive.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        if (ChronoUnit.DAYS.between(fromExclusive, toInclusive) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException("Khoảng thời gian từ " + VIETNAMESE_DATE.format(fromExclusive)
                    + " đến " + VIETNAMESE_DATE.format(toInclusive) + " quá dài (tối đa " + MAX_SPAN_DAYS + " ngày).");
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The end of the working day ({@link #endOfDay()}, in the province's zone) of the n-th working day after
     * the date {@code start} has in the province's zone; the time of day of {@code start} does not matter.
     */
    public ZonedDateTime deadline(ZonedDateTime start, int n) {
        LocalDate startDate = Objects.requireNonNull(start, "start").withZoneSameInstant(zone).toLocalDate();
        return addWorkingDays(startDate, n).atTime(endOfDay).atZone(zone);
    }

    /** {@link #deadline(ZonedDateTime, int)} for an instant. */
    public Instant deadline(Instant start, int n) {
        return deadline(Objects.requireNonNull(start, "start").atZone(zone), n).toInstant();
    }

    /**
     * The moment n working days before {@code due}: the same local time of day, on
     * {@code subtractWorkingDays(date of due in the province's zone, n)}.
     */
    public ZonedDateTime reminder(ZonedDateTime due, int n) {
        ZonedDateTime local = Objects.requireNonNull(due, "due").withZoneSameInstant(zone);
        return subtractWorkingDays(local.toLocalDate(), n).atTime(local.toLocalTime()).atZone(zone);
    }

    /** {@link #reminder(ZonedDateTime, int)} for an instant. */
    public Instant reminder(Instant due, int n) {
        return reminder(Objects.requireNonNull(due, "due").atZone(zone), n).toInstant();
    }

    private static void checkCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Số ngày làm việc không được âm (nhận " + n + ").");
        }
        if (n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("Số ngày làm việc tối đa là " + MAX_WORKING_DAYS + " (nhận " + n + ").");
        }
    }

    /** The exceptions by date, for views. */
    public Map<LocalDate, DayException> exceptions() {
        return exceptions;
    }
}

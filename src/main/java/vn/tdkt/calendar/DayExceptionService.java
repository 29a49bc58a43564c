package vn.tdkt.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.refusal.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Administrators' changes to the exception days. Every change is written in its own transaction and then
 * refreshes the cached calendar, so the next deadline computed already follows it.
 */
@Service
public class DayExceptionService {

    private static final Logger log = LoggerFactory.getLogger(DayExceptionService.class);

    /** The saved day and whether it is new (false: an existing day was replaced). */
    public record Saved(CalendarViews.Day day, boolean created) { }

    private final DayExceptionRepository repository;
    private final WorkingDayCalendarProvider provider;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DayExceptionService(DayExceptionRepository repository, WorkingDayCalendarProvider provider,
                               TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.provider = provider;
        this.transactions = transactions;
        this.clock = clock;
    }

    public CalendarViews.Year year(int year) {
        var days = repository.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return new CalendarViews.Year(year, !days.isEmpty(), days.stream().map(CalendarViews.Day::of).toList());
    }

    /** Creates the exception of the date, or replaces the one it has. */
    public Saved save(LocalDate date, CalendarRequests.Save request, String userId) {
        DayKind kind = CalendarInputs.kind(request.kind());
        CalendarInputs.checkKindFits(kind, date);
        DayException day = new DayException(date, kind, request.name().trim(), request.legalBasis().trim(),
                request.verified() == null || request.verified(), blankToNull(request.note()), userId,
                LocalDateTime.now(clock));
        Boolean created = transactions.execute(status -> {
            if (repository.update(day)) {
                return false;
            }
            repository.insert(day);
            return true;
        });
        provider.refresh();
        log.info("Calendar exception {} {} ({}) {} by {}", date, kind, day.name(),
                Boolean.TRUE.equals(created) ? "created" : "replaced", userId);
        return new Saved(CalendarViews.Day.of(day), Boolean.TRUE.equals(created));
    }

    public void delete(LocalDate date, String userId) {
        if (!repository.delete(date)) {
            throw Refusal.notFound("CALENDAR_EXCEPTION_NOT_FOUND", "Ngày "
                    + CalendarViews.VIETNAMESE_DATE.format(date) + " không có trong danh sách ngày nghỉ, ngày làm bù.");
        }
        provider.refresh();
        log.info("Calendar exception {} deleted by {}", date, userId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

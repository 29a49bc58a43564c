package vn.tdkt.calendar;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/**
 * /api/calendar: the working-day calendar. Reading is open to every signed-in user; creating, replacing and
 * deleting exception days is for administrators (SecurityConfig lists /api/calendar/** among the admin-only
 * write paths).
 * <ul>
 *   <li>GET /api/calendar/exceptions?year=2026 (default: this year): the year's holidays and make-up days;</li>
 *   <li>POST /api/calendar/exceptions/{date} with {kind, name, legalBasis, verified?, note?}: creates (201) or
 *   replaces (200) the exception of the date;</li>
 *   <li>DELETE /api/calendar/exceptions/{date}: removes it (204; 404 when there is none);</li>
 *   <li>GET /api/calendar/working-days?from=2026-02-10&amp;days=10 (from defaults to today): the due date.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

    private final DayExceptionService service;
    private final WorkingDayCalendarProvider provider;
    private final Clock clock;

    public CalendarController(DayExceptionService service, WorkingDayCalendarProvider provider, Clock clock) {
        this.service = service;
        this.provider = provider;
        this.clock = clock;
    }

    @GetMapping("/exceptions")
    public CalendarViews.Year exceptions(@RequestParam(required = false) String year) {
        return service.year(year == null || year.isBlank() ? LocalDate.now(clock).getYear() : CalendarInputs.year(year));
    }

    @PostMapping("/exceptions/{date}")
    public ResponseEntity<CalendarViews.Day> save(@PathVariable String date,
                                                  @Valid @RequestBody CalendarRequests.Save request,
                                                  Authentication user) {
        DayExceptionService.Saved saved = service.save(CalendarInputs.date(date, "date"), request, user.getName());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.day());
    }

    @DeleteMapping("/exceptions/{date}")
    public ResponseEntity<Void> delete(@PathVariable String date, Authentication user) {
        service.delete(CalendarInputs.date(date, "date"), user.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/working-days")
    public CalendarViews.DueDate workingDays(@RequestParam(required = false) String from,
                                             @RequestParam(required = false) String days) {
        LocalDate start = from == null || from.isBlank() ? LocalDate.now(clock) : CalendarInputs.date(from, "from");
        return CalendarViews.DueDate.of(provider.calendar(), start, CalendarInputs.workingDays(days));
    }
}

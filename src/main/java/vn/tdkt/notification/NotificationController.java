package vn.tdkt.notification;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.refusal.Refusal;

import java.time.Clock;
import java.util.List;

/**
 * Read access to the notification outbox for staff ({@code GET /api/notifications?businessKey=...}): what was
 * sent to whom, what is still waiting and why a notification failed. See {@link NotificationAccess} for who
 * reads which rows.
 * <p>The caller's groups come from Spring Security's authorities ({@code GROUP_<groupId>}): the /api chain
 * always authenticates the request and sets them, whereas the engine's current authentication exists only
 * while {@code EngineAuthenticationFilter} runs and only for logins made by the Camunda identity provider.
 */
@RestController
public class NotificationController {

    static final int MAX_ROWS = 200;

    private final OutboxRepository outbox;
    private final Clock clock;

    public NotificationController(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The newest {@value #MAX_ROWS} notifications of a business key and/or process instance the caller may read. */
    @GetMapping("/api/notifications")
    public List<NotificationView> list(@RequestParam(required = false) String businessKey,
                                       @RequestParam(required = false) String processInstanceId,
                                       Authentication authentication) {
        List<String> groupIds = List.copyOf(CurrentUser.groupsOf(authentication));
        NotificationAccess.Scope scope = NotificationAccess.of(groupIds).orElseThrow(() -> new Refusal(
                Refusal.Kind.FORBIDDEN, "FORBIDDEN",
                "Chỉ cán bộ Sở Nội vụ, thanh tra, quản trị hoặc cán bộ của đơn vị nhận thông báo mới được xem"
                        + " thông báo.", List.of()));
        return outbox.search(blankToNull(businessKey), blankToNull(processInstanceId),
                        scope.everything() ? null : scope.unitCodes(), MAX_ROWS)
                .stream().map(e -> NotificationView.of(e, clock.getZone())).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

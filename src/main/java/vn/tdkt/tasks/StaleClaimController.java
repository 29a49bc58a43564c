package vn.tdkt.tasks;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.refusal.Refusal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code POST /api/tasks/stale-claims/release}: an administrator gives back to their groups, at once, the claims
 * untouched for longer than {@code olderThan} (an ISO-8601 duration such as {@code PT2H}; the configured
 * {@code tdkt.tasks.stale-claim.max-age} when left out), e.g. after a node died under load. One task is released
 * by its user or an administrator in Tasklist ("Trả lại việc").
 */
@RestController
@RequestMapping("/api/tasks/stale-claims")
public class StaleClaimController {

    /** How old an untouched claim must be to be released. */
    public record ReleaseRequest(String olderThan) { }

    /** What was released. */
    public record ReleaseResult(String olderThan, int released, List<String> taskIds) { }

    private final StaleClaimRelease release;
    private final StaleClaimProperties properties;

    public StaleClaimController(StaleClaimRelease release, StaleClaimProperties properties) {
        this.release = release;
        this.properties = properties;
    }

    @PostMapping("/release")
    public ReleaseResult release(@RequestBody(required = false) ReleaseRequest request, Authentication caller) {
        if (!CurrentUser.groupsOf(caller).contains(Role.ADMIN.groupId())) {
            throw Refusal.forbidden("FORBIDDEN", "Chỉ quản trị hệ thống được trả lại hàng loạt việc đã nhận.");
        }
        Duration olderThan = olderThan(request == null ? null : request.olderThan());
        List<String> released = release.releaseOlderThan(olderThan, caller.getName());
        return new ReleaseResult(olderThan.toString(), released.size(), released);
    }

    private Duration olderThan(String text) {
        if (text == null || text.isBlank()) {
            return properties.maxAge();
        }
        Duration d;
        try {
            d = Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("STALE_CLAIM_AGE_INVALID", "Thời gian \"" + text.strip() + "\" không đúng dạng"
                    + " ISO-8601, ví dụ PT2H (2 giờ) hoặc P3D (3 ngày).");
        }
        if (d.isNegative() || d.isZero()) {
            throw Refusal.invalid("STALE_CLAIM_AGE_INVALID", "Thời gian phải lớn hơn 0.");
        }
        return d;
    }
}

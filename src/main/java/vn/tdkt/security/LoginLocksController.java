package vn.tdkt.security;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.refusal.Refusal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Sign-in waits in force, for administrators ({@code /api/security/login-locks}, admin only): list them and lift
 * those of an account or of a source early. Every wait also ends by itself; lifting one is a record of the audit
 * chain.
 */
@RestController
@RequestMapping("/api/security/login-locks")
public class LoginLocksController {

    private final LoginThrottle throttle;
    private final AuditTrail trail;

    public LoginLocksController(LoginThrottle throttle, AuditTrail trail) {
        this.throttle = throttle;
        this.trail = trail;
    }

    @GetMapping
    public List<LoginThrottle.Hold> holds() {
        return throttle.holds();
    }

    @DeleteMapping("/accounts/{userId}")
    public Map<String, Object> liftAccount(@PathVariable String userId, Authentication admin) {
        boolean lifted = throttle.lift(userId);
        return lifted(lifted, "tài khoản '" + userId + "'", userId, admin);
    }

    @DeleteMapping("/sources/{source}")
    public Map<String, Object> liftSource(@PathVariable String source, Authentication admin) {
        boolean lifted = throttle.liftSource(source);
        return lifted(lifted, "máy " + source, source, admin);
    }

    private Map<String, Object> lifted(boolean lifted, String what, String subject, Authentication admin) {
        if (!lifted) {
            throw Refusal.notFound("NO_LOGIN_LOCK", "Không có lần tạm chặn đăng nhập nào của " + what + ".");
        }
        trail.record(AuditRecord.domain(AuditKind.LOGIN_LOCK_LIFTED, Instant.now(), null, null, admin.getName(),
                subject, Map.of("scope", what)));
        return Map.of("lifted", true, "message", "Đã mở khóa đăng nhập của " + what + ".");
    }
}

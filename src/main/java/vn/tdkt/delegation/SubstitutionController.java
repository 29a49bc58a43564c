package vn.tdkt.delegation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.Role;
import vn.tdkt.refusal.Refusal;

import java.time.LocalDate;
import java.util.List;

/**
 * Delegation while on leave over HTTP. {@code /api/me/substitutions}: a user names, lists and cancels their own
 * substitutes. {@code /api/substitutions}: administrators manage anyone's; everyone else gets 403.
 */
@RestController
public class SubstitutionController {

    private final SubstitutionService service;

    public SubstitutionController(SubstitutionService service) {
        this.service = service;
    }

    /** What a user sends to name their substitute; an administrator adds {@code userId}. */
    public record SubstitutionRequest(String userId, String substituteId, LocalDate fromDate, LocalDate toDate,
                                      String reason) { }

    @PostMapping("/api/me/substitutions")
    @ResponseStatus(HttpStatus.CREATED)
    public SubstitutionService.SubstitutionView nameMine(Authentication auth, @RequestBody SubstitutionRequest body) {
        if (body.userId() != null && !body.userId().isBlank() && !body.userId().strip().equals(auth.getName())) {
            throw forbidden("Chỉ quản trị viên được ủy quyền thay cho người khác (dùng /api/substitutions).");
        }
        return service.name(request(auth.getName(), body), auth.getName());
    }

    /** The people the caller may name as substitute, to pick by name (the leave page's list). */
    @GetMapping("/api/me/substitute-options")
    public List<SubstitutionService.SubstituteOption> myOptions(Authentication auth) {
        return service.options(auth.getName());
    }

    @GetMapping("/api/me/substitutions")
    public List<SubstitutionService.SubstitutionView> mine(Authentication auth) {
        return service.involving(auth.getName());
    }

    @DeleteMapping("/api/me/substitutions/{id}")
    public SubstitutionService.SubstitutionView cancelMine(Authentication auth, @PathVariable long id) {
        return service.cancel(id, auth.getName(), false);
    }

    @GetMapping("/api/substitutions")
    public List<SubstitutionService.SubstitutionView> all(Authentication auth,
                                                          @RequestParam(required = false) String userId,
                                                          @RequestParam(required = false)
                                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceOn) {
        requireAdmin(auth);
        return service.search(userId, inForceOn);
    }

    @PostMapping("/api/substitutions")
    @ResponseStatus(HttpStatus.CREATED)
    public SubstitutionService.SubstitutionView nameForAnyone(Authentication auth, @RequestBody SubstitutionRequest body) {
        requireAdmin(auth);
        if (body.userId() == null || body.userId().isBlank()) {
            throw Refusal.invalid("USER_REQUIRED", "Cần mã tài khoản của người vắng mặt (userId).");
        }
        return service.name(request(body.userId(), body), auth.getName());
    }

    @DeleteMapping("/api/substitutions/{id}")
    public SubstitutionService.SubstitutionView cancelAnyone(Authentication auth, @PathVariable long id) {
        requireAdmin(auth);
        return service.cancel(id, auth.getName(), true);
    }

    private static SubstitutionRules.Request request(String userId, SubstitutionRequest body) {
        return new SubstitutionRules.Request(userId, body.substituteId(), body.fromDate(), body.toDate(), body.reason());
    }

    private static void requireAdmin(Authentication auth) {
        boolean admin = auth.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        if (!admin) {
            throw forbidden("Chỉ quản trị viên được quản lý ủy quyền của người khác.");
        }
    }

    private static Refusal forbidden(String message) {
        return new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN", message, List.of());
    }
}

package vn.tdkt.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/session}: whether the browser's session is signed in (the webapps' sign-in), as whom, and the
 * session's CSRF token, which a page sends in {@code X-XSRF-TOKEN} with every change it asks for. Open to anyone:
 * it tells an anonymous caller only that it is not signed in. Only pages of this origin can read the answer (the
 * browser keeps other sites' scripts from reading it; the API allows no cross-origin reads). The token is the one
 * Camunda's CsrfPreventionFilter keeps in the session (created by the first GET to /camunda/api or /camunda/app),
 * so the webapps and the pages share it.
 */
@RestController
public class SessionController {

    private final IdentityService identityService;
    private final String engineName;

    public SessionController(IdentityService identityService,
                             @Value("${camunda.bpm.process-engine-name:default}") String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    public record SessionView(boolean authenticated, String userId, String fullName, String csrfToken,
                              String loginUrl) { }

    @GetMapping("/api/session")
    public ResponseEntity<SessionView> session(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String userId = WebappSessionAuthenticationFilter.signedInUser(session, engineName);
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        Object token = session == null ? null : session.getAttribute(WebappSessionAuthenticationFilter.CSRF_TOKEN_SESSION_KEY);
        SessionView view = new SessionView(user != null, user == null ? null : user.getId(),
                user == null ? null : (user.getFirstName() + " " + user.getLastName()).strip(),
                token instanceof String t ? t : null, JsonSecurityErrorHandlers.LOGIN_PAGE);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
    }
}

package vn.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * One sign-in for the whole product: a request to /api or /engine-rest without an {@code Authorization} header is
 * authenticated by the sign-in of Camunda's webapps (Tasklist, Cockpit, Admin, and the project's pages, which sign
 * in through the same login), kept in the HTTP session. A request of such a session that changes something must
 * carry the session's CSRF token in {@code X-XSRF-TOKEN} (the token of Camunda's CsrfPreventionFilter, which the
 * pages read from {@code GET /api/session}); without it the answer is 403 and nothing is done. HTTP Basic requests
 * carry no cookie a foreign page could ride on and need no token.
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    /** Where Camunda's webapps keep their sign-in (AuthenticationUtil). */
    static final String CAMUNDA_AUTH_SESSION_KEY = "authenticatedUser";
    /** Where Camunda's CsrfPreventionFilter keeps the session's token (CsrfConstants). */
    static final String CSRF_TOKEN_SESSION_KEY = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    /** Request attribute marking a request authenticated by the webapps' session. */
    static final String VIA_SESSION = WebappSessionAuthenticationFilter.class.getName() + ".viaSession";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final IdentityService identityService;
    private final String engineName;

    public WebappSessionAuthenticationFilter(IdentityService identityService, String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || alreadyAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String userId = signedInUser(request.getSession(false), engineName);
        if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
            chain.doFilter(request, response); // anonymous: the access rules decide (401 where sign-in is needed)
            return;
        }
        if (!SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))
                && !tokenMatches(request.getHeader(CSRF_HEADER), request.getSession(false))) {
            JsonSecurityErrorHandlers.write(request, response, HttpServletResponse.SC_FORBIDDEN, "CSRF_TOKEN_INVALID",
                    "Yêu cầu thiếu mã chống giả mạo (CSRF) của phiên đăng nhập nên không được thực hiện. Hãy tải lại"
                            + " trang rồi thao tác lại.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(CamundaIdentityAuthenticationProvider.authenticated(identityService, userId));
        SecurityContextHolder.setContext(context);
        request.setAttribute(VIA_SESSION, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean alreadyAuthenticated() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getDetails()
                instanceof CamundaIdentityAuthenticationProvider.EngineIdentity;
    }

    /** The user signed in to the engine in the webapps' session, or null. */
    static String signedInUser(HttpSession session, String engineName) {
        if (session == null) {
            return null;
        }
        Object stored;
        try {
            stored = session.getAttribute(CAMUNDA_AUTH_SESSION_KEY);
        } catch (IllegalStateException invalidated) {
            return null;
        }
        if (!(stored instanceof Authentications authentications)) {
            return null;
        }
        Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
        return authentication == null ? null : authentication.getIdentityId();
    }

    static boolean tokenMatches(String sent, HttpSession session) {
        if (sent == null || sent.isBlank() || session == null) {
            return false;
        }
        Object expected = session.getAttribute(CSRF_TOKEN_SESSION_KEY);
        return expected instanceof String token && !token.isEmpty() && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sent.strip().getBytes(StandardCharsets.UTF_8));
    }
}

package vn.tdkt.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, used by Tasklist, Cockpit,
 * Admin and the project's sign-in page) answers an attempt the {@link LoginThrottle} holds back with 429, a
 * Vietnamese message and Retry-After, before Camunda checks any password; otherwise Camunda's login goes on (its
 * password check reports to the throttle).
 */
public class WebappLoginThrottleFilter extends OncePerRequestFilter {

    static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

    private final LoginThrottle throttle;

    public WebappLoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equalsIgnoreCase(request.getMethod()) || !LOGIN.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the form is read here and handed on unread (reading it as servlet parameters would leave Jersey an
        // empty body): a login form is a few hundred bytes
        byte[] body = request.getInputStream().readNBytes(16 * 1024);
        String userId = formField(body, "username");
        HttpServletRequest replay = new vn.tdkt.web.RequestHygieneFilter.CachedBodyRequest(request, body);
        if (userId != null && !userId.isBlank()) {
            LoginThrottle.Decision decision = throttle.decide(userId, LoginSource.of(request));
            if (!decision.allowed()) {
                response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
                JsonSecurityErrorHandlers.write(request, response, 429, "LOGIN_HELD_BACK", decision.reason());
                return;
            }
        }
        chain.doFilter(replay, response);
    }

    static String formField(byte[] body, String name) {
        for (String pair : new String(body, java.nio.charset.StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && name.equals(pair.substring(0, eq))) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}

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
        // a form field: the servlet container reads it from the body, and Camunda's @FormParam still finds it
        String userId = request.getParameter("username");
        if (userId != null && !userId.isBlank()) {
            LoginThrottle.Decision decision = throttle.decide(userId, LoginSource.of(request));
            if (!decision.allowed()) {
                response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
                JsonSecurityErrorHandlers.write(request, response, 429, "LOGIN_HELD_BACK", decision.reason());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

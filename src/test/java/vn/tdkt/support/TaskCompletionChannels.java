package vn.tdkt.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test support, in every test's application: remembers through which door each task was completed — Tasklist's own
 * API ({@code /camunda/api/engine/…}, what Tasklist calls when a user presses "Hoàn thành") or the public REST API
 * ({@code /engine-rest/…}). A task completed through neither (the Java API of a test) is not known here. The browser
 * walkthrough uses it to prove that every human step it counts was done in Tasklist.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TaskCompletionChannels extends OncePerRequestFilter {

    public static final String TASKLIST = "tasklist";
    public static final String ENGINE_REST = "engine-rest";

    private static final Pattern COMPLETION = Pattern.compile(
            "^(/camunda/api/engine/engine/[^/]+|/engine-rest(?:/engine/[^/]+)?)/task/([^/]+)/(complete|submit-form)$");
    private static final Map<String, String> CHANNELS = new ConcurrentHashMap<>();

    /** How the task was completed: {@link #TASKLIST}, {@link #ENGINE_REST}, or null when neither. */
    public static String channelOf(String taskId) {
        return CHANNELS.get(taskId);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = "POST".equals(request.getMethod()) ? COMPLETION.matcher(request.getRequestURI()) : null;
        chain.doFilter(request, response);
        if (m != null && m.matches() && response.getStatus() >= 200 && response.getStatus() < 300) {
            CHANNELS.put(m.group(2), m.group(1).startsWith("/camunda/") ? TASKLIST : ENGINE_REST);
        }
    }
}

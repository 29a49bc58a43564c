package vn.tdkt.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tdkt.format.TextRules;
import vn.tdkt.identity.Role;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP face of {@link TaskWritesEnginePlugin}: on /engine-rest and on the webapps' engine API (Tasklist), a
 * comment or attachment written on a task by someone who is not one of its people is answered 403 (a task that has
 * ended 409, an unknown task 404) with the Vietnamese reason, before Camunda's REST resource — which would turn the
 * engine's refusal into "400 Not enough parameters submitted" — is reached; changing or deleting a comment already
 * written is for administrators. The engine plugin still holds the line for every other door.
 */
public class TaskWritesFilter extends OncePerRequestFilter {

    private static final String PREFIX = "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";
    private static final Pattern COMMENT_CREATE = Pattern.compile(PREFIX + "/task/([^/]+)/comment/create/?");
    private static final Pattern ATTACHMENT_CREATE = Pattern.compile(PREFIX + "/task/([^/]+)/attachment/create/?");
    private static final Pattern ATTACHMENT_DELETE = Pattern.compile(PREFIX + "/task/([^/]+)/attachment/[^/]+/?");
    private static final Pattern COMMENT_CHANGE = Pattern.compile(PREFIX
            + "/(?:task|process-instance)/[^/]+/comment(?:/[^/]+)?/?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectProvider<ProcessEngine> engine;
    private final String engineName;

    /** The engine is looked up at the first request: servlet filters are made before the engine. */
    public TaskWritesFilter(ObjectProvider<ProcessEngine> engine, String engineName) {
        this.engine = engine;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m;
        String taskId = null;
        String what = null;
        boolean adminOnly = false;
        if ("POST".equals(method) && (m = COMMENT_CREATE.matcher(path)).matches()) {
            taskId = m.group(1);
            what = "ghi ý kiến";
        } else if ("POST".equals(method) && (m = ATTACHMENT_CREATE.matcher(path)).matches()) {
            taskId = m.group(1);
            what = "đính kèm tệp";
        } else if ("DELETE".equals(method) && (m = ATTACHMENT_DELETE.matcher(path)).matches()) {
            taskId = m.group(1);
            what = "xóa tệp đính kèm";
        } else if (("PUT".equals(method) || "DELETE".equals(method)) && COMMENT_CHANGE.matcher(path).matches()) {
            adminOnly = true;
        } else {
            chain.doFilter(request, response);
            return;
        }
        String userId = caller(request);
        if (userId == null) {
            chain.doFilter(request, response); // not signed in: the API's own sign-in check answers
            return;
        }
        ProcessEngine processEngine = engine.getObject();
        List<String> groups = processEngine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        if (adminOnly) {
            if (!groups.contains(Role.ADMIN.groupId())) {
                JsonSecurityErrorHandlers.write(request, response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
                        "Ý kiến đã ghi vào nhật ký kiểm tra nên không sửa, không xóa được; chỉ quản trị hệ thống"
                                + " được làm việc này.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String task = taskId;
        TaskParticipants.Verdict verdict = ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration()
                .getCommandExecutorTxRequired()
                .execute(context -> TaskParticipants.of(context, task, userId, groups));
        switch (verdict) {
            case PARTICIPANT -> {
                if (what.equals("ghi ý kiến") && emptyComment(request)) {
                    JsonSecurityErrorHandlers.write(request, response, HttpServletResponse.SC_BAD_REQUEST,
                            "EMPTY_COMMENT", "Ý kiến trống: hãy ghi nội dung ý kiến.");
                    return;
                }
                chain.doFilter(request, response);
            }
            case NOT_FOUND -> JsonSecurityErrorHandlers.write(request, response, HttpServletResponse.SC_NOT_FOUND,
                    "TASK_NOT_FOUND", verdict.message(taskId, what));
            case FINISHED -> JsonSecurityErrorHandlers.write(request, response, HttpServletResponse.SC_CONFLICT,
                    "TASK_FINISHED", verdict.message(taskId, what));
            case NOT_PARTICIPANT -> JsonSecurityErrorHandlers.write(request, response,
                    HttpServletResponse.SC_FORBIDDEN, "NOT_A_TASK_PARTICIPANT", verdict.message(taskId, what));
        }
    }

    /** The signed-in user: HTTP Basic or the session on /engine-rest (Spring Security), the webapps' session else. */
    private String caller(HttpServletRequest request) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getDetails() instanceof CamundaIdentityAuthenticationProvider.EngineIdentity id) {
            return id.userId();
        }
        return WebappSessionAuthenticationFilter.signedInUser(request.getSession(false), engineName);
    }

    private static boolean emptyComment(HttpServletRequest request) throws IOException {
        if (!String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT).contains("json")) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(request.getInputStream().readAllBytes());
            JsonNode message = body == null ? null : body.get("message");
            return message == null || message.isNull() || (message.isTextual() && TextRules.visiblyEmpty(message.asText()));
        } catch (IOException e) {
            return false; // not JSON: Camunda answers it
        }
    }
}

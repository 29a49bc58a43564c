package vn.tdkt.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.tdkt.web.ApiError;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 401, 403 and 429 answers as JSON with a Vietnamese message, never an HTML page nor a browser password prompt:
 * <ul>
 *   <li>An API client (curl, Camunda Modeler, a script) is asked for HTTP Basic credentials
 *   ({@code WWW-Authenticate: Basic}).</li>
 *   <li>A browser page's request gets no Basic challenge (the browser would prompt and then remember the
 *   credentials for every site's requests): its page leads the user to the sign-in page. A browser navigating to an
 *   API address (a download link) is sent to the sign-in page and back.</li>
 *   <li>Held-back sign-in attempts get 429 with Retry-After.</li>
 * </ul>
 * Under /api the body is the project's {@link ApiError}; under /engine-rest and /camunda it has the engine's shape
 * ({@code type}, {@code message}).
 */
final class JsonSecurityErrorHandlers {

    static final String LOGIN_PAGE = "/pages/dang-nhap.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSecurityErrorHandlers() { }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, ex) -> {
            if (ex instanceof LoginHeldBackException held) {
                response.setHeader("Retry-After", Long.toString(held.decision().retryAfterSeconds()));
                write(request, response, 429, "LOGIN_HELD_BACK", held.decision().reason());
                return;
            }
            if (isNavigation(request)) {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?tiep="
                        + URLEncoder.encode(pathAndQuery(request), StandardCharsets.UTF_8));
                return;
            }
            if (fromBrowserPage(request)) {
                response.setHeader("WWW-Authenticate", "TdktSession realm=\"TDKT\", login=\"" + LOGIN_PAGE + "\"");
                write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED",
                        "Cần đăng nhập: phiên làm việc chưa có hoặc đã hết hạn; hãy đăng nhập lại.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"TDKT\", charset=\"UTF-8\"");
            write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED",
                    "Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic) hợp lệ, hoặc đăng nhập trên trang của"
                            + " hệ thống.");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, ex) -> write(request, response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
                "Vai trò của bạn không được phép thực hiện thao tác này.");
    }

    /** A browser following a link or typing an address (not a script of a page): it can be sent to a page. */
    static boolean isNavigation(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String mode = request.getHeader("Sec-Fetch-Mode");
        if (mode != null) {
            return "navigate".equalsIgnoreCase(mode);
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html") && request.getHeader("X-Requested-With") == null;
    }

    /** A request a browser makes for a page (fetch, XHR, an image): a Basic challenge would make it prompt. */
    static boolean fromBrowserPage(HttpServletRequest request) {
        return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Origin") != null
                || request.getHeader("X-Requested-With") != null;
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
                      String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Object body;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            body = new ApiError(code, message);
        } else {
            Map<String, Object> dto = new LinkedHashMap<>();
            dto.put("type", status == 403 ? "AuthorizationException" : "InvalidRequestException");
            dto.put("message", message);
            dto.put("code", 0);
            dto.put("reason", code);
            body = dto;
        }
        JSON.writeValue(response.getOutputStream(), body);
    }
}

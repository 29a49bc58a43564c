package vn.tdkt.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.tdkt.web.ApiError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** 401 and 403 answers of the API as JSON with a Vietnamese message, never an HTML page. */
final class JsonSecurityErrorHandlers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSecurityErrorHandlers() { }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"TDKT\", charset=\"UTF-8\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, new ApiError("UNAUTHENTICATED",
                    "Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic) hợp lệ."));
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, ex) -> write(response, HttpServletResponse.SC_FORBIDDEN,
                new ApiError("FORBIDDEN", "Vai trò của bạn không được phép thực hiện thao tác này."));
    }

    private static void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), error);
    }
}

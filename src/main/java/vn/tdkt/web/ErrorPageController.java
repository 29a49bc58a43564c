package vn.tdkt.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The servlet container's error page ({@code /error}), in place of Spring Boot's: a Vietnamese answer with the
 * status of the failure, as JSON ({@link ApiError}) or, for a browser, as a short page. Opened directly (no failure
 * forwarded to it) it is a page that does not exist: 404, never the 500 of Spring Boot's default.
 */
@RestController
public class ErrorPageController implements ErrorController {

    @RequestMapping(value = "${server.error.path:/error}")
    public ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i)
                : HttpStatus.NOT_FOUND;
        if (status.is2xxSuccessful() || status.is3xxRedirection()) {
            status = HttpStatus.NOT_FOUND;
        }
        ApiError error = new ApiError(codeOf(status), messageOf(status));
        if (wantsHtml(request)) {
            String html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lỗi " + status.value()
                    + "</title></head><body><h1>Lỗi " + status.value() + "</h1><p>" + HtmlUtils.htmlEscape(error.message())
                    + "</p><p><a href=\"/\">Về trang chủ</a></p></body></html>";
            return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(html);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            MediaType.sortBySpecificityAndQuality(types);
            for (MediaType t : types) {
                if (t.isCompatibleWith(MediaType.APPLICATION_JSON) && !t.isWildcardType()) {
                    return false;
                }
                if (t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardType()) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "BAD_REQUEST";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case PAYLOAD_TOO_LARGE -> "REQUEST_TOO_LARGE";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case TOO_MANY_REQUESTS -> "TOO_MANY_REQUESTS";
            default -> status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR";
        };
    }

    static String messageOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Yêu cầu không hợp lệ.";
            case UNAUTHORIZED -> "Cần đăng nhập.";
            case FORBIDDEN -> "Bạn không được phép thực hiện thao tác này.";
            case NOT_FOUND -> "Không có trang hoặc tài nguyên ở địa chỉ này.";
            case METHOD_NOT_ALLOWED -> "Phương thức này không được hỗ trợ ở địa chỉ này.";
            case PAYLOAD_TOO_LARGE -> "Yêu cầu gửi lên quá lớn.";
            case UNSUPPORTED_MEDIA_TYPE -> "Kiểu nội dung gửi lên không được hỗ trợ.";
            case TOO_MANY_REQUESTS -> "Quá nhiều yêu cầu; hãy thử lại sau ít phút.";
            default -> status.is4xxClientError() ? "Yêu cầu không hợp lệ."
                    : "Hệ thống gặp lỗi ngoài dự kiến; vui lòng thử lại hoặc báo quản trị.";
        };
    }
}

package vn.tdkt.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.tdkt.refusal.Refusal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every failure of /api becomes a JSON {@link ApiError}: a clear message, no stack trace, no 500 for bad input. */
@RestControllerAdvice(basePackages = "vn.tdkt")
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MultipartProperties multipart;
    private final vn.tdkt.documents.DocumentsProperties documents;

    public ApiExceptionHandler(MultipartProperties multipart, vn.tdkt.documents.DocumentsProperties documents) {
        this.multipart = multipart;
        this.documents = documents;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ApiError> refused(Refusal ex) {
        return ResponseEntity.status(status(ex.kind())).body(new ApiError(ex.code(), ex.getMessage(), ex.details()));
    }

    /** The HTTP status of each kind of domain refusal. */
    static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException ex) {
        List<Map<String, String>> details = ex.getBindingResult().getFieldErrors().stream()
                .map(this::fieldError).toList();
        return bad("VALIDATION_FAILED", "Dữ liệu không hợp lệ: " + details.size() + " lỗi.", details);
    }

    private Map<String, String> fieldError(FieldError e) {
        return Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage()));
    }

    /** The body could not be read as the request type: say which field and why, as precisely as Jackson knows. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        JsonMappingException mapping = find(ex, JsonMappingException.class);
        if (mapping != null) {
            String field = path(mapping);
            String message;
            if (find(ex, InputCoercionException.class) != null) {
                message = "Trường '" + field + "' vượt quá khoảng số cho phép.";
            } else if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
                message = "Trường '" + field + "': " + invalid.getOriginalMessage();
            } else if (mapping instanceof InvalidFormatException invalid) {
                message = "Trường '" + field + "' phải là " + typeName(invalid.getTargetType()) + " (đã nhận "
                        + shown(invalid.getValue()) + ").";
            } else if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                message = "Trường '" + field + "' phải là " + typeName(mismatched.getTargetType()) + ".";
            } else {
                message = "Trường '" + field + "' không đúng kiểu dữ liệu.";
            }
            return bad("INVALID_FIELD", message, List.of(Map.of("field", field, "message", message)));
        }
        if (cause instanceof JsonParseException parse) {
            return bad("MALFORMED_JSON", "Nội dung gửi lên không phải JSON hợp lệ hoặc sai kiểu dữ liệu (dòng "
                    + parse.getLocation().getLineNr() + ", cột " + parse.getLocation().getColumnNr() + ").", List.of());
        }
        return bad("MALFORMED_JSON", "Nội dung gửi lên không phải JSON hợp lệ hoặc sai kiểu dữ liệu.", List.of());
    }

    private static String path(JsonMappingException e) {
        String joined = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return joined.isEmpty() ? "(nội dung)" : joined;
    }

    private static String typeName(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "số nguyên";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "số";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true hoặc false";
        }
        if (type == java.time.LocalDate.class) {
            return "ngày dạng năm-tháng-ngày (ví dụ 2026-03-01)";
        }
        if (type.isEnum()) {
            return "một trong các giá trị " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "một danh sách";
        }
        if (type == String.class) {
            return "văn bản";
        }
        return "giá trị kiểu " + type.getSimpleName();
    }

    private static String shown(Object value) {
        String s = String.valueOf(value);
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException ex) {
        Class<?> type = ex.getRequiredType() == null ? String.class : ex.getRequiredType();
        String message = "Tham số '" + ex.getName() + "' phải là " + typeName(type) + " (đã nhận " + shown(ex.getValue())
                + ").";
        return bad("BAD_PARAMETER", message, List.of(Map.of("field", ex.getName(), "message", message)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException ex) {
        String message = "Thiếu tham số '" + ex.getParameterName() + "'.";
        return bad("BAD_PARAMETER", message, List.of(Map.of("field", ex.getParameterName(), "message", message)));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException ex) {
        String message = "Thiếu phần '" + ex.getRequestPartName() + "' của yêu cầu multipart/form-data (ví dụ tệp"
                + " gửi trong trường '" + ex.getRequestPartName() + "').";
        return bad("BAD_PARAMETER", message, List.of(Map.of("field", ex.getRequestPartName(), "message", message)));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException ex) {
        long perFile = Math.min(documents.getMaxSizeBytes(), multipart.getMaxFileSize().toBytes());
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(new ApiError("FILE_TOO_LARGE", "Tệp gửi lên vượt quá dung lượng cho phép: mỗi tệp tối đa "
                        + vn.tdkt.documents.Sizes.format(perFile) + ", cả yêu cầu tối đa "
                        + vn.tdkt.documents.Sizes.format(multipart.getMaxRequestSize().toBytes()) + "."));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> multipart(MultipartException ex) {
        return bad("BAD_MULTIPART", "Yêu cầu phải gửi tệp dạng multipart/form-data.", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException ex) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new ApiError("UNSUPPORTED_MEDIA_TYPE", "Kiểu nội dung không được hỗ trợ: " + ex.getContentType()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException ex) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(new ApiError("METHOD_NOT_ALLOWED", "Phương thức " + ex.getMethod() + " không được hỗ trợ ở địa chỉ này."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new ApiError("NOT_FOUND", "Không có tài nguyên ở địa chỉ này."));
    }

    /** A write the database refused: a duplicate is a conflict with what exists (409), anything else bad input. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException ex) {
        log.info("Refused a write that breaks a database constraint: {}", ex.getMostSpecificCause().getMessage());
        if (ex instanceof DuplicateKeyException || isDuplicate(ex.getMostSpecificCause())) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new ApiError("CONFLICT", "Dữ liệu trùng với dữ liệu đã có trong hệ thống."));
        }
        return ResponseEntity.badRequest()
                .body(new ApiError("CONSTRAINT_VIOLATION", "Dữ liệu không hợp lệ hoặc mâu thuẫn với dữ liệu đã có"
                        + " (quá dài, thiếu hoặc tham chiếu tới dữ liệu không tồn tại)."));
    }

    private static boolean isDuplicate(Throwable cause) {
        if (cause instanceof java.sql.SQLException sql) {
            // 23505: unique violation (PostgreSQL and H2)
            return "23505".equals(sql.getSQLState());
        }
        return false;
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> forbidden(AuthorizationException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(new ApiError("FORBIDDEN", "Vai trò của bạn không được phép thực hiện thao tác này."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception ex) {
        log.error("Unexpected error in the API", ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new ApiError("INTERNAL_ERROR", "Hệ thống gặp lỗi ngoài dự kiến; vui lòng thử lại hoặc báo quản trị."));
    }

    private static ResponseEntity<ApiError> bad(String code, String message, List<?> details) {
        return ResponseEntity.badRequest().body(new ApiError(code, message, details));
    }
}

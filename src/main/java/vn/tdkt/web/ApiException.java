package vn.tdkt.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/** A refusal with its HTTP status, stable code and Vietnamese message; nothing has been changed. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<?> details;

    public ApiException(HttpStatus status, String code, String message, List<?> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details == null ? List.of() : details;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, message, List.of());
    }

    public static ApiException badRequest(String code, String message, List<?> details) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, message, details);
    }

    /** 409: the request conflicts with what exists (a code already taken, a record already there). */
    public static ApiException conflict(String code, String message) {
        return new ApiException(HttpStatus.CONFLICT, code, message, List.of());
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(HttpStatus.NOT_FOUND, code, message, List.of());
    }

    public HttpStatus status() { return status; }
    public String code() { return code; }
    public List<?> details() { return details; }
}

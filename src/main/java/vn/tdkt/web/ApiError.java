package vn.tdkt.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Error body of every API answer that is not a success: a stable code for programs, a Vietnamese
 * message for people, and details (for example one line per bad row of an import).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String code, String message, List<?> details) {

    public ApiError(String code, String message) {
        this(code, message, List.of());
    }
}

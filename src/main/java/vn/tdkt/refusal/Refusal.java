package vn.tdkt.refusal;

import java.util.List;

/**
 * A refusal of the domain: what kind of refusal it is, a stable code for programs, a Vietnamese message for people
 * and details (for example one line per bad row of an import); nothing has been changed.
 * <p>It knows nothing of HTTP: the web edge (the ApiExceptionHandler of the web package) turns each {@link Kind} into
 * its status, and a workflow step that calls a service turns a refusal into the engine's form-validation error.
 */
public class Refusal extends RuntimeException {

    /** What the refusal says about the request; the web edge answers each with one HTTP status. */
    public enum Kind {
        /** The input is not acceptable (HTTP 400). */
        INVALID,
        /** The caller may not do this (HTTP 403). */
        FORBIDDEN,
        /** What the request names does not exist (HTTP 404). */
        NOT_FOUND,
        /** The request conflicts with what exists: a code already taken, a record already there (HTTP 409). */
        CONFLICT,
        /** The caller has asked too often; try again later (HTTP 429). */
        TOO_MANY_REQUESTS
    }

    private final Kind kind;
    private final String code;
    private final List<?> details;

    public Refusal(Kind kind, String code, String message, List<?> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = details == null ? List.of() : details;
    }

    public static Refusal invalid(String code, String message) {
        return new Refusal(Kind.INVALID, code, message, List.of());
    }

    public static Refusal invalid(String code, String message, List<?> details) {
        return new Refusal(Kind.INVALID, code, message, details);
    }

    public static Refusal forbidden(String code, String message) {
        return new Refusal(Kind.FORBIDDEN, code, message, List.of());
    }

    public static Refusal notFound(String code, String message) {
        return new Refusal(Kind.NOT_FOUND, code, message, List.of());
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(Kind.CONFLICT, code, message, List.of());
    }

    public static Refusal tooManyRequests(String code, String message) {
        return new Refusal(Kind.TOO_MANY_REQUESTS, code, message, List.of());
    }

    public Kind kind() { return kind; }
    public String code() { return code; }
    public List<?> details() { return details; }
}

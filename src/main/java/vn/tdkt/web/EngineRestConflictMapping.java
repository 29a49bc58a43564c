package vn.tdkt.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;
import vn.tdkt.refusal.Conflict;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /engine-rest answers bad requests with 4xx where Camunda's own mapping answers 500:
 * <ul>
 *   <li>409 with a Vietnamese message for a request that conflicts with the state of what it names: restarting a
 *   process instance that is still running, adding a user to a group they are already in, removing the last
 *   administrator ({@link Conflict}); a lost race on a task (two reviewers claiming one task) as
 *   {@link vn.tdkt.workflow.TaskRaceAnswers} says;</li>
 *   <li>400 for an identifier the engine refuses ("is not a valid resource identifier");</li>
 *   <li>404 or 400 for a request that names something missing or leaves out a required value, or sends a value
 *   the database cannot hold ({@link vn.tdkt.workflow.EngineClientErrors});</li>
 *   <li>400 for a request body the REST resource cannot use (a missing object or field makes Camunda's resource code
 *   fail with NullPointerException, a wrong type with ClassCastException or IllegalArgumentException) — only when
 *   the failure is in that resource code, so a fault of the application stays a 500.</li>
 * </ul>
 * Every other exception keeps Camunda's answer.
 */
@Component
public class EngineRestConflictMapping implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(ConflictMapper.class);
        config.register(NullPointerMapper.class);
        config.register(IllegalArgumentMapper.class);
        config.register(ClassCastMapper.class);
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EngineRestConflictMapping.class);
    private static final String REST_PACKAGE = "org.camunda.bpm.engine.rest.";

    /** 400 when the failure comes from Camunda's REST layer reading the request; Camunda's answer otherwise. */
    static Response badRequestBody(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        boolean inRestLayer = trace.length > 0 && trace[0].getClassName().startsWith(REST_PACKAGE)
                || (trace.length > 1 && trace[0].getClassName().startsWith("java.") && trace[1].getClassName()
                .startsWith(REST_PACKAGE));
        if (!inRestLayer) {
            return new org.camunda.bpm.engine.rest.exception.ExceptionHandler().toResponse(e);
        }
        log.warn("Refused an engine REST request its resource could not read: {}", e.toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequestException");
        body.put("message", "Yêu cầu thiếu dữ liệu bắt buộc hoặc sai kiểu dữ liệu nên không xử lý được (" + e.getClass()
                .getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").");
        body.put("code", 0);
        return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static class NullPointerMapper implements ExceptionMapper<NullPointerException> {
        @Override
        public Response toResponse(NullPointerException exception) {
            Response missing = vn.tdkt.workflow.EngineClientErrors.missingFormOwner(exception);
            return missing != null ? missing : badRequestBody(exception);
        }
    }

    public static class IllegalArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException exception) {
            return badRequestBody(exception);
        }
    }

    public static class ClassCastMapper implements ExceptionMapper<ClassCastException> {
        @Override
        public Response toResponse(ClassCastException exception) {
            return badRequestBody(exception);
        }
    }

    /** Chosen over Camunda's ProcessEngineExceptionHandler (same exception type, higher priority). */
    @Priority(1)
    public static class ConflictMapper implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            if (exception instanceof AuthorizationException denied) {
                Response gone = vn.tdkt.workflow.TaskRaceAnswers.answerDenied(denied);
                return gone != null ? gone : forbidden(denied);
            }
            Response race = vn.tdkt.workflow.TaskRaceAnswers.answer(exception);
            if (race != null) {
                return race;
            }
            String vietnamese = conflictMessage(exception);
            if (vietnamese == null) {
                String invalid = invalidIdMessage(exception);
                if (invalid != null) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", exception.getClass().getSimpleName());
                    body.put("message", invalid);
                    body.put("code", exception.getCode());
                    return Response.status(Response.Status.BAD_REQUEST).entity(body)
                            .type(MediaType.APPLICATION_JSON_TYPE).build();
                }
                Response caused = vn.tdkt.workflow.EngineClientErrors.answer(exception);
                return caused != null ? caused : ExceptionHandlerHelper.getInstance().getResponse(exception);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", exception.getClass().getSimpleName());
            body.put("message", vietnamese);
            body.put("code", exception.getCode());
            return Response.status(Response.Status.CONFLICT).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    /**
     * 403 as Camunda answers it (type, userId, missingAuthorizations for API clients), with the message in Vietnamese
     * and Camunda's own sentence kept in {@code detail}.
     */
    static Response forbidden(AuthorizationException denied) {
        Map<String, Object> body = new LinkedHashMap<>();
        Object dto = org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto.fromException(denied);
        var camunda = (org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto) dto;
        var missingList = denied.getMissingAuthorizations() == null ? java.util.List.<org.camunda.bpm.engine.authorization.MissingAuthorization>of()
                : denied.getMissingAuthorizations();
        String missing = missingList.stream()
                .map(m -> m.getViolatedPermissionName() + " trên " + m.getResourceType()
                        + (m.getResourceId() == null ? "" : " '" + m.getResourceId() + "'"))
                .collect(java.util.stream.Collectors.joining(", hoặc "));
        body.put("type", "AuthorizationException");
        body.put("message", missingList.isEmpty() ? denied.getMessage()
                : "Vai trò của bạn không được phép thực hiện thao tác này (cần quyền " + missing + ").");
        body.put("detail", denied.getMessage());
        body.put("code", denied.getCode());
        body.put("userId", camunda.getUserId());
        body.put("missingAuthorizations", camunda.getMissingAuthorizations());
        return Response.status(Response.Status.FORBIDDEN).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The Vietnamese message for an identifier the engine's whitelist refuses, or null. */
    static String invalidIdMessage(ProcessEngineException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("is not a valid resource identifier")) {
            return "Mã không hợp lệ: mã tài khoản, nhóm hay tenant chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -,"
                    + " bắt đầu bằng chữ hoặc số. (" + m + ")";
        }
        return null;
    }

    /** The Vietnamese message of a conflict, or null when the exception is not one. */
    static String conflictMessage(ProcessEngineException e) {
        if (e instanceof Conflict) {
            return e.getMessage();
        }
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("ENGINE-13040")) {
            // "Historic process instance '…' cannot be restarted. It is not completed or terminated."
            return "Không khởi động lại được phiên chạy quy trình đang chạy: chỉ khởi động lại phiên đã kết thúc hoặc"
                    + " đã bị hủy. (" + m + ")";
        }
        if (m.contains("cannot be deleted because is part of a running process")) {
            return "Không xóa được công việc này vì nó thuộc một quy trình đang chạy: công việc của quy trình chỉ kết"
                    + " thúc khi được hoàn thành hoặc khi cả quy trình bị hủy. (" + m + ")";
        }
        return null;
    }
}

package vn.tdkt.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /engine-rest answers refused workflow input with its status (400, or 403/404/409 where the refusal says so)
 * and the plain Vietnamese message, on every endpoint: some (process start) would otherwise turn any engine
 * exception into a 500.
 */
@Component
public class EngineRestErrorMapping implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(InputRejectedMapper.class);
        config.register(DirectInputRejectedMapper.class);
    }

    static Response refused(InputRejectedException rejected) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InputRejectedException");
        body.put("message", rejected.getMessage());
        body.put("code", 0);
        return Response.status(rejected.status()).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Camunda's resources wrap engine exceptions into a RestException (often a 500): the refusal inside wins. */
    @Priority(1)
    public static class InputRejectedMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            InputRejectedException rejected = find(exception);
            Response race = rejected == null ? TaskRaceAnswers.answer(exception) : null;
            if (race != null) {
                return race;
            }
            if (rejected == null && OptimisticRetryInterceptor.isConflict(exception)) {
                // still conflicting after the retries: the user tries again in a moment, nothing was changed
                rejected = new InputRejectedException("Dữ liệu này vừa được người khác cập nhật cùng lúc; không có gì"
                        + " thay đổi, hãy thử lại sau giây lát.", 409);
            }
            if (rejected == null && (exception.getStatus() == null
                    || exception.getStatus() == jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR)) {
                // "Cannot put task variable x: task abc doesn't exist" and the like: the request's fault, not a 500
                Response caused = EngineClientErrors.answer(exception);
                if (caused != null) {
                    return caused;
                }
            }
            return rejected == null ? camundaDefault.toResponse(exception) : refused(rejected);
        }

        private static InputRejectedException find(Throwable t) {
            for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
                if (c instanceof InputRejectedException r) {
                    return r;
                }
            }
            return null;
        }
    }

    /** The same answer where Camunda's resources let the refusal through unwrapped. */
    @Priority(1)
    public static class DirectInputRejectedMapper implements ExceptionMapper<InputRejectedException> {

        @Override
        public Response toResponse(InputRejectedException exception) {
            return refused(exception);
        }
    }
}

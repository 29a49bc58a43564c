package vn.tdkt.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /engine-rest answers a request that conflicts with the state of what it names with 409 and a Vietnamese message
 * where the engine's own mapping answers 500: restarting a process instance that is still running, adding a user to
 * a group they are already in, removing the last administrator ({@link ConflictingIdentityChange}). Every other
 * engine exception keeps Camunda's answer.
 */
@Component
public class EngineRestConflictMapping implements ResourceConfigCustomizer {

    /** Marks an engine refusal that is a conflict with the current state (409). */
    public interface Conflict {
    }

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(ConflictMapper.class);
    }

    /** Chosen over Camunda's ProcessEngineExceptionHandler (same exception type, higher priority). */
    @Priority(1)
    public static class ConflictMapper implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            String vietnamese = conflictMessage(exception);
            if (vietnamese == null) {
                return ExceptionHandlerHelper.getInstance().getResponse(exception);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", exception.getClass().getSimpleName());
            body.put("message", vietnamese);
            body.put("code", exception.getCode());
            return Response.status(Response.Status.CONFLICT).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
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
        return null;
    }
}

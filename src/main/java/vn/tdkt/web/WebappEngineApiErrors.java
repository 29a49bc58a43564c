package vn.tdkt.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import vn.tdkt.workflow.EngineClientErrors;

/**
 * The engine API of Tasklist, Cockpit and Admin ({@code /camunda/api/engine/…}) is a JAX-RS application of Camunda's
 * webapps, which the customizers of {@code /engine-rest} ({@link EngineRestConflictMapping}) do not reach. Jersey's
 * forced auto-discovery (META-INF/services) adds to it the answers for requests that name a missing task or instance,
 * leave out a required value or send a value the database cannot hold ({@link EngineClientErrors}: 404/400 instead
 * of Camunda's 500), and a refusal on a task that a colleague's completion has just removed (404, as on
 * {@code /engine-rest}). Every other failure keeps the webapps' own answer, so what Tasklist shows for a refused form
 * does not change. {@code /engine-rest} already has these (and more) and is left alone.
 */
public class WebappEngineApiErrors implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().isRegistered(EngineRestConflictMapping.ConflictMapper.class)) {
            return;
        }
        context.register(EngineFailures.class);
        context.register(WrappedEngineFailures.class);
        context.register(MissingFormOwner.class);
    }

    /** Chosen over Camunda's ProcessEngineExceptionHandler (same exception type, higher priority). */
    @Priority(1)
    public static class EngineFailures implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            Response caused = exception instanceof AuthorizationException denied
                    ? vn.tdkt.workflow.TaskRaceAnswers.answerDenied(denied) : EngineClientErrors.answer(exception);
            return caused != null ? caused : ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }

    /** Engine failures a webapp resource wrapped into a RestException of status 500. */
    @Priority(1)
    public static class WrappedEngineFailures implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            Response caused = exception.getStatus() == null
                    || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
                    ? EngineClientErrors.answer(exception) : null;
            return caused != null ? caused : camundaDefault.toResponse(exception);
        }
    }

    /** The deployed form of a task that does not exist (Camunda fails on it with a NullPointerException). */
    public static class MissingFormOwner implements ExceptionMapper<NullPointerException> {
        private final ExceptionHandler camundaDefault = new ExceptionHandler();

        @Override
        public Response toResponse(NullPointerException exception) {
            Response missing = EngineClientErrors.missingFormOwner(exception);
            return missing != null ? missing : camundaDefault.toResponse(exception);
        }
    }
}

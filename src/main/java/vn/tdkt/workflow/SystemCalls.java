package vn.tdkt.workflow;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import java.util.function.Supplier;

/**
 * Engine calls that a process step makes on its own behalf (evaluating a decision, say) rather than on behalf of
 * the user whose task completion happens to drive the step. Inside a command, authorization checks are switched
 * off for the call and restored afterwards; outside one, the call runs as is.
 */
public final class SystemCalls {

    private SystemCalls() { }

    public static <T> T asSystem(Supplier<T> call) {
        CommandContext context = Context.getCommandContext();
        if (context == null || !context.isAuthorizationCheckEnabled()) {
            return call.get();
        }
        context.disableAuthorizationCheck();
        try {
            return call.get();
        } finally {
            context.enableAuthorizationCheck();
        }
    }
}

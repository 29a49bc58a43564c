package vn.tdkt.engine;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import java.util.function.Supplier;

/**
 * Engine calls that the application makes on its own behalf (evaluating a decision table, say) rather than on
 * behalf of the user whose request or task completion happens to drive them: authorization checks are switched off
 * for the call and restored afterwards. Inside a command the current one is used; outside, the call runs in a new
 * command of the default engine, whose nested engine calls reuse it.
 */
public final class SystemCalls {

    private SystemCalls() { }

    public static <T> T asSystem(Supplier<T> call) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            ProcessEngineImpl engine = (ProcessEngineImpl) ProcessEngines.getDefaultProcessEngine();
            return engine.getProcessEngineConfiguration().getCommandExecutorTxRequired()
                    .execute(commandContext -> withoutChecks(commandContext, call));
        }
        return withoutChecks(context, call);
    }

    private static <T> T withoutChecks(CommandContext context, Supplier<T> call) {
        if (!context.isAuthorizationCheckEnabled()) {
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

package vn.tdkt.workflow;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fifteen council members pressing "Hoàn thành" in the same second complete instances of one parallel
 * multi-instance task, and all but one transaction meet the engine's optimistic lock on the shared counters
 * (nrOfCompletedInstances…): the engine rolls them back and the REST API would answer 500. This interceptor, in
 * front of the transaction, runs such a completion again a few times after a short random pause, so each member's
 * action succeeds once. A retried completion repeats nothing: the failed attempt's transaction was rolled back
 * whole (a ballot cast in it included). Completions inside a caller's own transaction are not retried.
 */
public class OptimisticRetryInterceptor extends CommandInterceptor {

    static final int ATTEMPTS = 10;

    @Override
    public <T> T execute(Command<T> command) {
        boolean retryable = (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)
                && !TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1; ; attempt++) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                if (!retryable || attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static boolean isConflict(Throwable e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 80L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

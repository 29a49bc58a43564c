package vn.tdkt.ballot;

import org.camunda.bpm.engine.impl.core.model.CoreActivity;
import org.camunda.bpm.engine.impl.core.variable.mapping.InputParameter;

/**
 * Which activities are secret-ballot tasks: those that map the ballot paper into a task-local variable named with
 * {@link SecretBallotHistoryFilter#PREFIX} ({@code <camunda:inputParameter name="secretBallot">}). A diagram
 * deployed from the Modeler with such a task is protected the same way, with no code.
 */
public final class SecretBallotTasks {

    private SecretBallotTasks() { }

    public static boolean isBallotActivity(CoreActivity activity) {
        if (activity == null || activity.getIoMapping() == null) {
            return false;
        }
        for (InputParameter p : activity.getIoMapping().getInputParameters()) {
            if (isBallotVariable(p.getName())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isBallotVariable(String name) {
        return name != null && name.startsWith(SecretBallotHistoryFilter.PREFIX);
    }
}

package vn.tdkt.delegation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Added to every delegable user task on {@code create} and {@code assignment}: hands the event to {@link TaskRerouting}. */
public class LeaveTaskListener implements TaskListener {

    private final TaskRerouting rerouting;

    public LeaveTaskListener(TaskRerouting rerouting) {
        this.rerouting = rerouting;
    }

    @Override
    public void notify(DelegateTask task) {
        rerouting.onTaskEvent(task);
    }
}

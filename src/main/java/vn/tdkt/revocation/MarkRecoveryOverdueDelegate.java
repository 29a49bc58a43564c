package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A unit's recovery deadline passed with its task open: marks it overdue (audited), reminds the unit through the
 * notification outbox and escalates to the standing agency's specialists; the unit's task stays open.
 */
@Component("markRecoveryOverdueDelegate")
public class MarkRecoveryOverdueDelegate implements JavaDelegate {

    private final RevocationService service;
    private final RevocationReminders reminders;

    public MarkRecoveryOverdueDelegate(RevocationService service, RevocationReminders reminders) {
        this.service = service;
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = RevocationActors.revocationId(execution);
        String unitCode = (String) execution.getVariable(RevocationVariables.UNIT_CODE);
        service.overdue(id, unitCode);
        reminders.overdue(id, unitCode, execution.getProcessInstanceId());
    }
}

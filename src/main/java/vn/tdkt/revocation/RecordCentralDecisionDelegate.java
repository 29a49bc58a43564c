package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.WorkingDaysExpressions;

import static vn.tdkt.revocation.RevocationVariables.*;

/** Records the central decision the specialist tracked: annulled (the registry changes, recovery starts) or not. */
@Component("recordCentralDecisionDelegate")
public class RecordCentralDecisionDelegate implements JavaDelegate {

    private final RevocationService service;
    private final WorkingDaysExpressions workingDays;

    public RecordCentralDecisionDelegate(RevocationService service, WorkingDaysExpressions workingDays) {
        this.service = service;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = RevocationActors.revocationId(execution);
        boolean annulled = "yes".equals(execution.getVariable(CENTRAL_ANNULLED));
        service.central(id, annulled, RevocationActors.text(execution, CENTRAL_NUMBER),
                RevocationRules.date(execution.getVariable(CENTRAL_DATE)), RevocationActors.current(execution));
        if (annulled) {
            execution.setVariable(ANNULMENT_NUMBER, RevocationActors.text(execution, CENTRAL_NUMBER));
            AnnulAwardsDelegate.setRecoveryDue(execution, service, workingDays, id);
        }
    }
}

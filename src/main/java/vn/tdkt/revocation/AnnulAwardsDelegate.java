package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.WorkingDaysExpressions;

import java.util.Date;

import static vn.tdkt.revocation.RevocationVariables.*;

/**
 * The chairman signed the annulment decision (its number from the outgoing register) or the unit head signed his own
 * (numbered by the unit): the annulment written on the registry, and the units' recovery deadline in working days from the grounds table.
 */
@Component("annulAwardsDelegate")
public class AnnulAwardsDelegate implements JavaDelegate {

    private final RevocationService service;
    private final WorkingDaysExpressions workingDays;

    public AnnulAwardsDelegate(RevocationService service, WorkingDaysExpressions workingDays) {
        this.service = service;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = RevocationActors.revocationId(execution);
        RevocationService.Annulled a = "UNIT_HEAD".equals(execution.getVariable(ANNUL_AS))
                ? service.annulByUnitHead(id, RevocationActors.current(execution),
                        (String) execution.getVariable(UNIT_DECISION_NUMBER),
                        RevocationRules.date(execution.getVariable(UNIT_DECISION_DATE)),
                        (String) execution.getVariable(DECIDING_UNIT))
                : service.annulInProvince(id, RevocationActors.current(execution));
        execution.setVariable(ANNULMENT_NUMBER, a.number());
        setRecoveryDue(execution, service, workingDays, id);
    }

    static void setRecoveryDue(DelegateExecution execution, RevocationService service, WorkingDaysExpressions days,
                               long id) {
        Object n = execution.getVariable(RevocationConsequencesDelegate.RECOVERY_WORKING_DAYS);
        Date due = days.dueDateFromNow(n instanceof Number num ? num.intValue() : 0);
        service.recoveryDue(id, due.toInstant());
        execution.setVariable(RECOVERY_DUE_DATE, due);
    }
}

package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

import static vn.tdkt.revocation.RevocationVariables.*;

/** Records what the unit returned (its answers were checked as its task was left). */
@Component("recordRecoveryDelegate")
public class RecordRecoveryDelegate implements JavaDelegate {

    private final RevocationService service;

    public RecordRecoveryDelegate(RevocationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object bonus = execution.getVariable(BONUS_REFUNDED);
        service.recovery(RevocationActors.revocationId(execution), (String) execution.getVariable(UNIT_CODE),
                new RevocationRules.Recovery("yes".equals(execution.getVariable(OBJECT_RETURNED)),
                        new BigDecimal(String.valueOf(bonus)).longValue(),
                        RevocationRules.date(execution.getVariable(REFUND_DATE)),
                        RevocationActors.text(execution, RECEIPT_REF), RevocationActors.text(execution, RECOVERY_NOTE)),
                RevocationActors.current(execution));
    }
}

package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every unit's recovery confirmed: the revocation is complete. */
@Component("completeRevocationDelegate")
public class CompleteRevocationDelegate implements JavaDelegate {

    private final RevocationService service;

    public CompleteRevocationDelegate(RevocationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.complete(RevocationActors.revocationId(execution));
    }
}

package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the approved registration into the province's register. */
@Component("recordRegistrationDelegate")
public class RecordRegistrationDelegate implements JavaDelegate {

    private final RegistrationService service;

    public RecordRegistrationDelegate(RegistrationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object approvedBy = execution.getVariable(RegistrationVariables.APPROVED_BY);
        service.record((String) execution.getVariable(RegistrationVariables.UNIT_CODE),
                RegistrationVariables.request(execution),
                approvedBy == null ? "không rõ" : approvedBy.toString(),
                execution.getProcessInstanceId());
    }
}

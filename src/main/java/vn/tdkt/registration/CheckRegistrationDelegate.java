package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.UnitRef;

/** Validates the submitted registration and binds the process to the initiator's unit. */
@Component("checkRegistrationDelegate")
public class CheckRegistrationDelegate implements JavaDelegate {

    private final RegistrationService service;

    public CheckRegistrationDelegate(RegistrationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String initiator = (String) execution.getVariable(RegistrationVariables.INITIATOR);
        UnitRef unit = service.check(initiator, RegistrationVariables.request(execution));
        execution.setVariable(RegistrationVariables.UNIT_CODE, unit.code());
        execution.setVariable(RegistrationVariables.UNIT_NAME, unit.name());
        execution.setProcessBusinessKey(
                "DKTD-" + execution.getVariable(RegistrationVariables.EMULATION_YEAR) + "-" + unit.code());
    }
}

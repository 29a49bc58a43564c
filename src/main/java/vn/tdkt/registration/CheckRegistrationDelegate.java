package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.UnitRef;

/**
 * Validates the submitted registration and binds the process to the initiator's unit; a second registration of the
 * unit for the same year, while one is under way, is refused.
 */
@Component("checkRegistrationDelegate")
public class CheckRegistrationDelegate implements JavaDelegate {

    private final RegistrationService service;

    public CheckRegistrationDelegate(RegistrationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String initiator = (String) execution.getVariable(RegistrationVariables.INITIATOR);
        UnitRef unit = service.check(initiator, RegistrationVariables.request(execution), key -> execution
                .getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RegistrationVariables.PROCESS).processInstanceBusinessKey(key).list().stream()
                .anyMatch(other -> !other.getId().equals(execution.getProcessInstanceId())));
        execution.setVariable(RegistrationVariables.UNIT_CODE, unit.code());
        execution.setVariable(RegistrationVariables.UNIT_NAME, unit.name());
        Integer year = RegistrationRules.wholeNumber(execution.getVariable(RegistrationVariables.EMULATION_YEAR));
        execution.setProcessBusinessKey(RegistrationService.businessKey(year, unit.code()));
    }
}

package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.util.List;
import java.util.Map;

import static vn.tdkt.revocation.RevocationVariables.*;

/** Reads the grounds table's rows for the request: what the annulment entails and the units' recovery deadline. */
@Component("revocationConsequencesDelegate")
public class RevocationConsequencesDelegate implements JavaDelegate {

    public static final String RECOVERY_WORKING_DAYS = "recoveryWorkingDays";

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Object raw = execution.getVariable(GROUND_RULES);
        List<Map<String, Object>> rows = raw instanceof List<?> l ? (List<Map<String, Object>>) l
                : JsonVars.listOfObjects(raw);
        RevocationConsequences c = RevocationConsequences.of(rows);
        if (!c.annul()) {
            throw new InputRejectedException("Các căn cứ đã chọn không thuộc trường hợp hủy bỏ quyết định khen thưởng.");
        }
        execution.setVariable(CONSEQUENCES_TEXT, c.text());
        execution.setVariable(RECOVERY_WORKING_DAYS, c.recoveryWorkingDays());
        execution.removeVariable(GROUND_RULES);
    }
}

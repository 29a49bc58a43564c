package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static vn.tdkt.revocation.RevocationVariables.*;

/** The request ends with no change to the registry: refused by the agency head or by the chairman (step input). */
@Component("closeRevocationDelegate")
public class CloseRevocationDelegate implements JavaDelegate {

    private final RevocationService service;

    public CloseRevocationDelegate(RevocationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if ("UNIT_HEAD".equals(execution.getVariable(CLOSE_AS))) {
            service.refuse(RevocationActors.revocationId(execution), RevocationActors.current(execution),
                    "Thủ trưởng cơ quan, đơn vị (" + execution.getVariable(DECIDING_UNIT) + ")",
                    RevocationActors.text(execution, UNIT_HEAD_COMMENT));
            return;
        }
        boolean head = "HEAD".equals(execution.getVariable(CLOSE_AS));
        String comment = RevocationActors.text(execution, head ? HEAD_COMMENT
                : execution.getVariable(UPWARD_DECISION) != null ? UPWARD_COMMENT : CHAIRMAN_COMMENT);
        service.refuse(RevocationActors.revocationId(execution), RevocationActors.current(execution),
                head ? "Lãnh đạo Sở Nội vụ" : "Chủ tịch UBND tỉnh", comment);
    }
}

package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;

import static vn.tdkt.revocation.RevocationVariables.*;

/** Checks the specialist's request, records it and gives the gateways and the next forms what they read. */
@Component("checkRevocationDelegate")
public class CheckRevocationDelegate implements JavaDelegate {

    private final RevocationService service;
    private final Clock clock;

    public CheckRevocationDelegate(RevocationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RevocationService.Started s = service.start((String) execution.getVariable(INITIATOR),
                new RevocationRules.Request(execution.getVariable(DECISION_KEY), execution.getVariable(AWARD_IDS),
                        execution.getVariable(GROUNDS), execution.getVariable(SOURCE),
                        execution.getVariable(COMPLAINT_REF), execution.getVariable(REASONS),
                        execution.getVariable(EVIDENCE)),
                execution.getProcessInstanceId());
        execution.setVariable(REVOCATION_ID, s.id());
        execution.setVariable(REVOCATION_CODE, s.code());
        execution.setVariable(DECISION_NUMBER, s.decisionNumber());
        execution.setVariable(AWARDEES_TEXT, s.awardeesText());
        execution.setVariable(GROUNDS_TEXT, s.groundsText());
        execution.setVariable(THROUGH_COUNCIL, s.throughCouncil());
        execution.setVariable(ABOVE_PROVINCE, s.aboveProvince());
        execution.setVariable(RECOVERY_UNITS, new ArrayList<>(s.recoveryUnits()));
        execution.setVariable(DECIDING_LEVEL, s.decidingLevel());
        execution.setVariable(DECIDING_UNIT, s.recoveryUnits().size() == 1 ? s.recoveryUnits().get(0) : null);
        execution.setVariable(FALSE_DECLARATION, s.grounds().contains(RevocationGround.FALSE_DECLARATION));
        execution.setVariable(FORGED_DOCUMENTS, s.grounds().contains(RevocationGround.FORGED_DOCUMENTS));
        execution.setVariable(UNLAWFUL_PROCEDURE, s.grounds().contains(RevocationGround.UNLAWFUL_PROCEDURE));
        execution.setVariable(ADVERSE_CONCLUSION, s.grounds().contains(RevocationGround.ADVERSE_CONCLUSION));
        execution.setVariable(JUDGED_ON, LocalDate.now(clock).toString());
        execution.setProcessBusinessKey(s.code());
    }
}

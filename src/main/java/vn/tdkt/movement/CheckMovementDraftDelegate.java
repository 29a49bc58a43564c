package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;

import static vn.tdkt.movement.MovementVariables.*;

/** Checks the draft (new or revised), records it and gives the chairman's form what it shows. */
@Component("checkMovementDraftDelegate")
public class CheckMovementDraftDelegate implements JavaDelegate {

    private final MovementService service;
    private final Clock clock;

    public CheckMovementDraftDelegate(MovementService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object existing = execution.getVariable(MOVEMENT_ID);
        MovementService.Drafted d = service.draft((String) execution.getVariable(INITIATOR),
                existing instanceof Number n ? n.longValue() : null, new MovementRules.DraftInput(
                        execution.getVariable(MOVEMENT_NAME), execution.getVariable(MOVEMENT_KIND),
                        execution.getVariable(GOAL), execution.getVariable(CRITERIA), execution.getVariable(START_DATE),
                        execution.getVariable(MID_REVIEW_DATE), execution.getVariable(END_DATE),
                        execution.getVariable(PARTICIPANT_CODES), execution.getVariable(AWARDS_TEXT)),
                execution.getProcessInstanceId());
        execution.setVariable(MOVEMENT_ID, d.id());
        execution.setVariable(MOVEMENT_CODE, d.code());
        execution.setVariable(STANDING_UNIT_CODE, d.standingUnitCode());
        execution.setVariable(STANDING_UNIT_NAME, d.standingUnitName());
        execution.setVariable(MOVEMENT_KIND_TEXT, d.kind().label());
        execution.setVariable(PERIOD_TEXT, d.periodText());
        execution.setVariable(PARTICIPANT_NAMES, d.participantNames());
        execution.setVariable(PARTICIPANTS, new ArrayList<>(d.participants()));
        execution.setVariable(JUDGED_ON, LocalDate.now(clock).toString());
        execution.setProcessBusinessKey(d.code());
    }
}

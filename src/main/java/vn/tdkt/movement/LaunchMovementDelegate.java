package vn.tdkt.movement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.WorkingDaysExpressions;

import java.util.Date;
import java.util.Map;

import static vn.tdkt.movement.MovementVariables.*;

/**
 * Launches the approved movement: the launch decision's number, and the deadlines on the province's working-day
 * calendar from the movement-deadlines table: the units register within so many working days of the launch, report
 * so many working days before the mid-term review; the standing agency reviews within so many working days.
 */
@Component("launchMovementDelegate")
public class LaunchMovementDelegate implements JavaDelegate {

    private final MovementService service;
    private final WorkingDaysExpressions workingDays;

    public LaunchMovementDelegate(MovementService service, WorkingDaysExpressions workingDays) {
        this.service = service;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> deadlines = (Map<String, Object>) execution.getVariable(MOVEMENT_DEADLINES);
        int registrationDays = ((Number) deadlines.get(REGISTRATION_WORKING_DAYS)).intValue();
        int reportLead = ((Number) deadlines.get(REPORT_LEAD_WORKING_DAYS)).intValue();
        int reviewDays = ((Number) deadlines.get(REVIEW_WORKING_DAYS)).intValue();
        String mid = ((String) execution.getVariable(MID_REVIEW_DATE)).substring(0, 10);
        String end = ((String) execution.getVariable(END_DATE)).substring(0, 10);
        Date registrationDue = workingDays.dueDateFromNow(registrationDays);
        Date reportDue = workingDays.reminderDate(mid, reportLead);
        if (reportDue.before(registrationDue)) {
            reportDue = registrationDue;
        }
        MovementService.Launched launched = service.launch(MovementActors.movementId(execution),
                MovementActors.current(execution), registrationDue.toInstant(), reportDue.toInstant());
        execution.setVariable(LAUNCH_NUMBER, launched.number());
        execution.setVariable(REGISTRATION_DUE_DATE, registrationDue);
        execution.setVariable(REPORT_DUE_DATE, reportDue);
        execution.setVariable(MID_REVIEW_AT, workingDays.dueDate(mid, 0));
        execution.setVariable(MID_REVIEW_DUE_DATE, workingDays.dueDate(mid, reviewDays));
        execution.setVariable(FINAL_REVIEW_AT, workingDays.dueDate(end, 0));
        execution.setVariable(FINAL_REVIEW_DUE_DATE, workingDays.dueDate(end, reviewDays));
    }
}

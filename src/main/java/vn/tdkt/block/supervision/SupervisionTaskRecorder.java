package vn.tdkt.block.supervision;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleSteps;
import vn.tdkt.block.cycle.BlockScores;
import vn.tdkt.notification.NotificationService;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_NAME;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.INSPECTION_FROM;
import static vn.tdkt.block.cycle.BlockCycleVariables.INSPECTION_PLAN_TEXT;
import static vn.tdkt.block.cycle.BlockCycleVariables.INSPECTION_ROWS;
import static vn.tdkt.block.cycle.BlockCycleVariables.INSPECTION_TO;
import static vn.tdkt.block.cycle.BlockCycleVariables.INSPECTION_UNIT;
import static vn.tdkt.block.cycle.BlockCycleVariables.INSPECTION_UNITS;
import static vn.tdkt.block.cycle.BlockCycleVariables.LATE_MEMBERS;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBERS;
import static vn.tdkt.block.cycle.BlockCycleVariables.REMINDER_TEXT;
import static vn.tdkt.block.cycle.BlockCycleVariables.SUPERVISOR_ATTENDED;
import static vn.tdkt.block.cycle.BlockCycleVariables.SUPERVISOR_NAME;
import static vn.tdkt.block.cycle.BlockCycleVariables.SUPERVISOR_OPINION;
import static vn.tdkt.block.cycle.BlockCycleVariables.SUPERVISOR_OPINION_NOTE;
import static vn.tdkt.block.cycle.BlockCycleVariables.SUPERVISOR_REMARKS;
import static vn.tdkt.block.cycle.BlockCycleVariables.VISIT_FINDINGS;

/**
 * End listener of the supervising member's tasks: checks his answer ({@link SupervisionAnswers}), records it
 * (block_supervision_record and the audit chain) and does what it sets off: the plan's visits (Task_InspectVisit
 * for each member chosen) and the reminder to each late member, through the notification outbox to the unit.
 * A refused answer leaves the task open with the Vietnamese message.
 */
@Component("supervisionTaskRecorder")
public class SupervisionTaskRecorder implements ExecutionListener {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SupervisionRecords records;
    private final NotificationService notifications;
    private final BlockScores scores;
    private final IdentityService identityService;
    private final SupervisionProperties properties;
    private final Clock clock;

    public SupervisionTaskRecorder(SupervisionRecords records, NotificationService notifications, BlockScores scores,
                                   IdentityService identityService, SupervisionProperties properties, Clock clock) {
        this.records = records;
        this.notifications = notifications;
        this.scores = scores;
        this.identityService = identityService;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        SupervisionAnswers answers = new SupervisionAnswers(properties.minTextLength());
        String key = execution.getProcessBusinessKey();
        var auth = identityService.getCurrentAuthentication();
        String actor = auth == null ? null : auth.getUserId();
        String pid = execution.getProcessInstanceId();
        switch (execution.getCurrentActivityId()) {
            case BlockCycleSteps.SUPERVISE_PACT, BlockCycleSteps.SUPERVISE_MID_YEAR -> {
                boolean pact = BlockCycleSteps.SUPERVISE_PACT.equals(execution.getCurrentActivityId());
                boolean attended = answers.attended(execution.getVariableLocal(SUPERVISOR_ATTENDED),
                        pact ? "lễ ký kết giao ước" : "hội nghị sơ kết 6 tháng");
                String remarks = answers.text(execution.getVariableLocal(SUPERVISOR_REMARKS), "Ý kiến của thành viên Hội đồng");
                record(key, pact ? SupervisionRecords.Step.PACT : SupervisionRecords.Step.MID_YEAR, null,
                        attended ? "ATTENDED" : "ABSENT", remarks, actor, pid);
            }
            case BlockCycleSteps.PLAN_INSPECTION -> {
                int year = ((Number) execution.getVariable(EMULATION_YEAR)).intValue();
                SupervisionAnswers.Plan plan = answers.plan(execution.getVariable(INSPECTION_FROM),
                        execution.getVariable(INSPECTION_TO), year,
                        JsonVars.listOfObjects(execution.getVariableLocal(INSPECTION_ROWS)),
                        (List<String>) execution.getVariable(MEMBERS));
                String units = plan.units().stream().map(scores::unitName).collect(Collectors.joining("; "));
                String text = "Kiểm tra, giám sát " + execution.getVariable(BLOCK_NAME) + " từ ngày "
                        + DAY.format(plan.from()) + " đến ngày " + DAY.format(plan.to()) + ": " + units + ".";
                execution.getProcessInstance().setVariable(INSPECTION_UNITS, new ArrayList<>(plan.units()));
                execution.getProcessInstance().setVariable(INSPECTION_PLAN_TEXT, text);
                record(key, SupervisionRecords.Step.PLAN, null, plan.from() + "/" + plan.to(), text, actor, pid);
            }
            case BlockCycleSteps.INSPECT_VISIT -> record(key, SupervisionRecords.Step.VISIT,
                    (String) execution.getVariableLocal(INSPECTION_UNIT), "VISITED",
                    answers.text(execution.getVariableLocal(VISIT_FINDINGS), "Kết quả kiểm tra"), actor, pid);
            case BlockCycleSteps.URGE_LATE_MEMBERS -> {
                String reminder = answers.text(execution.getVariableLocal(REMINDER_TEXT), "Nội dung đôn đốc");
                String subject = "Đôn đốc tự chấm điểm thi đua " + execution.getVariable(BLOCK_NAME) + " năm "
                        + execution.getVariable(EMULATION_YEAR);
                for (String unit : (List<String>) execution.getVariableLocal(LATE_MEMBERS)) {
                    notifications.notifyUnit(unit, subject, reminder + "\n\n" + execution.getVariable(SUPERVISOR_NAME)
                            + ", thành viên Hội đồng Thi đua - Khen thưởng tỉnh phụ trách khối.", key, pid);
                    record(key, SupervisionRecords.Step.URGE, unit, "SENT", reminder, actor, pid);
                }
            }
            case BlockCycleSteps.SUPERVISOR_OPINION -> {
                SupervisionAnswers.Opinion opinion = answers.opinion(execution.getVariableLocal(SUPERVISOR_OPINION));
                String note = answers.opinionNote(opinion, execution.getVariableLocal(SUPERVISOR_OPINION_NOTE));
                record(key, SupervisionRecords.Step.OPINION, null, opinion.name(), note, actor, pid);
            }
            default -> throw new IllegalStateException("No supervision answer for " + execution.getCurrentActivityId());
        }
    }

    private void record(String key, SupervisionRecords.Step step, String unit, String outcome, String remarks,
                        String actor, String pid) {
        records.record(new SupervisionRecords.Entry(key, step, unit, outcome, remarks, actor, clock.instant()), pid);
    }
}

package vn.tdkt.movement;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.testing.BareEngine;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * emulation-movement on a bare engine with its delegates mocked: every path of the model (launch, return and
 * resubmission, refusal, withdrawal, the units' late timers, the reviews' timers, the final review with and without
 * awards). The movement-deadlines table runs for real. What the steps check is EmulationMovementProcessTest's.
 */
class EmulationMovementModelTest {

    static final String MODEL = "processes/emulation-movement.bpmn";

    static ProcessEngine engine;

    JavaDelegate check;
    JavaDelegate launch;
    JavaDelegate close;
    JavaDelegate late;
    JavaDelegate recordRegistration;
    JavaDelegate recordReport;
    JavaDelegate recordReview;
    JavaDelegate propose;
    ExecutionListener validator;
    ExecutionListener reviewInputs;
    int awards;

    @BeforeAll
    static void engine() {
        engine = BareEngine.start("movement");
        BareEngine.deploy(engine, MODEL, "processes/movement-deadlines.dmn");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine);
        awards = 0;
        check = BareEngine.delegate(execution -> {
            execution.setVariable("movementId", 7L);
            execution.setVariable("movementCode", "PTTD-2026-007");
            execution.setVariable("standingUnitCode", "snnmt");
            execution.setVariable("participants", new ArrayList<>(List.of("stp", "sct")));
            execution.setVariable("judgedOn", "2026-03-02");
            execution.setProcessBusinessKey("PTTD-2026-007");
        });
        launch = BareEngine.delegate(execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> deadlines = (Map<String, Object>) execution.getVariable("movementDeadlines");
            Assertions.assertThat(deadlines).containsEntry("registrationWorkingDays", 10)
                    .containsEntry("reportLeadWorkingDays", 5).containsEntry("reviewWorkingDays", 15);
            Instant now = Instant.now();
            execution.setVariable("registrationDueDate", Date.from(now.plus(10, ChronoUnit.DAYS)));
            execution.setVariable("reportDueDate", Date.from(now.plus(60, ChronoUnit.DAYS)));
            execution.setVariable("midReviewAt", Date.from(now.plus(90, ChronoUnit.DAYS)));
            execution.setVariable("midReviewDueDate", Date.from(now.plus(110, ChronoUnit.DAYS)));
            execution.setVariable("finalReviewAt", Date.from(now.plus(300, ChronoUnit.DAYS)));
            execution.setVariable("finalReviewDueDate", Date.from(now.plus(320, ChronoUnit.DAYS)));
        });
        close = BareEngine.delegate();
        late = BareEngine.delegate();
        recordRegistration = BareEngine.delegate();
        recordReport = BareEngine.delegate();
        recordReview = BareEngine.delegate(execution -> {
            if ("FINAL".equals(execution.getVariable("reviewStage"))) {
                execution.setVariable("awardCount", awards);
            }
        });
        propose = BareEngine.delegate();
        validator = org.mockito.Mockito.mock(ExecutionListener.class);
        reviewInputs = BareEngine.executionListener(execution -> execution.setVariable("participationSummary", "2 đơn vị"));
        Mocks.register("checkMovementDraftDelegate", check);
        Mocks.register("launchMovementDelegate", launch);
        Mocks.register("closeMovementDelegate", close);
        Mocks.register("markMovementLateDelegate", late);
        Mocks.register("recordMovementRegistrationDelegate", recordRegistration);
        Mocks.register("recordMovementReportDelegate", recordReport);
        Mocks.register("recordMovementReviewDelegate", recordReview);
        Mocks.register("proposeMovementAwardsDelegate", propose);
        Mocks.register("movementAnswerValidator", validator);
        Mocks.register("movementReviewInputs", reviewInputs);
    }

    @AfterEach
    void reset() {
        BareEngine.endTest(engine);
    }

    @Test
    void everyDelegateOfTheModelIsMocked() {
        BareEngine.assertEveryDelegateMocked(MODEL);
    }

    @Test
    void launchedUnitsRegisterAndReportReviewedAndAwardsProposed() throws Exception {
        awards = 1;
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_LaunchDecision").hasBusinessKey("PTTD-2026-007");
        assertThat(task()).hasCandidateGroup("chairman").hasCandidateGroup("vice-chairman");
        complete(task(), withVariables("launchDecision", "approve"));

        assertThat(pi).hasPassedInOrder("Task_CheckDraft", "Task_LaunchDecision", "Task_MovementDeadlines", "Task_Launch")
                .isWaitingAt("Task_Register", "Timer_MidReview");
        List<Task> registrations = unitTasks(pi, "Task_Register");
        Assertions.assertThat(registrations).hasSize(2);
        Assertions.assertThat(registrations).allSatisfy(t -> Assertions.assertThat(t.getDueDate()).isNotNull());
        assertThat(registrations.get(0)).hasCandidateGroup("unit-officer.sct");
        assertThat(registrations.get(1)).hasCandidateGroup("unit-officer.stp");
        for (Task t : registrations) {
            complete(t, withVariables("registrationPlan", "Đăng ký thực hiện đủ các tiêu chí."));
        }
        verify(recordRegistration, times(2)).execute(any());
        List<Task> reports = unitTasks(pi, "Task_Report");
        Assertions.assertThat(reports).hasSize(2);
        // each unit's answer stays in its own instance: the other unit's report form starts empty
        Assertions.assertThat(taskService().getVariable(reports.get(0).getId(), "progressReport")).isNull();
        for (Task t : reports) {
            complete(t, withVariables("progressReport", "Đã hoàn thành phần lớn chỉ tiêu.", "progressPercent", 80));
        }
        verify(recordReport, times(2)).execute(any());
        assertThat(pi).hasPassed("EndEvent_UnitsDone");

        execute(timer(pi, "Timer_MidReview"));
        assertThat(pi).isWaitingAt("Task_MidReview");
        assertThat(task()).hasCandidateGroup("unit-officer.snnmt");
        Assertions.assertThat(taskService().getVariable(task().getId(), "participationSummary")).isEqualTo("2 đơn vị");
        complete(task(), withVariables("midReviewReport", "Sơ kết: các đơn vị thực hiện tốt."));
        assertThat(pi).hasPassed("Task_RecordMidReview").isWaitingAt("Timer_FinalReview");

        execute(timer(pi, "Timer_FinalReview"));
        assertThat(pi).isWaitingAt("Task_FinalReview");
        complete(task(), withVariables("finalReviewReport", "Tổng kết: hoàn thành mục tiêu.", "awardedUnitCodes", "[\"stp\"]",
                "awardTypeCode", "BK_TINH"));
        assertThat(pi).hasPassedInOrder("Task_FinalReview", "Task_RecordFinalReview", "Task_ProposeAwards")
                .hasPassed("EndEvent_Closed").isEnded();
        verify(propose).execute(any());
        verify(recordReview, times(2)).execute(any());
        verify(late, never()).execute(any());
        verify(validator).notify(any());
    }

    @Test
    void returnedDraftIsRevisedResubmittedAndLaunched() throws Exception {
        ProcessInstance pi = start();
        complete(task(), withVariables("launchDecision", "return", "launchComment", "Bổ sung tiêu chí."));
        assertThat(pi).isWaitingAt("Task_ReviseDraft");
        assertThat(task()).isAssignedTo("canbo.snnmt");
        complete(task(), withVariables("reviseDecision", "resubmit"));
        assertThat(pi).isWaitingAt("Task_LaunchDecision");
        verify(check, times(2)).execute(any());
        complete(task(), withVariables("launchDecision", "approve"));
        assertThat(pi).isWaitingAt("Task_Register", "Timer_MidReview");
        verify(launch).execute(any());
    }

    @Test
    void refusedDraftEndsWithoutLaunch() throws Exception {
        ProcessInstance pi = start();
        complete(task(), withVariables("launchDecision", "refuse", "launchComment", "Trùng phong trào đang có."));
        assertThat(pi).hasPassed("Task_Refuse", "EndEvent_Refused").hasNotPassed("Task_Launch").isEnded();
        verify(close).execute(any());
        verify(launch, never()).execute(any());
    }

    @Test
    void returnedDraftWithdrawnByItsDrafter() throws Exception {
        ProcessInstance pi = start();
        complete(task(), withVariables("launchDecision", "return", "launchComment", "Chưa cần thiết."));
        complete(task(), withVariables("reviseDecision", "withdraw"));
        assertThat(pi).hasPassed("Task_Withdraw", "EndEvent_Withdrawn").hasNotPassed("Task_Launch").isEnded();
        verify(close).execute(any());
        verify(check, times(1)).execute(any());
    }

    @Test
    void lateUnitsAreMarkedTheirTasksStayAndTheFinalReviewEndsEverything() throws Exception {
        ProcessInstance pi = start();
        complete(task(), withVariables("launchDecision", "approve"));
        // registration deadline passes for both units: marked late, still asked to register
        for (Job j : timers(pi, "Timer_RegistrationLate")) {
            execute(j);
        }
        verify(late, times(2)).execute(any());
        Assertions.assertThat(unitTasks(pi, "Task_Register")).hasSize(2);
        // one unit registers late; its report deadline passes too
        complete(unitTasks(pi, "Task_Register").get(0), withVariables("registrationPlan", "Đăng ký muộn."));
        execute(timer(pi, "Timer_ReportLate"));
        verify(late, times(3)).execute(any());
        Assertions.assertThat(unitTasks(pi, "Task_Report")).hasSize(1);

        execute(timer(pi, "Timer_MidReview"));
        complete(taskAt(pi, "Task_MidReview"), withVariables("midReviewReport", "Sơ kết: một đơn vị chưa đăng ký."));
        execute(timer(pi, "Timer_FinalReview"));
        complete(taskAt(pi, "Task_FinalReview"), withVariables("finalReviewReport", "Tổng kết: không đề nghị khen."));
        assertThat(pi).hasPassed("Task_RecordFinalReview").hasNotPassed("Task_ProposeAwards")
                .hasPassed("EndEvent_Closed").isEnded();
        Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        verify(propose, never()).execute(any());
    }

    private ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("emulation-movement", Map.of("initiator",
                "canbo.snnmt", "movementKind", "CHUYEN_DE", "movementName", "Tây Ninh chung sức xây dựng nông thôn mới"));
        assertThat(pi).isWaitingAt("Task_LaunchDecision");
        return pi;
    }

    private static List<Task> unitTasks(ProcessInstance pi, String key) {
        List<Task> tasks = new ArrayList<>(taskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(key).list());
        tasks.sort((a, b) -> candidate(a).compareTo(candidate(b)));
        return tasks;
    }

    private static String candidate(Task t) {
        return taskService().getIdentityLinksForTask(t.getId()).stream().filter(l -> l.getGroupId() != null)
                .map(l -> l.getGroupId()).findFirst().orElse("");
    }

    private static Task taskAt(ProcessInstance pi, String key) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private static Job timer(ProcessInstance pi, String activity) {
        List<Job> jobs = timers(pi, activity);
        Assertions.assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    private static List<Job> timers(ProcessInstance pi, String activity) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity).timers().list();
    }
}

package vn.tdkt.exemplar;

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
import org.mockito.Mockito;
import vn.tdkt.testing.BareEngine;

import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * model-example on a bare engine with its delegates mocked: every path of the model — the head's return, the standing
 * agency's return and refusal, the approver's return, publication with and without a commendation proposal, the
 * follow-up timer, withdrawal and closing. What the steps do is ModelExampleProcessTest's.
 */
class ModelExampleModelTest {

    static final String MODEL = "processes/model-example.bpmn";

    static ProcessEngine engine;

    JavaDelegate register;
    JavaDelegate submit;
    JavaDelegate toVetting;
    JavaDelegate returnToUnit;
    JavaDelegate accept;
    JavaDelegate refuse;
    JavaDelegate backToVetting;
    JavaDelegate publish;
    JavaDelegate startCommendation;
    JavaDelegate withdraw;
    JavaDelegate close;
    JavaDelegate recordFollowUp;
    ExecutionListener answers;

    @BeforeAll
    static void engine() {
        engine = BareEngine.start("model-example");
        BareEngine.deploy(engine, MODEL);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine);
        register = BareEngine.delegate(execution -> {
            execution.setVariable("exampleId", 7L);
            execution.setVariable("unitCode", "hnd");
            execution.setVariable("unitName", "Hội Nông dân tỉnh");
            execution.setVariable("vettingGroup", "sa-specialist");
            execution.setVariable("publishingGroup", "sa-head");
            execution.setVariable("followUpCycle", "R2/P90D");
            execution.setProcessBusinessKey("GDH-7");
        });
        submit = BareEngine.register("submitExampleDossierDelegate", BareEngine.delegate());
        toVetting = BareEngine.register("sendExampleToVettingDelegate", BareEngine.delegate());
        returnToUnit = BareEngine.register("returnExampleToUnitDelegate", BareEngine.delegate());
        accept = BareEngine.register("acceptExampleDelegate", BareEngine.delegate());
        refuse = BareEngine.register("refuseExampleDelegate", BareEngine.delegate());
        backToVetting = BareEngine.register("exampleBackToVettingDelegate", BareEngine.delegate());
        publish = BareEngine.register("publishExampleDelegate", BareEngine.delegate(execution ->
                execution.setVariable("publicAddress", "http://localhost:8080/guong-dien-hinh/7")));
        startCommendation = BareEngine.register("startExampleCommendationDelegate", BareEngine.delegate(execution ->
                execution.setVariable("commendationKey", "DNKT-2026-00042")));
        withdraw = BareEngine.register("withdrawExampleDelegate", BareEngine.delegate());
        close = BareEngine.register("closeExampleDelegate", BareEngine.delegate());
        recordFollowUp = BareEngine.register("recordExampleFollowUpDelegate", BareEngine.delegate());
        answers = BareEngine.register("exampleAnswerValidator", Mockito.mock(ExecutionListener.class));
        Mocks.register("registerExampleDelegate", register);
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
    void acceptedApprovedPublishedAndClosed() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).hasPassed("Task_RegisterExample").isWaitingAt("Task_ExampleDossier").hasBusinessKey("GDH-7");
        assertThat(task(pi)).isAssignedTo("canbo.hnd");
        complete(task(pi));
        assertThat(pi).isWaitingAt("Task_ExampleHeadReview");
        assertThat(task(pi)).hasCandidateGroup("unit-head.hnd");
        complete(task(pi), withVariables("headDecision", "approve"));
        assertThat(pi).isWaitingAt("Task_ExampleVetting");
        assertThat(task(pi)).hasCandidateGroup("sa-specialist");
        complete(task(pi), withVariables("vettingDecision", "accept", "putForward", false));
        assertThat(pi).isWaitingAt("Task_ExamplePublishApproval");
        assertThat(task(pi)).hasCandidateGroup("sa-head");
        complete(task(pi), withVariables("publishDecision", "approve"));
        assertThat(pi).isWaitingAt("Task_ExampleMonitor").hasNotPassed("Task_StartCommendation");
        assertThat(task(pi)).hasCandidateGroup("sa-head");
        complete(task(pi), withVariables("monitorDecision", "close"));

        assertThat(pi).isEnded().hasPassedInOrder("Task_SubmitDossier", "Task_SendToVetting", "Task_AcceptExample",
                "Task_PublishExample", "Task_CloseExample", "End_Closed").hasNotPassed("Task_WithdrawExample");
        verify(publish).execute(any());
        verify(startCommendation, never()).execute(any());
        verify(answers, times(4)).notify(any());
    }

    @Test
    void theHeadReturnsAndTheOfficerCompletesAgain() throws Exception {
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), withVariables("headDecision", "return", "headComment", "Bổ sung ảnh rõ hơn."));
        assertThat(pi).hasPassed("Task_ReturnToUnit").isWaitingAt("Task_ExampleDossier");
        assertThat(task(pi)).isAssignedTo("canbo.hnd");
        complete(task(pi));
        assertThat(pi).isWaitingAt("Task_ExampleHeadReview");
        verify(submit, times(2)).execute(any());
        verify(returnToUnit).execute(any());
    }

    @Test
    void theStandingAgencyReturnsToTheUnit() throws Exception {
        ProcessInstance pi = toVetting();
        complete(task(pi), withVariables("vettingDecision", "return", "vettingComment", "Bổ sung số liệu."));
        assertThat(pi).isWaitingAt("Task_ExampleDossier");
        complete(task(pi));
        complete(task(pi), withVariables("headDecision", "approve"));
        assertThat(pi).isWaitingAt("Task_ExampleVetting");
        verify(toVetting, times(2)).execute(any());
    }

    @Test
    void theStandingAgencyRefuses() throws Exception {
        ProcessInstance pi = toVetting();
        complete(task(pi), withVariables("vettingDecision", "refuse", "vettingComment", "Chưa đủ tiêu biểu."));
        assertThat(pi).isEnded().hasPassed("Task_RefuseExample", "End_Refused").hasNotPassed("Task_PublishExample");
        verify(refuse).execute(any());
        verify(publish, never()).execute(any());
    }

    @Test
    void theApproverSendsThePublicationBackToTheVetting() throws Exception {
        ProcessInstance pi = toVetting();
        complete(task(pi), withVariables("vettingDecision", "accept", "putForward", false));
        complete(task(pi), withVariables("publishDecision", "return", "publishComment", "Viết lại tóm tắt."));
        assertThat(pi).hasPassed("Task_BackToVetting").isWaitingAt("Task_ExampleVetting");
        verify(publish, never()).execute(any());
        complete(task(pi), withVariables("vettingDecision", "accept"));
        assertThat(pi).isWaitingAt("Task_ExamplePublishApproval");
        verify(accept, times(2)).execute(any());
    }

    @Test
    void putForwardStartsACommendationProposalThenTheExampleIsWithdrawn() throws Exception {
        ProcessInstance pi = toVetting();
        complete(task(pi), withVariables("vettingDecision", "accept", "putForward", true));
        complete(task(pi), withVariables("publishDecision", "approve"));
        assertThat(pi).hasPassed("Task_StartCommendation").isWaitingAt("Task_ExampleMonitor")
                .hasVariables("commendationKey");
        complete(task(pi), withVariables("monitorDecision", "withdraw", "withdrawReason", "Phát hiện vi phạm."));
        assertThat(pi).isEnded().hasPassed("Task_WithdrawExample", "End_Withdrawn");
        verify(startCommendation).execute(any());
        verify(withdraw).execute(any());
    }

    @Test
    void theFollowUpTimerRaisesReportsAndAWithdrawalEndsTheOpenOnes() throws Exception {
        ProcessInstance pi = toVetting();
        complete(task(pi), withVariables("vettingDecision", "accept"));
        complete(task(pi), withVariables("publishDecision", "approve"));
        assertThat(pi).isWaitingAt("Task_ExampleMonitor");
        Job timer = job("Timer_ExampleFollowUp");
        Assertions.assertThat(timer).as("the follow-up cycle from the data").isNotNull();
        execute(timer);
        assertThat(pi).isWaitingAt("Task_ExampleMonitor", "Task_ExampleFollowUp");
        Task report = taskQuery().taskDefinitionKey("Task_ExampleFollowUp").singleResult();
        assertThat(report).hasCandidateGroup("unit-officer.hnd");
        complete(report, withVariables("followUpReport", "Đã tổ chức 2 buổi chia sẻ kinh nghiệm."));
        assertThat(pi).hasPassed("Task_RecordFollowUp", "End_FollowUpRecorded").isWaitingAt("Task_ExampleMonitor");
        verify(recordFollowUp).execute(any());

        // the next report is raised and left open; withdrawal terminates it and the timer
        execute(job("Timer_ExampleFollowUp"));
        assertThat(pi).isWaitingAt("Task_ExampleMonitor", "Task_ExampleFollowUp");
        complete(taskQuery().taskDefinitionKey("Task_ExampleMonitor").singleResult(),
                withVariables("monitorDecision", "withdraw", "withdrawReason", "Đơn vị đề nghị thu hồi."));
        assertThat(pi).isEnded();
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("no report is raised after the withdrawal").isZero();
    }

    @Test
    void aRefusedAnswerKeepsTheTaskOpen() throws Exception {
        Mockito.doThrow(new IllegalArgumentException("Khi trả lại, thủ trưởng phải ghi rõ lý do."))
                .when(answers).notify(any());
        ProcessInstance pi = start();
        complete(task(pi));
        Assertions.assertThatThrownBy(() -> complete(task(pi), withVariables("headDecision", "return")))
                .hasMessageContaining("lý do");
        assertThat(pi).isWaitingAt("Task_ExampleHeadReview");
        verify(returnToUnit, never()).execute(any());
    }

    @Test
    void anAnswerNoFlowAcceptsStopsAtTheGateway() {
        ProcessInstance pi = start();
        complete(task(pi));
        Assertions.assertThatThrownBy(() -> complete(task(pi), withVariables("headDecision", "có lẽ")))
                .hasMessageContaining("Gateway_Head");
        assertThat(pi).isWaitingAt("Task_ExampleHeadReview");
    }

    private ProcessInstance toVetting() {
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), withVariables("headDecision", "approve"));
        assertThat(pi).isWaitingAt("Task_ExampleVetting");
        return pi;
    }

    private ProcessInstance start() {
        engine.getIdentityService().setAuthenticatedUserId("canbo.hnd");
        try {
            return runtimeService().startProcessInstanceByKey("model-example", Map.of("exampleKind", "PERSON",
                    "title", "Nông dân sản xuất giỏi", "subjectName", "Nguyễn Văn Bảy",
                    "story", "Anh Bảy chuyển đổi 5 ha đất lúa kém hiệu quả sang trồng mãng cầu theo hướng hữu cơ.",
                    "evidence", "Thu nhập 800 triệu đồng/năm; giúp 12 hộ thoát nghèo.", "tags", List.of()));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}

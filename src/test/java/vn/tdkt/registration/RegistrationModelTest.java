package vn.tdkt.registration;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import vn.tdkt.testing.BareEngine;

import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * emulation-registration on a bare engine with its delegates mocked: each path of the model in milliseconds. The
 * rules behind the steps (who may register, what a registration may hold) are EmulationRegistrationProcessTest's.
 * The forms are not deployed: a formRef with binding "deployment" is resolved only when a form is asked for.
 */
class RegistrationModelTest {

    static final String MODEL = "processes/emulation-registration.bpmn";

    static ProcessEngine engine;

    JavaDelegate check;
    JavaDelegate record;
    TaskListener headReviewCompleted;
    ExecutionListener answerValidator;

    @BeforeAll
    static void engine() {
        engine = BareEngine.start("registration");
        BareEngine.deploy(engine, MODEL);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine);
        check = BareEngine.delegate(execution -> {
            execution.setVariable("unitCode", "sct");
            execution.setVariable("unitName", "Sở Công Thương");
            execution.setProcessBusinessKey("DKTD-2027-sct");
        });
        record = BareEngine.delegate();
        headReviewCompleted = Mockito.mock(TaskListener.class);
        answerValidator = Mockito.mock(ExecutionListener.class);
        Mocks.register("checkRegistrationDelegate", check);
        Mocks.register("recordRegistrationDelegate", record);
        Mocks.register("headReviewCompletionListener", headReviewCompleted);
        Mocks.register("headReviewAnswerValidator", answerValidator);
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
    void theHeadApprovesAndTheRegistrationIsRecorded() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).hasPassed("Task_CheckRegistration").isWaitingAt("Task_HeadReview")
                .hasBusinessKey("DKTD-2027-sct");
        assertThat(task()).hasCandidateGroup("unit-head.sct");

        complete(task(), withVariables("headDecision", "approve"));

        assertThat(pi).hasPassedInOrder("Task_CheckRegistration", "Task_HeadReview", "Task_RecordRegistration")
                .hasNotPassed("Task_ReviseRegistration").isEnded();
        assertThat(pi).hasPassed("EndEvent_Registered");
        verify(check).execute(any());
        verify(headReviewCompleted).notify(any());
        verify(answerValidator).notify(any());
        verify(record).execute(any());
    }

    @Test
    void aReturnedRegistrationGoesBackToTheOfficerWhoStartedIt() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_HeadReview");
        complete(task(), withVariables("headDecision", "return", "headComment", "Bổ sung chỉ tiêu."));

        assertThat(pi).isWaitingAt("Task_ReviseRegistration");
        assertThat(task()).isAssignedTo("canbo.sct");
        verify(record, never()).execute(any());
    }

    @Test
    void theRevisedRegistrationIsCheckedAgainAndReviewedAgain() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_HeadReview");
        complete(task(), withVariables("headDecision", "return", "headComment", "Bổ sung chỉ tiêu."));
        assertThat(pi).isWaitingAt("Task_ReviseRegistration");
        complete(task(), withVariables("commitment", "Cam kết đã bổ sung."));

        assertThat(pi).isWaitingAt("Task_HeadReview");
        verify(check, times(2)).execute(any());

        complete(task(), withVariables("headDecision", "approve"));
        assertThat(pi).isEnded().hasPassedInOrder("Task_HeadReview", "Task_ReviseRegistration",
                "Task_CheckRegistration", "Task_HeadReview", "Task_RecordRegistration");
        verify(headReviewCompleted, times(2)).notify(any());
        verify(record).execute(any());
    }

    @Test
    void aRefusedAnswerKeepsTheHeadReviewOpen() throws Exception {
        Mockito.doThrow(new IllegalArgumentException("Ý kiến của thủ trưởng không hợp lệ")).when(answerValidator).notify(any());
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_HeadReview");

        Assertions.assertThatThrownBy(() -> complete(task(), withVariables("headDecision", "có lẽ")))
                .hasMessageContaining("không hợp lệ");

        assertThat(pi).isWaitingAt("Task_HeadReview");
        verify(record, never()).execute(any());
    }

    @Test
    void anAnswerNoFlowAcceptsStopsAtTheGateway() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_HeadReview");

        Assertions.assertThatThrownBy(() -> complete(task(), withVariables("headDecision", "maybe")))
                .hasMessageContaining("Gateway_HeadDecision");
        assertThat(pi).isWaitingAt("Task_HeadReview");
    }

    private ProcessInstance start() {
        engine.getIdentityService().setAuthenticatedUserId("canbo.sct");
        try {
            return runtimeService().startProcessInstanceByKey("emulation-registration", Map.of("emulationYear", 2027,
                    "collectiveTitle", "TTLDXS", "ldttCount", 40, "cstdcsCount", 5,
                    "commitment", "Phấn đấu hoàn thành xuất sắc nhiệm vụ được giao."));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}

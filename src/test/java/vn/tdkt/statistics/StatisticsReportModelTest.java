package vn.tdkt.statistics;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * statistics-report on a bare engine with its delegates mocked: the specialist prepares, the head approves; the head
 * returns and the specialist prepares again. What the steps do is StatisticsReportProcessTest's.
 */
class StatisticsReportModelTest {

    static final String MODEL = "processes/statistics-report.bpmn";

    static ProcessEngine engine;

    JavaDelegate open;
    JavaDelegate submit;
    JavaDelegate returned;
    JavaDelegate approve;
    ExecutionListener answers;

    @BeforeAll
    static void engine() {
        engine = BareEngine.start("statistics-report");
        BareEngine.deploy(engine, MODEL);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine);
        open = BareEngine.delegate(execution -> {
            execution.setVariable("reportId", 3L);
            execution.setVariable("reportKey", "BCTK-2026-3");
            execution.setProcessBusinessKey("BCTK-2026-3");
        });
        Mocks.register("openStatisticsReportDelegate", open);
        submit = BareEngine.register("submitStatisticsReportDelegate", BareEngine.delegate());
        returned = BareEngine.register("returnStatisticsReportDelegate", BareEngine.delegate());
        approve = BareEngine.register("approveStatisticsReportDelegate", BareEngine.delegate());
        answers = BareEngine.register("statisticsAnswerValidator", Mockito.mock(ExecutionListener.class));
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
    void preparedAndApproved() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_StatisticsPrepare").hasBusinessKey("BCTK-2026-3");
        assertThat(task(pi)).isAssignedTo("thamdinh");
        complete(task(pi), withVariables("figuresChecked", true, "preparationNotes", ""));
        assertThat(pi).isWaitingAt("Task_StatisticsApprove");
        assertThat(task(pi)).hasCandidateGroup("sa-head");
        complete(task(pi), withVariables("approvalDecision", "approve"));
        assertThat(pi).isEnded().hasPassed("Task_ApproveReport").hasNotPassed("Task_ReturnReport");
        verify(submit, times(1)).execute(any());
        verify(approve, times(1)).execute(any());
        verify(answers, times(2)).notify(any());
    }

    @Test
    void returnedThenApproved() throws Exception {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("figuresChecked", true));
        complete(task(pi), withVariables("approvalDecision", "return", "returnReason", "Thiếu số liệu khối doanh nghiệp."));
        assertThat(pi).isWaitingAt("Task_StatisticsPrepare").hasPassed("Task_ReturnReport");
        complete(task(pi), withVariables("figuresChecked", true));
        complete(task(pi), withVariables("approvalDecision", "approve"));
        assertThat(pi).isEnded();
        verify(returned, times(1)).execute(any());
        verify(submit, times(2)).execute(any());
        verify(approve, times(1)).execute(any());
    }

    private static ProcessInstance start() {
        return runtimeService().createProcessInstanceByKey("statistics-report")
                .setVariables(Map.of("initiator", "thamdinh", "reportYear", 2026, "awardLevel", "TINH"))
                .execute();
    }
}

package vn.tdkt.revocation;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * award-revocation on a bare engine with its delegates mocked: every path of the model (in the province with and
 * without the council, upward annulled or not, the head's return and refusal, the chairman's refusal, the recovery
 * returned and confirmed, the overdue timer, a unit-level award annulled or kept by its unit's head). The
 * revocation-grounds and revocation-authority tables run for real.
 */
class AwardRevocationModelTest {

    static final String MODEL = "processes/award-revocation.bpmn";

    static ProcessEngine engine;

    JavaDelegate check;
    JavaDelegate consequences;
    JavaDelegate annul;
    JavaDelegate central;
    JavaDelegate close;
    JavaDelegate recordRecovery;
    JavaDelegate overdue;
    JavaDelegate completeRevocation;
    ExecutionListener validator;
    boolean council;
    String level;

    /** The texts bean the recovery sub-process reads. */
    public static class Texts {
        public String recoveryOf(Object id, String unitCode) {
            return "Nguyễn Văn A – Bằng khen năm 2024 (" + unitCode + ")";
        }
    }

    @BeforeAll
    static void engine() {
        engine = BareEngine.start("revocation");
        BareEngine.deploy(engine, MODEL, "processes/revocation-grounds.dmn", "processes/revocation-authority.dmn");
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine);
        council = false;
        level = "TINH";
        check = BareEngine.delegate(execution -> {
            execution.setVariable("revocationId", 3L);
            execution.setVariable("throughCouncil", council);
            execution.setVariable("aboveProvince", false);
            execution.setVariable("decidingLevel", level);
            execution.setVariable("decidingUnit", "stp");
            execution.setVariable("recoveryUnits", new ArrayList<>(List.of("stp", "sct")));
            execution.setVariable("falseDeclaration", true);
            execution.setVariable("forgedDocuments", false);
            execution.setVariable("unlawfulProcedure", true);
            execution.setVariable("adverseConclusion", false);
            execution.setVariable("judgedOn", "2026-11-02");
            execution.setProcessBusinessKey("HB-2026-0003");
        });
        consequences = BareEngine.delegate(execution -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) execution.getVariable("groundRules");
            Assertions.assertThat(rows).hasSize(2);
            RevocationConsequences c = RevocationConsequences.of(rows);
            Assertions.assertThat(c.annul()).isTrue();
            Assertions.assertThat(c.recoveryWorkingDays()).isEqualTo(30);
        });
        Date due = Date.from(Instant.now().plus(40, ChronoUnit.DAYS));
        annul = BareEngine.delegate(execution -> execution.setVariable("recoveryDueDate", due));
        central = BareEngine.delegate(execution -> execution.setVariable("recoveryDueDate", due));
        close = BareEngine.delegate();
        recordRecovery = BareEngine.delegate();
        overdue = BareEngine.delegate();
        completeRevocation = BareEngine.delegate();
        validator = org.mockito.Mockito.mock(ExecutionListener.class);
        Mocks.register("checkRevocationDelegate", check);
        Mocks.register("revocationConsequencesDelegate", consequences);
        Mocks.register("annulAwardsDelegate", annul);
        Mocks.register("recordCentralDecisionDelegate", central);
        Mocks.register("closeRevocationDelegate", close);
        Mocks.register("recordRecoveryDelegate", recordRecovery);
        Mocks.register("markRecoveryOverdueDelegate", overdue);
        Mocks.register("completeRevocationDelegate", completeRevocation);
        Mocks.register("revocationAnswerValidator", validator);
        Mocks.register("recordRevocationAuthorityListener", org.mockito.Mockito.mock(ExecutionListener.class));
        Mocks.register("revocationTexts", new Texts());
    }

    @AfterEach
    void reset() {
        BareEngine.endTest(engine);
    }

    @Test
    void everyDelegateOfTheModelIsMocked() throws Exception {
        BareEngine.assertEveryDelegateMocked(MODEL);
    }

    @Test
    void annulledInTheProvinceWithoutCouncilThenRecovered() throws Exception {
        ProcessInstance pi = approvedByHead();
        assertThat(pi).hasNotPassed("Task_CouncilOpinion").isWaitingAt("Task_ChairmanDecision");
        assertThat(task()).hasCandidateGroup("chairman").hasCandidateGroup("vice-chairman");
        complete(task(), withVariables("chairmanDecision", "sign"));
        assertThat(pi).hasPassed("Task_Annul").isWaitingAt("Task_Recovery");
        recoverAll(pi);
        assertThat(pi).hasPassed("Task_Complete", "EndEvent_Completed").isEnded();
        verify(recordRecovery, times(2)).execute(any());
        verify(completeRevocation).execute(any());
        verify(overdue, never()).execute(any());
    }

    @Test
    void aUnitLevelAwardIsAnnulledByTheHeadOfItsUnitNumberedByTheUnit() throws Exception {
        level = "CO_SO";
        ProcessInstance pi = approvedByHead();
        assertThat(pi).hasNotPassed("Task_ChairmanDecision").isWaitingAt("Task_UnitHeadDecision");
        assertThat(task()).hasCandidateGroup("unit-head.stp");
        Assertions.assertThat(taskService().getIdentityLinksForTask(task().getId())).noneMatch(l ->
                "chairman".equals(l.getGroupId()));
        complete(task(), withVariables("unitHeadDecision", "sign", "unitDecisionNumber", "15/QĐ-STP",
                "unitDecisionDate", "2026-11-02"));
        assertThat(pi).hasPassed("Task_UnitHeadAnnul").hasNotPassed("Task_Annul").isWaitingAt("Task_Recovery");
        verify(annul).execute(any());
        recoverAll(pi);
        assertThat(pi).hasPassed("EndEvent_Completed").isEnded();
    }

    @Test
    void theUnitHeadRefuses() throws Exception {
        level = "CO_SO";
        ProcessInstance pi = approvedByHead();
        complete(task(), withVariables("unitHeadDecision", "refuse", "unitHeadComment", "Không đủ căn cứ."));
        assertThat(pi).hasPassed("Task_UnitHeadRefused", "EndEvent_UnitHeadRefused").isEnded();
        verify(close).execute(any());
        verify(annul, never()).execute(any());
    }

    @Test
    void withTheCouncilTheSecretaryGivesItsOpinionFirst() throws Exception {
        council = true;
        ProcessInstance pi = approvedByHead();
        assertThat(pi).isWaitingAt("Task_CouncilOpinion");
        assertThat(task()).hasCandidateGroup("council-secretary");
        complete(task(), withVariables("councilOpinion", "agree", "councilRef", "BB 5", "councilDate", "2026-11-02"));
        assertThat(pi).isWaitingAt("Task_ChairmanDecision");
    }

    @Test
    void aboveTheProvinceTheChairmanSignsUpwardAndTheCentreDecides() throws Exception {
        level = "TRUNG_UONG";
        ProcessInstance pi = approvedByHead();
        assertThat(pi).isWaitingAt("Task_SignUpward");
        complete(task(), withVariables("upwardDecision", "sign"));
        assertThat(pi).isWaitingAt("Task_CentralDecision");
        assertThat(task()).hasCandidateGroup("sa-specialist");
        complete(task(), withVariables("centralAnnulled", "yes", "centralNumber", "77/QĐ-TTg", "centralDate",
                "2026-11-02"));
        assertThat(pi).hasPassed("Task_RecordCentral").isWaitingAt("Task_Recovery");
        verify(annul, never()).execute(any());
    }

    @Test
    void theCentreDoesNotAnnul() throws Exception {
        level = "TRUNG_UONG";
        ProcessInstance pi = approvedByHead();
        complete(task(), withVariables("upwardDecision", "sign"));
        complete(task(), withVariables("centralAnnulled", "no", "centralNumber", "12/VPCP", "centralDate", "2026-11-02"));
        assertThat(pi).hasPassed("EndEvent_NotAnnulled").isEnded();
    }

    @Test
    void theChairmanRefusesUpward() throws Exception {
        level = "TRUNG_UONG";
        ProcessInstance pi = approvedByHead();
        complete(task(), withVariables("upwardDecision", "refuse", "upwardComment", "Không đủ căn cứ."));
        assertThat(pi).hasPassed("Task_ChairmanRefused", "EndEvent_ChairmanRefused").isEnded();
        verify(close).execute(any());
    }

    @Test
    void theHeadReturnsThenRefuses() throws Exception {
        ProcessInstance pi = start();
        complete(task(), withVariables("appraisalOpinion", "Đủ căn cứ hủy bỏ."));
        complete(task(), withVariables("headDecision", "return", "headComment", "Bổ sung."));
        assertThat(pi).isWaitingAt("Task_Appraise");
        complete(task(), withVariables("appraisalOpinion", "Đã bổ sung."));
        complete(task(), withVariables("headDecision", "refuse", "headComment", "Không đủ căn cứ."));
        assertThat(pi).hasPassed("Task_HeadRefused", "EndEvent_HeadRefused").isEnded();
        verify(close).execute(any());
    }

    @Test
    void theChairmanRefuses() throws Exception {
        ProcessInstance pi = approvedByHead();
        complete(task(), withVariables("chairmanDecision", "refuse", "chairmanComment", "Không đủ căn cứ."));
        assertThat(pi).hasPassed("Task_ChairmanRefused", "EndEvent_ChairmanRefused").hasNotPassed("Task_Annul")
                .isEnded();
    }

    @Test
    void anOverdueRecoveryIsRemindedAndTheTaskStaysOpenAReturnedOneComesBack() throws Exception {
        ProcessInstance pi = approvedByHead();
        complete(task(), withVariables("chairmanDecision", "sign"));
        List<Task> tasks = unitTasks(pi);
        Assertions.assertThat(tasks).hasSize(2);
        Assertions.assertThat(tasks).allSatisfy(t -> Assertions.assertThat(t.getDueDate()).isNotNull());
        execute(managementService().createJobQuery().processInstanceId(pi.getId()).activityId("Timer_RecoveryOverdue")
                .list().get(0));
        verify(overdue).execute(any());
        Assertions.assertThat(unitTasks(pi)).hasSize(2);
        Task first = unitTasks(pi).get(0);
        Assertions.assertThat(taskService().getVariable(first.getId(), "recoveryText")).asString().contains("Nguyễn");
        complete(first, withVariables("objectReturned", "yes", "bonusRefunded", 1000, "refundDate", "2026-11-02",
                "receiptRef", "BL 1"));
        Task confirm = taskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ConfirmRecovery").singleResult();
        complete(confirm, withVariables("confirmDecision", "return", "confirmComment", "Thiếu biên lai."));
        Assertions.assertThat(unitTasks(pi)).hasSize(2);
    }

    private ProcessInstance approvedByHead() {
        ProcessInstance pi = start();
        assertThat(task()).hasCandidateGroup("sa-specialist");
        complete(task(), withVariables("appraisalOpinion", "Đủ căn cứ hủy bỏ."));
        assertThat(task()).hasCandidateGroup("sa-head");
        complete(task(), withVariables("headDecision", "approve"));
        return pi;
    }

    private void recoverAll(ProcessInstance pi) {
        for (Task t : unitTasks(pi)) {
            complete(t, withVariables("objectReturned", "yes", "bonusRefunded", 1000, "refundDate", "2026-11-02",
                    "receiptRef", "BL 1"));
        }
        for (Task t : taskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ConfirmRecovery").list()) {
            complete(t, withVariables("confirmDecision", "confirm"));
        }
    }

    private ProcessInstance start() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("award-revocation", Map.of("initiator",
                "thamdinh"));
        assertThat(pi).hasPassedInOrder("Task_Check", "Task_Authority", "Task_Grounds", "Task_Consequences").isWaitingAt("Task_Appraise")
                .hasBusinessKey("HB-2026-0003");
        return pi;
    }

    private static List<Task> unitTasks(ProcessInstance pi) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Recovery")
                .orderByTaskId().asc().list();
    }
}

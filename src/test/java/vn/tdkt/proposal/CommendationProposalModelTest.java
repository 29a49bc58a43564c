package vn.tdkt.proposal;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import vn.tdkt.testing.BareEngine;

import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * commendation-proposal on a bare engine with its delegates mocked, and its two DMN tables (required-documents,
 * needs-council) real: every branch of the model in milliseconds. The mocks set the variables the real delegates
 * would (the unit, the deadlines, the counts the gateways read); what each delegate does is
 * CommendationProposalProcessTest's.
 */
class CommendationProposalModelTest {

    static final String MODEL = "processes/commendation-proposal.bpmn";
    static final long DAY = 86_400_000L;

    static ProcessEngine engine;

    /** What the mocked delegates report: eligible nominees after appraisal, passed by the council, left after the consultation, approved by the chairman. */
    int eligible = 1;
    int passed = 1;
    int remaining = 1;
    int approved = 1;

    JavaDelegate prepare;
    JavaDelegate submitDossier;
    JavaDelegate acceptDossier;
    JavaDelegate reopenDossier;
    JavaDelegate assessEligibility;
    JavaDelegate recordAppraisal;
    JavaDelegate applyCouncilResult;
    JavaDelegate recordChairmanDecision;
    JavaDelegate openConsultation;
    JavaDelegate applyConsultation;
    JavaDelegate recordUpwardSigning;
    JavaDelegate openConcurrence;
    JavaDelegate concurrenceTimeout;
    JavaDelegate sendReminder;
    JavaDelegate issueDecision;
    JavaDelegate notifyOutcome;
    JavaDelegate forwardUpward;
    JavaDelegate recordCentralAwards;
    TaskListener dossierStatus;
    TaskListener taskRecorder;
    TaskListener appraisalPreview;
    TaskListener consultationComments;
    ExecutionListener answerValidator;
    ExecutionListener submissionRecorder;
    ExecutionListener agencySubmissionRecorder;
    ExecutionListener awaitingCouncil;
    ExecutionListener concurrenceCollector;

    @BeforeAll
    static void engine() {
        engine = BareEngine.start("commendation-proposal");
        BareEngine.deploy(engine, MODEL, "processes/required-documents.dmn", "processes/needs-council.dmn");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine);
        prepare = BareEngine.register("prepareProposalDelegate", BareEngine.delegate(e -> {
            e.setProcessBusinessKey("DNKT-2026-" + e.getProcessInstanceId());
            e.setVariable("proposalKey", "DNKT-2026-" + e.getProcessInstanceId());
            e.setVariable("unitCode", "stp");
            e.setVariable("unitName", "Sở Tư pháp");
            e.setVariable("provincialOutcome", "PENDING");
            e.setVariable("roundNumber", 1);
            e.setVariable("judgedOn", "2026-12-04");
        }));
        submitDossier = BareEngine.register("submitDossierDelegate", BareEngine.delegate());
        acceptDossier = BareEngine.register("acceptDossierDelegate", BareEngine.delegate(e -> {
            e.setVariable("processingDueDate", inDays(20));
            e.setVariable("reminderDate", inDays(18));
        }));
        reopenDossier = BareEngine.register("reopenDossierDelegate", BareEngine.delegate(e -> e.setVariable("returnReason", "Bổ sung hồ sơ.")));
        assessEligibility = BareEngine.register("assessEligibilityDelegate", BareEngine.delegate());
        recordAppraisal = BareEngine.register("recordAppraisalDelegate", BareEngine.delegate(e -> {
            e.setVariable("eligibleCount", eligible);
            if (eligible == 0) {
                e.setVariable("provincialOutcome", "NOT_AWARDED");
            }
        }));
        applyCouncilResult = BareEngine.register("applyCouncilResultDelegate", BareEngine.delegate(e -> {
            e.setVariable("passedCount", passed);
            if (passed == 0) {
                e.setVariable("provincialOutcome", "NOT_AWARDED");
            }
        }));
        recordChairmanDecision = BareEngine.register("recordChairmanDecisionDelegate", BareEngine.delegate(e -> {
            e.setVariable("approvedCount", approved);
            e.setVariable("provincialOutcome", approved > 0 ? "DECIDED" : "NOT_AWARDED");
        }));
        openConsultation = BareEngine.register("openConsultationDelegate", BareEngine.delegate(e -> e.setVariable("consultationEndsAt", inDays(10))));
        applyConsultation = BareEngine.register("applyConsultationDelegate", BareEngine.delegate(e -> {
            e.setVariable("remainingCount", remaining);
            if (remaining == 0) {
                e.setVariable("provincialOutcome", "NOT_AWARDED");
            }
        }));
        recordUpwardSigning = BareEngine.register("recordUpwardSigningDelegate", BareEngine.delegate(e ->
                e.setVariable("provincialOutcome", "SIGN".equals(e.getVariable("upwardDecision")) ? "UPWARD" : "NOT_AWARDED")));
        openConcurrence = BareEngine.register("openConcurrenceDelegate", BareEngine.delegate(e -> {
            e.setVariable("concurrenceAgencies", new java.util.ArrayList<>(List.of("Cục Thuế tỉnh", "Bảo hiểm xã hội tỉnh")));
            e.setVariable("concurrenceDueDate", inDays(5));
        }));
        concurrenceTimeout = BareEngine.register("concurrenceTimeoutDelegate", BareEngine.delegate());
        sendReminder = BareEngine.register("sendReminderDelegate", BareEngine.delegate());
        issueDecision = BareEngine.register("issueDecisionDelegate", BareEngine.delegate());
        notifyOutcome = BareEngine.register("notifyOutcomeDelegate", BareEngine.delegate());
        forwardUpward = BareEngine.register("forwardUpwardDelegate", BareEngine.delegate());
        recordCentralAwards = BareEngine.register("recordCentralAwardsDelegate", BareEngine.delegate());
        dossierStatus = BareEngine.register("dossierStatusListener", Mockito.mock(TaskListener.class));
        taskRecorder = BareEngine.register("proposalTaskRecorder", Mockito.mock(TaskListener.class));
        appraisalPreview = BareEngine.register("appraisalPreviewListener", Mockito.mock(TaskListener.class));
        consultationComments = BareEngine.register("consultationCommentsListener", Mockito.mock(TaskListener.class));
        answerValidator = BareEngine.register("proposalAnswerValidator", Mockito.mock(ExecutionListener.class));
        submissionRecorder = BareEngine.register("submissionRecorder", Mockito.mock(ExecutionListener.class));
        agencySubmissionRecorder = BareEngine.register("agencySubmissionRecorder", Mockito.mock(ExecutionListener.class));
        awaitingCouncil = BareEngine.register("awaitingCouncilListener", Mockito.mock(ExecutionListener.class));
        concurrenceCollector = BareEngine.register("concurrenceCollector", Mockito.mock(ExecutionListener.class));
    }

    @AfterEach
    void reset() {
        BareEngine.endTest(engine);
        ClockUtil.reset();
    }

    private static Date inDays(int days) {
        return new Date(ClockUtil.getCurrentTime().getTime() + days * DAY);
    }

    @Test
    void everyDelegateOfTheModelIsMocked() {
        BareEngine.assertEveryDelegateMocked(MODEL);
    }

    @Test
    void aProvincialAwardGoesFromDossierToTheChairmansDecision() throws Exception {
        ProcessInstance pi = start("CONG_TRANG", "BK_TINH", "TINH");
        assertThat(pi).hasPassed("Task_PrepareProposal", "Task_RequiredDocuments").isWaitingAt("Task_CompleteDossier")
                .hasBusinessKey("DNKT-2026-" + pi.getId());
        Assertions.assertThat(required(pi)).containsExactlyInAnyOrder("TTR", "BCTT", "BB");
        assertThat(task()).isAssignedTo("canbo.stp");

        toIntake(pi);
        assertThat(task()).hasCandidateGroup("sa-receiver");
        complete(task(), withVariables("intakeDecision", "ACCEPT"));
        assertThat(pi).hasPassed("Task_AcceptDossier", "Task_AssessEligibility").isWaitingAt("Task_Appraise");
        assertThat(task()).hasCandidateGroup("sa-specialist").hasDueDate((Date) var(pi, "processingDueDate"));

        concludeAndApprove(pi);
        assertThat(pi).hasPassed("Task_RecordAppraisal", "Task_NeedsCouncil").hasNotPassed("Task_AwaitCouncil")
                .isWaitingAt("Task_ChairmanDecision");
        Assertions.assertThat(var(pi, "councilRule")).isEqualTo(Map.of("needsCouncil", false, "voteType", "KHONG"));
        assertThat(task()).hasCandidateGroup("chairman").hasCandidateGroup("vice-chairman");
        complete(task(), withVariables("chairmanDecision", "[]"));
        // the decision commits with the chairman's answer; the unit is told by a job of its own
        assertThat(pi).hasPassed("Task_IssueDecision").isWaitingAt("Task_NotifyAwarded");
        execute(job("Task_NotifyAwarded", pi));

        assertThat(pi).hasPassedInOrder("Task_RecordChairmanDecision", "End_Decided", "Task_IssueDecision",
                "Task_NotifyAwarded", "End_Awarded").isEnded();
        verify(submissionRecorder).notify(any());
        verify(agencySubmissionRecorder).notify(any());
        verify(appraisalPreview).notify(any());
        verify(issueDecision).execute(any());
        verify(notifyOutcome).execute(any());
        verify(reopenDossier, never()).execute(any());
        verify(taskRecorder, times(6)).notify(any());
    }

    @Test
    void theHeadReturnsTheDossierToTheUnitOfficer() throws Exception {
        ProcessInstance pi = start("CONG_TRANG", "BK_TINH", "TINH");
        assertThat(pi).isWaitingAt("Task_CompleteDossier");
        complete(task());
        assertThat(pi).hasPassed("Task_SubmitDossier").isWaitingAt("Task_HeadSign");
        assertThat(task()).hasCandidateGroup("unit-head.stp");
        complete(task(), withVariables("headDecision", "RETURN", "headComment", "Thiếu số liệu."));

        assertThat(pi).hasPassed("Task_ReturnByHead").hasNotPassed("Task_Intake").isWaitingAt("Task_CompleteDossier");
        assertThat(task()).isAssignedTo("canbo.stp");
        verify(reopenDossier).execute(any());
        verify(submissionRecorder, never()).notify(any());
        verify(dossierStatus, times(2)).notify(any());
    }

    @Test
    void intakeReturnsAnIncompleteDossierToTheUnit() throws Exception {
        ProcessInstance pi = start("CONG_TRANG", "BK_TINH", "TINH");
        toIntake(pi);
        complete(task(), withVariables("intakeDecision", "RETURN", "intakeComment", "Bổ sung biên bản."));

        assertThat(pi).hasPassed("Task_ReturnByIntake").hasNotPassed("Task_AcceptDossier").isWaitingAt("Task_CompleteDossier");
        verify(reopenDossier).execute(any());

        toIntake(pi);
        complete(task(), withVariables("intakeDecision", "ACCEPT"));
        assertThat(pi).isWaitingAt("Task_Appraise");
        verify(submitDossier, times(2)).execute(any());
        verify(acceptDossier).execute(any());
    }

    @Test
    void theSpecialistReturnsTheDossierAfterAppraisalAndTheSlaTimersStop() throws Exception {
        ProcessInstance pi = toAppraisal("CONG_TRANG", "BK_TINH", "TINH");
        Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);
        complete(task(), withVariables("appraisalAction", "RETURN", "appraisalNote", "Thiếu xác nhận."));

        assertThat(pi).hasPassedInOrder("End_ReturnedAtAppraisal", "Task_ReturnByAppraisal")
                .isWaitingAt("Task_CompleteDossier");
        Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        verify(reopenDossier).execute(any());
    }

    @Test
    void theSoHeadSendsTheAppraisalBackForRevision() throws Exception {
        ProcessInstance pi = toAppraisal("CONG_TRANG", "BK_TINH", "TINH");
        complete(task(), withVariables("appraisalAction", "CONCLUDE"));
        assertThat(pi).isWaitingAt("Task_ApproveAppraisal");
        assertThat(task()).hasCandidateGroup("sa-head");
        complete(task(), withVariables("appraisalApproval", "REVISE", "appraisalApprovalNote", "Xem lại tiêu chuẩn."));

        assertThat(pi).hasNotPassed("Task_RecordAppraisal").isWaitingAt("Task_Appraise");
        verify(agencySubmissionRecorder, never()).notify(any());
    }

    @Test
    void noEligibleNomineeEndsNotAwarded() throws Exception {
        eligible = 0;
        ProcessInstance pi = toAppraisal("CONG_TRANG", "BK_TINH", "TINH");
        concludeAndApprove(pi);

        assertThat(pi).hasPassedInOrder("Task_RecordAppraisal", "End_NoneEligible", "Task_NotifyNotAwarded",
                "End_NotAwarded").hasNotPassed("Task_NeedsCouncil", "Task_IssueDecision").isEnded();
        verify(notifyOutcome).execute(any());
    }

    @Test
    void concurrenceAsksEachAgencyAndComesBackToTheAppraisal() throws Exception {
        ProcessInstance pi = toAppraisal("CONG_TRANG", "BK_TINH", "TINH");
        complete(task(), withVariables("appraisalAction", "CONCURRENCE", "concurrenceAgencyList", "Cục Thuế tỉnh"));

        assertThat(pi).hasPassed("Task_OpenConcurrence").isWaitingAt("Task_RecordConcurrence");
        var asked = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordConcurrence").list();
        Assertions.assertThat(asked).hasSize(2).allSatisfy(t -> assertThat(t).hasCandidateGroup("sa-specialist")
                .hasDueDate((Date) var(pi, "concurrenceDueDate")));
        for (var t : asked) {
            complete(t, withVariables("concurrenceOpinion", "DONG_Y", "concurrenceNote", "Công văn số 12/CT"));
        }

        assertThat(pi).hasNotPassed("Task_ConcurrenceTimeout").isWaitingAt("Task_Appraise");
        verify(concurrenceCollector, times(2)).notify(any());
        verify(concurrenceTimeout, never()).execute(any());
    }

    @Test
    void anAgencySilentPastTheDeadlineIsRecordedAndTheAppraisalGoesOn() throws Exception {
        ProcessInstance pi = toAppraisal("CONG_TRANG", "BK_TINH", "TINH");
        complete(task(), withVariables("appraisalAction", "CONCURRENCE", "concurrenceAgencyList", "Cục Thuế tỉnh"));
        assertThat(pi).isWaitingAt("Task_RecordConcurrence");
        complete(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordConcurrence").list().get(0),
                withVariables("concurrenceOpinion", "DONG_Y"));

        Assertions.assertThat(job("Timer_ConcurrenceDeadline").getDuedate()).isEqualTo((Date) var(pi, "concurrenceDueDate"));
        execute(job("Timer_ConcurrenceDeadline"));

        assertThat(pi).hasPassed("Task_ConcurrenceTimeout").isWaitingAt("Task_Appraise");
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordConcurrence").count()).isZero();
        verify(concurrenceTimeout).execute(any());
    }

    @Test
    void aProvincialTitleWaitsForTheCouncilAndGoesToTheChairman() throws Exception {
        ProcessInstance pi = toAppraisal("CONG_TRANG", "CSTD_TINH", "TINH");
        Assertions.assertThat(required(pi)).containsExactlyInAnyOrder("TTR", "BCTT", "BB_PHIEU", "CNSK");
        concludeAndApprove(pi);

        assertThat(pi).isWaitingAt("Task_AwaitCouncil");
        Assertions.assertThat(var(pi, "councilRule")).isEqualTo(Map.of("needsCouncil", true, "voteType", "CSTD_TINH"));
        verify(awaitingCouncil).notify(any());
        councilResult(pi);

        assertThat(pi).hasPassed("Task_ApplyCouncilResult").isWaitingAt("Task_ChairmanDecision");
        verify(applyCouncilResult).execute(any());
    }

    @Test
    void aCouncilPassingNobodyEndsNotAwarded() throws Exception {
        passed = 0;
        ProcessInstance pi = toAppraisal("CONG_TRANG", "CO_TINH", "TINH");
        Assertions.assertThat(required(pi)).contains("BBKHOI");
        concludeAndApprove(pi);
        assertThat(pi).isWaitingAt("Task_AwaitCouncil");
        councilResult(pi);

        assertThat(pi).hasPassedInOrder("Task_ApplyCouncilResult", "End_NotPassed", "Task_NotifyNotAwarded")
                .hasNotPassed("Task_ChairmanDecision").isEnded();
        verify(notifyOutcome).execute(any());
    }

    @Test
    void theChairmanApprovingNobodyEndsNotAwarded() throws Exception {
        approved = 0;
        ProcessInstance pi = toAppraisal("CONG_TRANG", "BK_TINH", "TINH");
        concludeAndApprove(pi);
        assertThat(pi).isWaitingAt("Task_ChairmanDecision");
        complete(task(), withVariables("chairmanDecision", "[]"));

        assertThat(pi).hasPassed("Task_RecordChairmanDecision", "Task_NotifyNotAwarded", "End_NotAwarded")
                .hasNotPassed("Task_IssueDecision").isEnded();
        verify(issueDecision, never()).execute(any());
    }

    @Test
    void khenCaoGoesThroughTheCouncilTheConsultationAndTheChairmansSignatureToTheCentralDecision() throws Exception {
        ProcessInstance pi = toAppraisal("KHEN_CAO", "BK_TTG", "TRUNG_UONG");
        Assertions.assertThat(required(pi)).contains("HY", "TU");
        concludeAndApprove(pi);
        assertThat(pi).isWaitingAt("Task_AwaitCouncil");
        councilResult(pi);

        assertThat(pi).hasPassed("Task_OpenConsultation").isWaitingAt("Timer_ConsultationWindow");
        Assertions.assertThat(job("Timer_ConsultationWindow").getDuedate()).isEqualTo((Date) var(pi, "consultationEndsAt"));
        execute(job("Timer_ConsultationWindow"));
        assertThat(pi).isWaitingAt("Task_ReviewComments");
        verify(consultationComments).notify(any());
        complete(task(), withVariables("consultationReview", "[]"));

        assertThat(pi).hasPassed("Task_ApplyConsultation").isWaitingAt("Task_SignUpward");
        assertThat(task()).hasCandidateGroup("chairman");
        complete(task(), withVariables("upwardDecision", "SIGN"));

        assertThat(pi).hasPassedInOrder("Task_RecordUpwardSigning", "End_Upward", "Task_ForwardUpward")
                .isWaitingAt("Task_RecordCentralDecision");
        assertThat(task()).hasCandidateGroup("sa-specialist");
        complete(task(), withVariables("centralDecisionNumber", "231/QĐ-TTg"));

        assertThat(pi).hasPassedInOrder("Task_RecordCentralAwards", "Task_NotifyCentral", "End_CentralRecorded")
                .hasNotPassed("Task_ChairmanDecision", "Task_IssueDecision").isEnded();
        verify(forwardUpward).execute(any());
        verify(recordCentralAwards).execute(any());
        verify(notifyOutcome).execute(any());
    }

    @Test
    void aConsultationThatStopsEveryNomineeEndsNotAwarded() throws Exception {
        remaining = 0;
        ProcessInstance pi = toAppraisal("KHEN_CAO", "BK_TTG", "TRUNG_UONG");
        concludeAndApprove(pi);
        councilResult(pi);
        execute(job("Timer_ConsultationWindow"));
        assertThat(pi).isWaitingAt("Task_ReviewComments");
        complete(task(), withVariables("consultationReview", "[]"));

        assertThat(pi).hasPassedInOrder("Task_ApplyConsultation", "End_AllStopped", "Task_NotifyNotAwarded")
                .hasNotPassed("Task_SignUpward", "Task_ForwardUpward").isEnded();
    }

    @Test
    void theChairmanNotSigningUpwardEndsNotAwarded() throws Exception {
        ProcessInstance pi = toAppraisal("KHEN_CAO", "BK_TTG", "TRUNG_UONG");
        concludeAndApprove(pi);
        councilResult(pi);
        execute(job("Timer_ConsultationWindow"));
        assertThat(pi).isWaitingAt("Task_ReviewComments");
        complete(task(), withVariables("consultationReview", "[]"));
        assertThat(pi).isWaitingAt("Task_SignUpward");
        complete(task(), withVariables("upwardDecision", "NO_SIGN", "upwardComment", "Chưa đủ căn cứ."));

        assertThat(pi).hasPassedInOrder("Task_RecordUpwardSigning", "End_Upward", "Task_NotifyNotAwarded")
                .hasNotPassed("Task_ForwardUpward").isEnded();
    }

    @Test
    void theReminderAndTheOverdueTimersRunBesideTheAppraisal() throws Exception {
        ProcessInstance pi = toAppraisal("CONG_TRANG", "BK_TINH", "TINH");
        Assertions.assertThat(job("Timer_Reminder").getDuedate()).isEqualTo((Date) var(pi, "reminderDate"));
        Assertions.assertThat(job("Timer_Overdue").getDuedate()).isEqualTo((Date) var(pi, "processingDueDate"));

        execute(job("Timer_Reminder"));
        assertThat(pi).hasPassed("Task_SendReminder", "End_Reminded").isWaitingAt("Task_Appraise");
        verify(sendReminder).execute(any());

        execute(job("Timer_Overdue"));
        assertThat(pi).isWaitingAt("Task_Appraise", "Task_Escalate");
        assertThat(task("Task_Escalate")).hasCandidateGroup("sa-head");
        complete(task("Task_Escalate"), withVariables("escalationInstruction", "Hoàn thành trong tuần."));

        assertThat(pi).hasPassed("End_Escalated").isWaitingAt("Task_Appraise");
        Assertions.assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void exceptionalMeritNeedsFewerDocumentsAndNoCouncil() throws Exception {
        ProcessInstance pi = toAppraisal("DOT_XUAT", "BK_TINH", "TINH");
        Assertions.assertThat(required(pi)).containsExactlyInAnyOrder("TTR", "BCTT");
        concludeAndApprove(pi);

        assertThat(pi).hasNotPassed("Task_AwaitCouncil").isWaitingAt("Task_ChairmanDecision");
        Assertions.assertThat(var(pi, "councilRule")).isEqualTo(Map.of("needsCouncil", false, "voteType", "KHONG"));
    }

    private ProcessInstance start(String kind, String award, String decidingLevel) {
        engine.getIdentityService().setAuthenticatedUserId("canbo.stp");
        try {
            // what the start form gives and the real prepareProposalDelegate derives from the award catalogue
            return runtimeService().startProcessInstanceByKey("commendation-proposal", Map.of("commendationKind", kind,
                    "awardType", award, "decidingLevel", decidingLevel, "recipientKind", "CA_NHAN", "periodYear", 2025));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The unit completes its dossier and the head signs: the dossier waits at the Sở Nội vụ's intake. */
    private void toIntake(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("Task_CompleteDossier");
        complete(task());
        assertThat(pi).isWaitingAt("Task_HeadSign");
        complete(task(), withVariables("headDecision", "APPROVE", "submissionNumber", "12/TTr-STP"));
        assertThat(pi).hasPassed("Task_SubmitDossier").isWaitingAt("Task_Intake");
    }

    private ProcessInstance toAppraisal(String kind, String award, String decidingLevel) {
        ProcessInstance pi = start(kind, award, decidingLevel);
        toIntake(pi);
        complete(task(), withVariables("intakeDecision", "ACCEPT"));
        assertThat(pi).isWaitingAt("Task_Appraise");
        return pi;
    }

    private void concludeAndApprove(ProcessInstance pi) {
        complete(task(), withVariables("appraisalAction", "CONCLUDE"));
        assertThat(pi).isWaitingAt("Task_ApproveAppraisal");
        complete(task(), withVariables("appraisalApproval", "APPROVE"));
    }

    private void councilResult(ProcessInstance pi) {
        runtimeService().createMessageCorrelation("CouncilResult").processInstanceBusinessKey("DNKT-2026-" + pi.getId())
                .setVariable("councilMinutesRef", "Biên bản số 5/BB-HĐTĐKT").correlate();
    }

    @SuppressWarnings("unchecked")
    private static List<String> required(ProcessInstance pi) {
        return (List<String>) var(pi, "requiredDocuments");
    }

    private static Object var(ProcessInstance pi, String name) {
        return runtimeService().getVariable(pi.getId(), name);
    }
}

package vn.tdkt.block.cycle;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import vn.tdkt.testing.BareEngine;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * block-emulation-cycle on a bare engine with its delegates mocked: a block of three units (u1 leads) through its
 * year — the pact closed by the leader, the mid-year and year-end timers, self-scoring, cross-checks, arbitration
 * or none, the secret vote closed by the leader, the minutes — in milliseconds. What each step does is
 * BlockEmulationCycleProcessTest's.
 */
class BlockCycleModelTest {

    static final String MODEL = "processes/block-emulation-cycle.bpmn";
    static final List<String> MEMBERS = List.of("u1", "u2", "u3");
    static final Date MID_YEAR = new Date(1_783_000_000_000L);
    static final Date YEAR_END = new Date(1_796_000_000_000L);

    static ProcessEngine engine;

    /** The units whose self-score and cross-check differ beyond the tolerance (set by the mocked comparison). */
    List<String> beyondTolerance = List.of();

    JavaDelegate prepare;
    JavaDelegate assignCrossCheck;
    JavaDelegate compareScores;
    JavaDelegate rankScores;
    JavaDelegate openBallot;
    JavaDelegate tallyVote;
    JavaDelegate startProposals;
    JavaDelegate rotateOfficers;
    ExecutionListener taskInputs;
    ExecutionListener taskRecorder;
    ExecutionListener scoreSheetRecorder;
    ExecutionListener answerValidator;
    ExecutionListener ballotCaster;
    ExecutionListener supervisionInputs;
    ExecutionListener supervisionRecorder;
    /** The block's supervising council member, as the mocked inputs resolve him (null: none assigned). */
    String supervisor = SUPERVISOR;
    static final String SUPERVISOR = "hd.giamsat";
    static final Date SELF_SCORE_DUE = new Date(1_797_000_000_000L);

    @BeforeAll
    static void engine() {
        engine = BareEngine.start("block-emulation-cycle");
        BareEngine.deploy(engine, MODEL);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine);
        prepare = BareEngine.register("prepareBlockCycleDelegate", BareEngine.delegate(e -> {
            e.setProcessBusinessKey("KTD-K1-" + e.getProcessInstanceId());
            e.setVariable("leaderUnit", "u1");
            e.setVariable("members", new ArrayList<>(MEMBERS));
            e.setVariable("midYearDate", MID_YEAR);
            e.setVariable("yearEndDate", YEAR_END);
        }));
        assignCrossCheck = BareEngine.register("assignCrossCheckDelegate", BareEngine.delegate(e -> {
            e.setVariable("checkers", new ArrayList<>(MEMBERS));
            e.setVariable("crossCheckTargets", new HashMap<>(Map.of("u1", "u2", "u2", "u3", "u3", "u1")));
        }));
        compareScores = BareEngine.register("compareScoresDelegate", BareEngine.delegate(e ->
                e.setVariable("arbitrationTargets", new ArrayList<>(beyondTolerance))));
        rankScores = BareEngine.register("rankScoresDelegate", BareEngine.delegate(e -> e.setVariable("ballotPaper", "[]")));
        openBallot = BareEngine.register("openBallotDelegate", BareEngine.delegate());
        tallyVote = BareEngine.register("tallyVoteDelegate", BareEngine.delegate());
        startProposals = BareEngine.register("startBlockProposalsDelegate", BareEngine.delegate());
        rotateOfficers = BareEngine.register("rotateOfficersDelegate", BareEngine.delegate());
        taskInputs = BareEngine.register("blockTaskInputs", Mockito.mock(ExecutionListener.class));
        taskRecorder = BareEngine.register("blockTaskRecorder", Mockito.mock(ExecutionListener.class));
        scoreSheetRecorder = BareEngine.register("scoreSheetRecorder", Mockito.mock(ExecutionListener.class));
        answerValidator = BareEngine.register("blockAnswerValidator", Mockito.mock(ExecutionListener.class));
        ballotCaster = BareEngine.register("secretBallotCaster", Mockito.mock(ExecutionListener.class));
        supervisionInputs = BareEngine.register("supervisionTaskInputs", listener(e -> {
            if ("Timer_YearEnd".equals(e.getCurrentActivityId())) {
                e.setVariable("selfScoreDueDate", SELF_SCORE_DUE);
            } else {
                e.setVariableLocal("supervisor", supervisor);
                e.setVariableLocal("supervisorGroups", supervisor == null
                        ? new ArrayList<>(List.of("council-secretary")) : new ArrayList<String>());
            }
        }));
        supervisionRecorder = BareEngine.register("supervisionTaskRecorder", listener(e -> {
            if ("Task_PlanInspection".equals(e.getCurrentActivityId()) && !e.isCanceled()) {
                e.getProcessInstance().setVariable("inspectionUnits", new ArrayList<>(List.of("u2", "u3")));
            }
        }));
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
    void aYearWithAnArbitrationRunsFromThePactToTheNextYearsLeader() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).hasPassed("Task_PrepareCycle").isWaitingAt("Task_SignPact", "Task_ClosePact");
        List<Task> pact = tasks(pi, "Task_SignPact");
        Assertions.assertThat(pact).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(pact.get(i)).hasCandidateGroup("unit-head." + MEMBERS.get(i));
        }
        assertThat(task("Task_ClosePact")).hasCandidateGroup("unit-officer.u1");
        pact.forEach(t -> complete(t, withVariables("pactSigned", true, "registeredTitle", "TTLDXS")));
        assertThat(pi).hasPassed("End_PactSigned").isWaitingAt("Task_ClosePact");
        complete(task("Task_ClosePact"), withVariables("pactClosed", true));

        assertThat(pi).hasPassed("End_PactClosed").isWaitingAt("Task_SupervisePact");
        supervisePact(pi);
        assertThat(pi).isWaitingAt("Timer_MidYear");
        Assertions.assertThat(job().getDuedate()).isEqualTo(MID_YEAR);
        execute(job());
        allMembersComplete(pi, "Task_MidYearReport", "unit-officer.", Map.of("midYearReport", "Đã thực hiện."));
        assertThat(pi).isWaitingAt("Task_ConsolidateMidYear");
        assertThat(task()).hasCandidateGroup("unit-officer.u1");
        complete(task(), withVariables("midYearSummary", "Khối hoàn thành kế hoạch 6 tháng."));
        superviseMidYear(pi);

        assertThat(pi).isWaitingAt("Timer_YearEnd");
        Assertions.assertThat(job().getDuedate()).isEqualTo(YEAR_END);
        beyondTolerance = List.of("u3");
        toRanking(pi);

        assertThat(pi).hasPassed("Task_CompareScores").isWaitingAt("Task_Arbitrate");
        assertThat(task()).hasCandidateGroup("unit-officer.u1");
        Assertions.assertThat(runtimeService().getVariable(task().getExecutionId(), "arbitrationTarget")).isEqualTo("u3");
        complete(task(), withVariables("scoreItems", "[]"));

        assertThat(pi).hasPassed("Task_RankScores").isWaitingAt("Task_OpenVote");
        assertThat(task()).hasCandidateGroup("unit-officer.u1");
        complete(task(), withVariables("voteOpened", true));

        assertThat(pi).hasPassed("Task_OpenBallot").isWaitingAt("Task_Vote", "Task_CloseVote");
        List<Task> votes = tasks(pi, "Task_Vote");
        Assertions.assertThat(votes).hasSize(3);
        assertThat(votes.get(1)).hasCandidateGroup("block-member.u2");
        complete(votes.get(0), withVariables("secretBallot", "[]"));
        complete(votes.get(1), withVariables("secretBallot", "[]"));
        // the leader closes the vote with one unit not voting: its ballot is gone
        complete(task("Task_CloseVote"), withVariables("voteClosed", true));

        assertThat(pi).hasPassed("End_VotingClosed", "Task_TallyVote").isWaitingAt("Task_ConfirmMinutes");
        Assertions.assertThat(tasks(pi, "Task_Vote")).isEmpty();
        complete(task(), withVariables("minutesConfirmed", true));
        // the supervising member's opinion comes before the proposals start
        assertThat(pi).isWaitingAt("Task_SupervisorOpinion").hasNotPassed("Task_StartProposals");
        assertThat(task()).isAssignedTo(SUPERVISOR);
        verify(startProposals, never()).execute(any());
        complete(task(), withVariables("supervisorOpinion", "DISAGREE", "supervisorOpinionNote", "Chưa đủ căn cứ."));

        assertThat(pi).hasPassedInOrder("Task_ConfirmMinutes", "Task_SupervisorOpinion", "Task_StartProposals", "Task_RotateOfficers", "End_Cycle")
                .isEnded();
        // the end listener runs for the cancelled ballot too (the real caster tells a cast ballot from a cancelled one)
        verify(ballotCaster, times(3)).notify(any());
        verify(scoreSheetRecorder, times(7)).notify(any());
        verify(taskRecorder, times(6)).notify(any());
        verify(answerValidator, times(5)).notify(any());
        verify(openBallot).execute(any());
        verify(tallyVote).execute(any());
        verify(startProposals).execute(any());
        verify(rotateOfficers).execute(any());
        // pact, mid-year, plan, two visits, opinion; inputs also at the year-end timer
        verify(supervisionRecorder, times(6)).notify(any());
        verify(supervisionInputs, times(7)).notify(any());
    }

    @Test
    void scoresWithinToleranceGoStraightToTheRanking() throws Exception {
        ProcessInstance pi = toYearEnd();
        toRanking(pi);

        assertThat(pi).hasPassed("Task_CompareScores", "Task_RankScores").hasNotPassed("Task_Arbitrate")
                .isWaitingAt("Task_OpenVote");
        verify(rankScores).execute(any());
    }

    @Test
    void theLeaderClosesThePactBeforeEveryUnitHasSigned() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_SignPact", "Task_ClosePact");
        complete(tasks(pi, "Task_SignPact").get(0), withVariables("pactSigned", true, "registeredTitle", "CO_TINH"));
        complete(task("Task_ClosePact"), withVariables("pactClosed", true));

        assertThat(pi).hasPassed("End_PactClosed").hasNotPassed("End_PactSigned").isWaitingAt("Task_SupervisePact");
        Assertions.assertThat(tasks(pi, "Task_SignPact")).isEmpty();
        // the recorder runs at the end of the signed task and of the two cancelled ones
        verify(taskRecorder, times(3)).notify(any());
        verify(taskInputs, times(3)).notify(any());
    }

    @Test
    void nothingHappensBeforeTheMidYearTimerFires() throws Exception {
        ProcessInstance pi = toMidYearTimer();
        Assertions.assertThat(tasks(pi, "Task_MidYearReport")).isEmpty();
        execute(job());
        Assertions.assertThat(tasks(pi, "Task_MidYearReport")).hasSize(3);
        verify(assignCrossCheck, never()).execute(any());
    }

    private ProcessInstance start() {
        engine.getIdentityService().setAuthenticatedUserId("cb.u1");
        try {
            return runtimeService().startProcessInstanceByKey("block-emulation-cycle", Map.of("blockCode", "K1",
                    "emulationYear", 2026));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private ProcessInstance toMidYearTimer() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_SignPact", "Task_ClosePact");
        complete(task("Task_ClosePact"), withVariables("pactClosed", true));
        supervisePact(pi);
        assertThat(pi).isWaitingAt("Timer_MidYear");
        return pi;
    }

    private ProcessInstance toYearEnd() {
        ProcessInstance pi = toMidYearTimer();
        execute(job());
        allMembersComplete(pi, "Task_MidYearReport", "unit-officer.", Map.of("midYearReport", "Đã thực hiện."));
        assertThat(pi).isWaitingAt("Task_ConsolidateMidYear");
        complete(task(), withVariables("midYearSummary", "Khối hoàn thành kế hoạch 6 tháng."));
        superviseMidYear(pi);
        assertThat(pi).isWaitingAt("Timer_YearEnd");
        return pi;
    }

    /** From the year-end timer: every unit scores itself, is assigned a sheet to cross-check and checks it. */
    private void toRanking(ProcessInstance pi) throws Exception {
        execute(job());
        assertThat(pi).isWaitingAt("Task_SelfScore");
        allMembersComplete(pi, "Task_SelfScore", "unit-officer.", Map.of("scoreItems", "[]"));
        assertThat(pi).hasPassed("Task_AssignCrossCheck").isWaitingAt("Task_CrossCheck");
        allMembersComplete(pi, "Task_CrossCheck", "unit-officer.", Map.of("scoreItems", "[]"));
        verify(assignCrossCheck).execute(any());
        verify(compareScores).execute(any());
    }

    @Test
    void membersLateWithTheirSelfScoringAreUrgedByTheSupervisorWhileTheOthersGoOn() throws Exception {
        ProcessInstance pi = toYearEnd();
        Assertions.assertThat(job().getDuedate()).isEqualTo(YEAR_END);
        execute(job());
        assertThat(pi).isWaitingAt("Task_SelfScore");
        Task first = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SelfScore")
                .taskCandidateGroup("unit-officer.u1").singleResult();
        complete(first, withVariables("scoreItems", "[]"));
        // the due date of self-scoring passes with two units still scoring
        Assertions.assertThat(job().getDuedate()).isEqualTo(SELF_SCORE_DUE);
        execute(job());
        assertThat(pi).isWaitingAt("Task_SelfScore", "Task_UrgeLateMembers");
        assertThat(task("Task_UrgeLateMembers")).isAssignedTo(SUPERVISOR);
        complete(task("Task_UrgeLateMembers"), withVariables("reminderText", "Đề nghị gửi bảng tự chấm ngay."));
        assertThat(pi).hasPassed("End_Urged").isWaitingAt("Task_SelfScore");
        Assertions.assertThat(tasks(pi, "Task_SelfScore")).hasSize(2);
        for (Task t : tasks(pi, "Task_SelfScore")) {
            complete(t, withVariables("scoreItems", "[]"));
        }
        assertThat(pi).isWaitingAt("Task_CrossCheck");
    }

    @Test
    void selfScoringOnTimeCancelsTheReminder() throws Exception {
        ProcessInstance pi = toYearEnd();
        toRanking(pi);
        assertThat(pi).hasNotPassed("Task_UrgeLateMembers", "Timer_SelfScoreDue");
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void withoutAnAssignedMemberTheCouncilSecretaryRecordsTheSupervision() throws Exception {
        supervisor = null;
        ProcessInstance pi = toMidYearTimer();
        assertThat(pi).hasPassed("Task_SupervisePact");
        execute(job());
        allMembersComplete(pi, "Task_MidYearReport", "unit-officer.", Map.of("midYearReport", "Đã thực hiện."));
        complete(task(), withVariables("midYearSummary", "Khối hoàn thành kế hoạch 6 tháng."));
        Task midYear = task("Task_SuperviseMidYear");
        Assertions.assertThat(midYear.getAssignee()).isNull();
        assertThat(midYear).hasCandidateGroup("council-secretary");
    }

    @Test
    void thePlanSetsOneVisitPerChosenMember() throws Exception {
        ProcessInstance pi = toMidYearTimer();
        execute(job());
        allMembersComplete(pi, "Task_MidYearReport", "unit-officer.", Map.of("midYearReport", "Đã thực hiện."));
        complete(task(), withVariables("midYearSummary", "Khối hoàn thành kế hoạch 6 tháng."));
        complete(task("Task_SuperviseMidYear"), withVariables("supervisorAttended", false, "supervisorRemarks", "Vắng."));
        complete(task("Task_PlanInspection"), withVariables("inspectionFrom", "2026-09-15", "inspectionTo", "2026-09-30"));
        List<Task> visits = tasks(pi, "Task_InspectVisit");
        Assertions.assertThat(visits).hasSize(2).allSatisfy(v -> assertThat(v).isAssignedTo(SUPERVISOR));
        Assertions.assertThat(visits.stream().map(v -> runtimeService().getVariableLocal(v.getExecutionId(), "inspectionUnit")))
                .containsExactlyInAnyOrder("u2", "u3");
        visits.forEach(v -> complete(v, withVariables("visitFindings", "Đúng kế hoạch.")));
        assertThat(pi).isWaitingAt("Timer_YearEnd");
    }

    private void supervisePact(ProcessInstance pi) {
        Assertions.assertThat(task("Task_SupervisePact").getAssignee()).isEqualTo(supervisor);
        complete(task("Task_SupervisePact"), withVariables("supervisorAttended", true, "supervisorRemarks", "Đầy đủ."));
    }

    /** The supervisor attends the mid-year review, plans two visits and records them. */
    private void superviseMidYear(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("Task_SuperviseMidYear");
        complete(task("Task_SuperviseMidYear"), withVariables("supervisorAttended", true, "supervisorRemarks", "Tốt."));
        assertThat(task("Task_PlanInspection")).isAssignedTo(SUPERVISOR);
        complete(task("Task_PlanInspection"), withVariables("inspectionFrom", "2026-09-15", "inspectionTo", "2026-09-30"));
        List<Task> visits = tasks(pi, "Task_InspectVisit");
        Assertions.assertThat(visits).hasSize(2);
        visits.forEach(v -> complete(v, withVariables("visitFindings", "Đúng kế hoạch.")));
    }

    private static ExecutionListener listener(ExecutionListener body) {
        return Mockito.mock(ExecutionListener.class, org.mockito.AdditionalAnswers.delegatesTo(body));
    }

    /** One task per member unit, for the unit's group: completed each. */
    private static void allMembersComplete(ProcessInstance pi, String key, String groupPrefix, Map<String, Object> vars) {
        List<Task> all = tasks(pi, key);
        Assertions.assertThat(all).hasSize(MEMBERS.size());
        for (String unit : MEMBERS) {
            Task t = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                    .taskCandidateGroup(groupPrefix + unit).singleResult();
            Assertions.assertThat(t).as(key + " of " + unit).isNotNull();
            complete(t, vars);
        }
    }

    private static List<Task> tasks(ProcessInstance pi, String key) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    }
}

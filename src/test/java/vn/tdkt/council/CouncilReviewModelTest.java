package vn.tdkt.council;

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
import vn.tdkt.calendar.WorkingDaysExpressions;
import vn.tdkt.testing.BareEngine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * council-review on a bare engine with its delegates and the {@code workingDays} bean mocked, and the council-quorum
 * table real (a provincial council of 9: 6 present make the quorum of two thirds). Each path of a session — quorum
 * or postponement, the secret vote with written ballots, a revote, the chair's return of the minutes — in
 * milliseconds; what each step does is CouncilReviewProcessTest's.
 */
class CouncilReviewModelTest {

    static final String MODEL = "processes/council-review.bpmn";
    static final Date MEETING_DAY_END = new Date(1_797_000_000_000L);

    static ProcessEngine engine;

    /** Members present at the next roll call, and how many tallies in a row call for a revote. */
    int present = 7;
    int revotes = 0;
    int tallies = 0;

    JavaDelegate prepare;
    JavaDelegate register;
    JavaDelegate attendance;
    JavaDelegate postponement;
    JavaDelegate openBallot;
    JavaDelegate tally;
    JavaDelegate sendResults;
    ExecutionListener answerValidator;
    ExecutionListener ballotCaster;
    ExecutionListener minutesRecorder;
    WorkingDaysExpressions workingDays;

    @BeforeAll
    static void engine() {
        engine = BareEngine.start("council-review");
        BareEngine.deploy(engine, MODEL, "processes/council-quorum.dmn");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void mocks() {
        BpmnAwareTests.init(engine);
        prepare = BareEngine.register("prepareCouncilSessionDelegate", BareEngine.delegate(e -> {
            e.setProcessBusinessKey("HDTDKT-" + e.getProcessInstanceId());
            e.setVariable("councilKind", "HOI_DONG_TINH");
            e.setVariable("totalMembers", 9);
            e.setVariable("chairUserId", "chutich");
        }));
        register = BareEngine.register("registerCouncilCandidatesDelegate", BareEngine.delegate(e -> {
            e.setVariable("ballotRound", 0);
            e.setVariable("ballotCandidates", new ArrayList<>(List.of("NV-1", "NV-2")));
        }));
        attendance = BareEngine.register("recordCouncilAttendanceDelegate", BareEngine.delegate(e -> {
            e.setVariable("presentMembers", present);
            e.setVariable("writtenMembers", 1);
            e.setVariable("voterIds", new ArrayList<>(IntStream.rangeClosed(1, present).mapToObj(i -> "tv" + i).toList()));
            e.setVariable("writtenVoterIds", new ArrayList<>(List.of("tv9")));
        }));
        postponement = BareEngine.register("recordCouncilPostponementDelegate", BareEngine.delegate(e ->
                e.setVariable("meetingDate", ((String) e.getVariable("newMeetingDate")).substring(0, 10))));
        openBallot = BareEngine.register("openCouncilBallotDelegate", BareEngine.delegate(e -> {
            e.setVariable("ballotPaper", "[{\"code\":\"NV-1\"},{\"code\":\"NV-2\"}]");
            e.setVariable("votingClosed", false);
        }));
        tally = BareEngine.register("tallyCouncilVoteDelegate", BareEngine.delegate(e -> e.setVariable("revoteNeeded", tallies++ < revotes)));
        sendResults = BareEngine.register("sendCouncilResultsDelegate", BareEngine.delegate());
        answerValidator = BareEngine.register("councilAnswerValidator", Mockito.mock(ExecutionListener.class));
        ballotCaster = BareEngine.register("secretBallotCaster", Mockito.mock(ExecutionListener.class));
        minutesRecorder = BareEngine.register("councilMinutesRecorder", Mockito.mock(ExecutionListener.class));
        workingDays = BareEngine.register("workingDays", Mockito.mock(WorkingDaysExpressions.class));
        Mockito.when(workingDays.dueDate(any(), anyInt())).thenReturn(MEETING_DAY_END);
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
    void aSessionWithQuorumVotesWritesTheMinutesAndSendsTheResults() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).hasPassed("Task_PrepareSession").isWaitingAt("Task_SelectCandidates");
        assertThat(task()).hasCandidateGroup("council-secretary").hasDueDate(MEETING_DAY_END);
        verify(workingDays).dueDate(eq("2026-12-10T08:00:00"), eq(0));
        complete(task(), withVariables("agendaRows", "[]"));

        assertThat(pi).hasPassed("Task_RegisterCandidates").isWaitingAt("Task_Attendance");
        complete(task(), withVariables("attendanceList", "[]"));

        assertThat(pi).hasPassed("Task_RecordAttendance", "Task_CheckQuorum", "Task_OpenBallot")
                .hasNotPassed("Task_Postpone").isWaitingAt("Task_Vote", "Task_WrittenBallot", "Task_CloseVoting");
        Assertions.assertThat(quorum(pi)).containsEntry("quorumMet", true).containsEntry("requiredAttendance", 6);
        List<Task> votes = tasks(pi, "Task_Vote");
        Assertions.assertThat(votes).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("tv1", "tv2", "tv3", "tv4", "tv5", "tv6", "tv7");
        Assertions.assertThat(runtimeService().getVariableLocal(votes.get(0).getExecutionId(), "secretBallot"))
                .isEqualTo("[{\"code\":\"NV-1\"},{\"code\":\"NV-2\"}]");

        // six members vote, one written ballot is entered and the task stays open for the next
        votes.subList(0, 6).forEach(t -> complete(t, withVariables("secretBallot", "[]")));
        complete(task("Task_WrittenBallot"), withVariables("writtenBallotVoter", "tv9", "secretBallot", "[]"));
        Assertions.assertThat(tasks(pi, "Task_WrittenBallot")).hasSize(1);
        verify(ballotCaster, times(7)).notify(any());

        // closing the vote closes the ballot box: the member who did not vote has nothing left to vote on
        complete(task("Task_CloseVoting"), withVariables("votingClosed", true));
        assertThat(pi).hasPassed("End_VotingClosed", "Task_TallyVote").isWaitingAt("Task_MinutesSecretary");
        Assertions.assertThat(tasks(pi, "Task_Vote")).isEmpty();
        Assertions.assertThat(tasks(pi, "Task_WrittenBallot")).isEmpty();

        complete(task(), withVariables("minutesRef", "5/BB-HĐTĐKT"));
        assertThat(pi).isWaitingAt("Task_MinutesChair");
        assertThat(task()).isAssignedTo("chutich");
        complete(task(), withVariables("chairMinutesDecision", "XAC_NHAN"));

        assertThat(pi).hasPassedInOrder("Task_MinutesSecretary", "Task_MinutesChair", "Task_SendResults", "End_Session")
                .isEnded();
        verify(tally).execute(any());
        verify(sendResults).execute(any());
        verify(minutesRecorder, times(2)).notify(any());
        verify(openBallot).execute(any());
    }

    @Test
    void withoutQuorumTheSessionIsPostponedAndTheRollIsCalledAgain() throws Exception {
        present = 5;
        ProcessInstance pi = toAttendance();
        complete(task(), withVariables("attendanceList", "[]"));

        assertThat(pi).hasPassed("Task_CheckQuorum").isWaitingAt("Task_Postpone");
        assertThat(task()).hasCandidateGroup("council-secretary");
        Assertions.assertThat(quorum(pi)).containsEntry("quorumMet", false);
        Assertions.assertThat((String) runtimeService().getVariableLocal(task().getExecutionId(), "quorumSummary"))
                .startsWith("Không đủ túc số").contains("6/9");
        complete(task(), withVariables("postponeReason", "Vắng nhiều thành viên.", "newMeetingDate", "2026-12-17T08:00:00"));

        assertThat(pi).hasPassed("Task_RecordPostponement").isWaitingAt("Task_Attendance");
        Assertions.assertThat(runtimeService().getVariable(pi.getId(), "meetingDate")).isEqualTo("2026-12-17");
        verify(openBallot, never()).execute(any());

        present = 6;
        complete(task(), withVariables("attendanceList", "[]"));
        assertThat(pi).isWaitingAt("Task_Vote", "Task_WrittenBallot", "Task_CloseVoting");
        Assertions.assertThat(quorum(pi)).containsEntry("quorumMet", true);
        verify(attendance, times(2)).execute(any());
        verify(postponement).execute(any());
    }

    @Test
    void aTieCallsForARevoteOnANewBallot() throws Exception {
        revotes = 1;
        ProcessInstance pi = toVoting();
        complete(task("Task_CloseVoting"), withVariables("votingClosed", true));

        assertThat(pi).hasPassed("Task_TallyVote").isWaitingAt("Task_Vote", "Task_WrittenBallot", "Task_CloseVoting");
        Assertions.assertThat(tasks(pi, "Task_Vote")).hasSize(7);
        verify(openBallot, times(2)).execute(any());

        complete(task("Task_CloseVoting"), withVariables("votingClosed", true));
        assertThat(pi).isWaitingAt("Task_MinutesSecretary");
        verify(tally, times(2)).execute(any());
    }

    @Test
    void theChairSendsTheMinutesBackToTheSecretary() throws Exception {
        ProcessInstance pi = toVoting();
        complete(task("Task_CloseVoting"), withVariables("votingClosed", true));
        assertThat(pi).isWaitingAt("Task_MinutesSecretary");
        complete(task(), withVariables("minutesRef", "5/BB-HĐTĐKT"));
        assertThat(pi).isWaitingAt("Task_MinutesChair");
        complete(task(), withVariables("chairMinutesDecision", "SUA_LAI", "chairMinutesNote", "Sửa số biên bản."));

        assertThat(pi).isWaitingAt("Task_MinutesSecretary");
        verify(sendResults, never()).execute(any());
        complete(task(), withVariables("minutesRef", "6/BB-HĐTĐKT"));
        assertThat(pi).isWaitingAt("Task_MinutesChair");
        complete(task(), withVariables("chairMinutesDecision", "XAC_NHAN"));

        assertThat(pi).hasPassed("Task_SendResults").isEnded();
        verify(minutesRecorder, times(4)).notify(any());
    }

    private ProcessInstance start() {
        engine.getIdentityService().setAuthenticatedUserId("thuky");
        try {
            return runtimeService().startProcessInstanceByKey("council-review", Map.of(
                    "sessionTitle", "Phiên họp xét khen thưởng tháng 12", "meetingDate", "2026-12-10T08:00:00"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private ProcessInstance toAttendance() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("Task_SelectCandidates");
        complete(task(), withVariables("agendaRows", "[]"));
        assertThat(pi).isWaitingAt("Task_Attendance");
        return pi;
    }

    private ProcessInstance toVoting() {
        ProcessInstance pi = toAttendance();
        complete(task(), withVariables("attendanceList", "[]"));
        assertThat(pi).isWaitingAt("Task_Vote", "Task_WrittenBallot", "Task_CloseVoting");
        return pi;
    }

    private static List<Task> tasks(ProcessInstance pi, String key) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> quorum(ProcessInstance pi) {
        return (Map<String, Object>) runtimeService().getVariable(pi.getId(), "quorum");
    }
}

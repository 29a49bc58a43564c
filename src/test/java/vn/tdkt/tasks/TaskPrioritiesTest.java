package vn.tdkt.tasks;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultEntriesImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultImpl;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.calendar.WorkingDayCalendarProvider;
import vn.tdkt.engine.LatestDecisions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The table's answer is kept per version and inputs: asked again only for a new version or other inputs. */
class TaskPrioritiesTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant MONDAY_9AM = Instant.parse("2026-12-07T02:00:00Z");

    final LatestDecisions decisions = mock(LatestDecisions.class);
    final WorkingDayCalendarProvider calendars = mock(WorkingDayCalendarProvider.class);
    final TaskPriorities priorities = new TaskPriorities(decisions, calendars, Clock.fixed(MONDAY_9AM, VN));

    @Test
    void oneVersionIsAskedOncePerInputsAndANewVersionIsAskedAgain() {
        when(calendars.calendar()).thenReturn(WorkingDayCalendar.weekendsOnly(VN, LocalTime.of(17, 0)));
        when(decisions.definitionId(TaskPriorities.DECISION_KEY)).thenReturn("task-priority:1:a");
        when(decisions.evaluateUnrecorded(eq(TaskPriorities.DECISION_KEY), anyMap())).thenReturn(answer(50), answer(80),
                answer(90));
        Date inThreeDays = Date.from(MONDAY_9AM.plusSeconds(3 * 86_400));

        assertThat(priorities.priority("commendation-proposal", "Task_Intake", inThreeDays, "CONG_TRANG")).isEqualTo(50);
        assertThat(priorities.priority("commendation-proposal", "Task_Intake", inThreeDays, "CONG_TRANG")).isEqualTo(50);
        verify(decisions, times(1)).evaluateUnrecorded(eq(TaskPriorities.DECISION_KEY), anyMap());

        assertThat(priorities.priority("commendation-proposal", "Task_Intake", new Date(MONDAY_9AM.toEpochMilli()),
                "CONG_TRANG")).isEqualTo(80); // due today: other inputs
        verify(decisions, times(2)).evaluateUnrecorded(eq(TaskPriorities.DECISION_KEY), anyMap());

        when(decisions.definitionId(TaskPriorities.DECISION_KEY)).thenReturn("task-priority:2:b");
        assertThat(priorities.priority("commendation-proposal", "Task_Intake", inThreeDays, "CONG_TRANG")).isEqualTo(90);
        verify(decisions, times(3)).evaluateUnrecorded(eq(TaskPriorities.DECISION_KEY), anyMap());
    }

    private static DmnDecisionResult answer(int priority) {
        DmnDecisionResultEntriesImpl entries = new DmnDecisionResultEntriesImpl();
        entries.putValue("priority", org.camunda.bpm.engine.variable.Variables.integerValue(priority));
        return new DmnDecisionResultImpl(List.of(entries));
    }
}

package vn.tdkt.tasks;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.calendar.WorkingDayCalendarProvider;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The service behind the create listener, and the listener itself, with stand-ins for the engine and the tables. */
class ReadableTasksTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    final WorkingDayCalendarProvider calendars = mock(WorkingDayCalendarProvider.class);
    final TaskPriorities priorities = mock(TaskPriorities.class);

    ReadableTasksTest() {
        when(calendars.calendar()).thenReturn(WorkingDayCalendar.weekendsOnly(VN, LocalTime.of(17, 0)));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static TaskSubjectProvider provider(String key, String subject) {
        return new TaskSubjectProvider() {
            @Override
            public String processDefinitionKey() {
                return key;
            }

            @Override
            public Optional<String> subject(TaskFacts task) {
                return Optional.ofNullable(subject);
            }
        };
    }

    static TaskFacts facts(String process, Map<String, Object> variables) {
        return new TaskFacts(process, "Task_X", "BK-1", variables::get);
    }

    @Test
    void theProcessesProviderNamesTheTaskAndTheTablePrioritisesIt() {
        ReadableTasks tasks = new ReadableTasks(List.of(provider("commendation-proposal", "Nguyễn Văn A – Sở Tư pháp"),
                provider("council-review", "phiên họp HDTDKT-2026-01 ngày 15/12/2026")), priorities, calendars);
        Date due = Date.from(ZonedDateTime.of(2026, 12, 15, 17, 0, 0, 0, VN).toInstant());
        when(priorities.priority("commendation-proposal", "Task_X", due, "DOT_XUAT")).thenReturn(90);

        ReadableTasks.Readable r = tasks.describe(facts("commendation-proposal", Map.of("commendationKind", "DOT_XUAT")),
                "Thẩm định hồ sơ đề nghị khen thưởng", "Thẩm định từng đối tượng.", due);

        assertThat(r.name()).isEqualTo("Thẩm định hồ sơ đề nghị khen thưởng: Nguyễn Văn A – Sở Tư pháp");
        assertThat(r.description()).isEqualTo("Thẩm định từng đối tượng. Hạn xử lý: 15/12/2026 17:00");
        assertThat(r.priority()).isEqualTo(90);
    }

    @Test
    void anUnknownProcessOrAMissingSubjectKeepsTheModelledName() {
        ReadableTasks tasks = new ReadableTasks(List.of(provider("commendation-proposal", null)), priorities, calendars);
        when(priorities.priority(any(), any(), isNull(), isNull())).thenReturn(50);

        assertThat(tasks.describe(facts("other", Map.of()), "Việc khác", null, null).name()).isEqualTo("Việc khác");
        assertThat(tasks.describe(facts("commendation-proposal", Map.of()), "Hoàn thiện hồ sơ", "Tải hồ sơ.", null))
                .isEqualTo(new ReadableTasks.Readable("Hoàn thiện hồ sơ", "Tải hồ sơ.", 50));
    }

    @Test
    void twoProvidersForOneProcessAreRefused() {
        assertThatThrownBy(() -> new ReadableTasks(List.of(provider("p", "a"), provider("p", "b")), priorities, calendars))
                .hasMessageContaining("Two task subject providers for process p");
    }

    @Test
    void workingDaysLeftFollowTheCalendarAndTheEngineClock() {
        TaskPriorities real = new TaskPriorities(null, calendars, new vn.tdkt.engine.EngineClock(VN));
        // Friday 11/12/2026 10:00 in Tây Ninh
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 11, 10, 0, 0, 0, VN).toInstant()));
        Date fridayEvening = Date.from(ZonedDateTime.of(2026, 12, 11, 17, 0, 0, 0, VN).toInstant());
        Date tuesday = Date.from(ZonedDateTime.of(2026, 12, 15, 17, 0, 0, 0, VN).toInstant());
        Date thursdayBefore = Date.from(ZonedDateTime.of(2026, 12, 10, 17, 0, 0, 0, VN).toInstant());

        assertThat(real.workingDaysLeft(null)).isNull();
        assertThat(real.workingDaysLeft(fridayEvening)).isZero();
        assertThat(real.workingDaysLeft(tuesday)).as("Monday and Tuesday, not the weekend").isEqualTo(2);
        assertThat(real.workingDaysLeft(thursdayBefore)).isEqualTo(-1);

        // Saturday: Friday's deadline has passed although no working day has
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 12, 9, 0, 0, 0, VN).toInstant()));
        assertThat(real.workingDaysLeft(fridayEvening)).isEqualTo(-1);
    }

    @Test
    void theListenerSetsWhatTheServiceReturns() {
        ReadableTasks service = mock(ReadableTasks.class);
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        Date due = new Date();
        when(task.getName()).thenReturn("Thẩm định hồ sơ");
        when(task.getDescription()).thenReturn(null);
        when(task.getDueDate()).thenReturn(due);
        when(task.getTaskDefinitionKey()).thenReturn("Task_Appraise");
        when(task.getExecution()).thenReturn(execution);
        when(execution.getProcessBusinessKey()).thenReturn("DNKT-2026-001");
        when(service.describe(any(), eq("Thẩm định hồ sơ"), eq("Thẩm định từng đối tượng."), eq(due)))
                .thenReturn(new ReadableTasks.Readable("Thẩm định hồ sơ: A – B", "Thẩm định từng đối tượng. Hạn…", 80));

        new ReadableTaskListener("commendation-proposal", "Thẩm định từng đối tượng.", () -> service).notify(task);

        verify(service).describe(org.mockito.ArgumentMatchers.argThat(f -> f.processDefinitionKey()
                        .equals("commendation-proposal") && f.taskDefinitionKey().equals("Task_Appraise")
                        && f.businessKey().equals("DNKT-2026-001")), any(), any(), any());
        verify(task).setName("Thẩm định hồ sơ: A – B");
        verify(task).setDescription("Thẩm định từng đối tượng. Hạn…");
        verify(task).setPriority(80);
    }
}

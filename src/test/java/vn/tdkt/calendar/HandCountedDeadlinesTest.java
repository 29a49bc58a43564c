package vn.tdkt.calendar;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.workflow.JsonVars;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The commendation proposal's deadlines around Tết, 30/4 – 1/5 and 2/9, against dates counted by hand on a paper
 * calendar — never read back from the process's own variables and never computed with the application's calendar
 * classes. Each case sets the engine's clock, walks the real process and compares the user tasks' due dates and the
 * timers' due dates (reminder, escalation, hiệp y, public consultation) with literal dates.
 *
 * <p>What is counted (processes/processing-deadline.dmn, ProposalDeadlines): processing 20 working days (10 for
 * đột xuất, 30 with hiệp y, i.e. khen cao), reminder 3 working days before the due day at the same hour, hiệp y 7
 * and consultation 10 working days from the moment the step opens. A deadline is 17:00 (tdkt.calendar.end-of-day) in
 * Asia/Ho_Chi_Minh on the n-th working day after the day the clock starts, that day not counted.
 *
 * <p>Days off used below, as the law and the Prime Minister's arrangements give them (V7__working_calendar.sql):
 * <ul>
 *   <li>Tết Bính Ngọ 2026: Mon 16/2 – Fri 20/2/2026 (civil servants off Sat 14/2 – Sun 22/2).</li>
 *   <li>Giỗ Tổ 2026 on Sun 26/4, made up on Mon 27/4; 30/4 (Thu) and 1/5 (Fri) 2026.</li>
 *   <li>Quốc khánh 2026: Mon 31/8 (swapped with Sat 22/8, which is worked), Tue 1/9, Wed 2/9.</li>
 *   <li>Tết Đinh Mùi 2027: Thu 4/2 – Wed 10/2/2027 (mùng 1 on Sat 6/2; 28, 29 Chạp and mùng 3 off, Tue 9 and Wed 10
 *   made up for the weekend). Only 6/2 and 7/2 are fixed by the Labour Code; the rest is the expected arrangement
 *   the calendar holds until the Prime Minister decides — if he decides otherwise, the migration and this count
 *   change together.</li>
 *   <li>30/4 (Fri) and 1/5 (Sat) 2027, 1/5 made up on Mon 3/5/2027.</li>
 * </ul>
 */
@IntegrationTest
class HandCountedDeadlinesTest {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The year of the achievements: the proposals are made early the next year or later. */
    private static final int PERIOD_YEAR = 2025;

    @Autowired ProcessEngine engine;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;

    ProposalFixture f;
    final List<String> started = new java.util.ArrayList<>();

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
    }

    /** The clock back to the system's, and no instance left with its timers and tasks for other classes to meet. */
    @AfterEach
    void resetClockAndRemoveInstances() {
        ClockUtil.reset();
        started.forEach(id -> {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(id, "test cleanup", true, true);
            }
        });
    }

    @Test
    void twentyWorkingDaysAcrossTet2026AndAgainAcross30April2026AfterAReturn() {
        String nominee = meritoriousPerson("Đặng Thị Mai Hương");
        // Thursday 12/02/2026, 09:00 in the province: the unit submits and intake accepts the same morning.
        at(2026, 2, 12, 8, 0);
        ProcessInstance pi = submittedToIntake("CONG_TRANG", "BK_TINH", nominee);
        at(2026, 2, 12, 9, 0);
        f.intakeAccepts(pi);
        assertThat(pi).isWaitingAt("Task_Appraise");

        // 20 working days after Thu 12/02/2026 (not counted):
        //   Fri 13/02 = 1; Mon 16 – Fri 20/02 Tết; Mon 23 – Fri 27/02 = 2..6; Mon 02 – Fri 06/03 = 7..11;
        //   Mon 09 – Fri 13/03 = 12..16; Mon 16 = 17, Tue 17 = 18, Wed 18 = 19, Thu 19/03 = 20.
        // Reminder 3 working days before Thu 19/03: Wed 18 = 1, Tue 17 = 2, Mon 16/03 = 3.
        // (Weekends only would give Thu 12/03: the five days of Tết must push it a week.)
        Date due = fivePm(LocalDate.of(2026, 3, 19));
        Date reminder = fivePm(LocalDate.of(2026, 3, 16));
        assertDeadlines(pi, due, reminder);
        Assertions.assertThat((String) f.var(pi, "processingDueText")).contains("19/03/2026").contains("20 ngày làm việc");
        Assertions.assertThat(dueAt(pi)).isEqualTo(due);

        // Tue 10/03/2026 the specialist sends the dossier back: the clock stops (no timer is left)...
        at(2026, 3, 10, 15, 0);
        f.complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisalAction", "RETURN",
                "appraisalNote", "Báo cáo thành tích chưa có xác nhận của thủ trưởng đơn vị."));
        assertThat(pi).isWaitingAt("Task_CompleteDossier");
        Assertions.assertThat(timer(pi, "Timer_Reminder")).isNull();
        Assertions.assertThat(timer(pi, "Timer_Overdue")).isNull();

        // ... and starts again from nothing when the completed dossier is accepted, on Fri 24/04/2026 at 01:30 in the
        // province — still Thu 23/04 in UTC, so a count in the wrong time zone would start a day early.
        at(2026, 4, 23, 10, 0);
        f.upload(pi, "BCTT", "canbo.stp");
        f.submitDossier(pi);
        headApproves(pi);
        at(2026, 4, 24, 1, 30);
        f.intakeAccepts(pi);
        assertThat(pi).isWaitingAt("Task_Appraise");

        // 20 working days after Fri 24/04/2026: Sat 25, Sun 26 (Giỗ Tổ on a Sunday), Mon 27/04 made up for it;
        //   Tue 28 = 1, Wed 29 = 2; Thu 30/04 and Fri 01/05 holidays; Mon 04 – Fri 08/05 = 3..7;
        //   Mon 11 – Fri 15/05 = 8..12; Mon 18 – Fri 22/05 = 13..17; Mon 25 = 18, Tue 26 = 19, Wed 27/05 = 20.
        // Reminder: Tue 26 = 1, Mon 25 = 2, Fri 22/05 = 3.
        Date restartedDue = fivePm(LocalDate.of(2026, 5, 27));
        Date restartedReminder = fivePm(LocalDate.of(2026, 5, 22));
        assertDeadlines(pi, restartedDue, restartedReminder);
        Assertions.assertThat(dueAt(pi)).isEqualTo(restartedDue);

        // the approval that follows carries the same processing due date
        f.appraiseAsIs(pi);
        Assertions.assertThat(f.task(pi, "Task_ApproveAppraisal").getDueDate()).isEqualTo(restartedDue);
    }

    @Test
    void dotXuatTenWorkingDaysAcrossQuocKhanh2026WithTheSwappedSaturdayWorked() {
        String hero = f.person("stp", "Lâm Quốc Bảo", Map.of(), Map.of());
        at(2026, 8, 19, 14, 0);
        ProcessInstance pi = submittedToIntake("DOT_XUAT", "BK_TINH", hero);
        // Thursday 20/08/2026, 16:45: accepted late in the afternoon — the hour does not count, the day does.
        at(2026, 8, 20, 16, 45);
        f.intakeAccepts(pi);

        // 10 working days after Thu 20/08/2026: Fri 21 = 1, Sat 22/08 worked (swapped with Mon 31/08) = 2,
        //   Mon 24 = 3, Tue 25 = 4, Wed 26 = 5, Thu 27 = 6, Fri 28 = 7; Sat 29, Sun 30 off; Mon 31/08, Tue 01/09,
        //   Wed 02/09 Quốc khánh; Thu 03/09 = 8, Fri 04/09 = 9, Mon 07/09/2026 = 10.
        // Reminder 3 working days before Mon 07/09: Fri 04 = 1, Thu 03 = 2, (02, 01/09, 31/08, 30, 29 off) Fri 28/08 = 3.
        Date due = fivePm(LocalDate.of(2026, 9, 7));
        Date reminder = fivePm(LocalDate.of(2026, 8, 28));
        assertDeadlines(pi, due, reminder);
        Assertions.assertThat((String) f.var(pi, "processingDueText")).contains("07/09/2026").contains("10 ngày làm việc");

        // the reminder fires at its moment and not a minute before; the escalation likewise
        at(2026, 8, 28, 16, 59);
        Assertions.assertThat(dueJobs(pi)).isEmpty();
        at(2026, 8, 28, 17, 0);
        Assertions.assertThat(dueJobs(pi)).containsExactly("Timer_Reminder");
        managementService.executeJob(timer(pi, "Timer_Reminder").getId());
        assertThat(pi).hasPassed("Task_SendReminder").isWaitingAt("Task_Appraise");
        at(2026, 9, 7, 16, 59);
        Assertions.assertThat(dueJobs(pi)).isEmpty();
        at(2026, 9, 7, 17, 0);
        Assertions.assertThat(dueJobs(pi)).containsExactly("Timer_Overdue");
        managementService.executeJob(timer(pi, "Timer_Overdue").getId());
        assertThat(pi).isWaitingAt("Task_Appraise", "Task_Escalate");
        Assertions.assertThat(f.task(pi, "Task_Escalate").getDueDate()).isEqualTo(due);
    }

    @Test
    void khenCaoThirtyWorkingDaysHiepYAcrossTet2027AndConsultationAcross30April2027() {
        String a = meritoriousPerson("Hồ Thị Kim Thoa");
        at(2027, 1, 22, 9, 0);
        ProcessInstance pi = submittedToIntake("KHEN_CAO", "BK_TTG", a);
        Assertions.assertThat(f.required(pi)).contains("HY");
        // Monday 25/01/2027, 10:00: accepted.
        at(2027, 1, 25, 10, 0);
        f.intakeAccepts(pi);

        // 30 working days after Mon 25/01/2027 (with hiệp y): Tue 26 – Fri 29/01 = 1..4; Mon 01 – Wed 03/02 = 5..7;
        //   Thu 04 – Wed 10/02 Tết; Thu 11 = 8, Fri 12 = 9; Mon 15 – Fri 19/02 = 10..14; Mon 22 – Fri 26/02 = 15..19;
        //   Mon 01 – Fri 05/03 = 20..24; Mon 08 – Fri 12/03 = 25..29; Mon 15/03/2027 = 30.
        // Reminder: Fri 12 = 1, Thu 11 = 2, Wed 10/03/2027 = 3.
        Date due = fivePm(LocalDate.of(2027, 3, 15));
        Date reminder = fivePm(LocalDate.of(2027, 3, 10));
        assertDeadlines(pi, due, reminder);
        Assertions.assertThat((String) f.var(pi, "processingDueText")).contains("15/03/2027").contains("30 ngày làm việc");

        // Wed 03/02/2027, 14:00, the day before Tết: the specialist asks two agencies for hiệp y.
        at(2027, 2, 3, 14, 0);
        f.complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisal", JsonVars.json(f.list(pi, "appraisal")),
                "appraisalAction", "CONCURRENCE", "concurrenceAgencyList", "Cục Thuế tỉnh\nBảo hiểm xã hội tỉnh"));
        // 7 working days after Wed 03/02/2027: Thu 04 – Wed 10/02 Tết; Thu 11 = 1, Fri 12 = 2, Mon 15 = 3,
        //   Tue 16 = 4, Wed 17 = 5, Thu 18 = 6, Fri 19/02/2027 = 7.
        Date concurrenceDue = fivePm(LocalDate.of(2027, 2, 19));
        List<Task> asked = f.tasks(pi, "Task_RecordConcurrence");
        Assertions.assertThat(asked).hasSize(2).allSatisfy(t -> Assertions.assertThat(t.getDueDate()).isEqualTo(concurrenceDue));
        Assertions.assertThat(timers(pi, "Timer_ConcurrenceDeadline")).isNotEmpty()
                .allSatisfy(j -> Assertions.assertThat(j.getDuedate()).isEqualTo(concurrenceDue));
        Assertions.assertThat(timer(pi, "Timer_Overdue").getDuedate()).as("hiệp y does not move the processing clock")
                .isEqualTo(due);

        // silence at the deadline is consent; then the conclusion, the approval and the council
        at(2027, 2, 19, 17, 0);
        timers(pi, "Timer_ConcurrenceDeadline").forEach(j -> managementService.executeJob(j.getId()));
        assertThat(pi).isWaitingAt("Task_Appraise");
        Assertions.assertThat(f.task(pi, "Task_Appraise").getDueDate()).isEqualTo(due);
        Object overridden = f.edited(pi, "appraisal", Map.of("conclusion", "DAT",
                "justification", "Đủ tiêu chuẩn Bằng khen Thủ tướng theo hồ sơ kèm theo, đã có Bằng khen tỉnh."));
        f.complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisal", overridden, "appraisalAction", "CONCLUDE"));
        f.headApprovesAppraisal(pi);
        assertThat(pi).isWaitingAt("Task_AwaitCouncil");

        // Thu 22/04/2027, 11:00: the council's result arrives and the public consultation opens.
        at(2027, 4, 22, 11, 0);
        f.councilDecides(pi, true);
        assertThat(pi).isWaitingAt("Timer_ConsultationWindow");
        // 10 working days after Thu 22/04/2027: Fri 23 = 1; Mon 26 – Thu 29/04 = 2..5; Fri 30/04 holiday,
        //   Sat 01/05 holiday, Sun 02, Mon 03/05 made up for 1/5; Tue 04 = 6, Wed 05 = 7, Thu 06 = 8, Fri 07 = 9,
        //   Mon 10/05/2027 = 10.
        Assertions.assertThat(timer(pi, "Timer_ConsultationWindow").getDuedate())
                .isEqualTo(fivePm(LocalDate.of(2027, 5, 10)));
    }

    // ---- moves and readings

    /** Two consecutive CSTĐCS before the period year's end: eligible for the chairman's Bằng khen. */
    private String meritoriousPerson(String name) {
        return f.person("stp", name, Map.of("CSTDCS", List.of(PERIOD_YEAR - 1, PERIOD_YEAR),
                "LDTT", List.of(PERIOD_YEAR - 1, PERIOD_YEAR)), Map.of(PERIOD_YEAR, "XUAT_SAC", PERIOD_YEAR - 1, "XUAT_SAC"));
    }

    private ProcessInstance submittedToIntake(String kind, String award, String nominee) {
        ProcessInstance pi = f.start("canbo.stp", kind, award, PERIOD_YEAR, nominee);
        started.add(pi.getId());
        assertThat(pi).isWaitingAt("Task_CompleteDossier");
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        headApproves(pi);
        assertThat(pi).isWaitingAt("Task_Intake");
        return pi;
    }

    /**
     * The head signs a tờ trình numbered after the proposal with a suffix of this class (so that no other class's
     * proposal of the same sequence number and year has the number with another date), dated on the engine's today.
     */
    private void headApproves(ProcessInstance pi) {
        Map<String, Object> answer = new HashMap<>(f.submissionLetter(pi));
        answer.put("submissionNumber", f.submissionNumber(pi) + "-HAN");
        answer.put("headDecision", "APPROVE");
        f.complete(pi, "Task_HeadSign", "thutruong.stp", answer);
    }

    /** The engine's clock at a local time of the province. */
    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(PROVINCE).toInstant()));
    }

    /** 17:00 of that day in the province. */
    private static Date fivePm(LocalDate day) {
        return Date.from(day.atTime(17, 0).atZone(PROVINCE).toInstant());
    }

    private void assertDeadlines(ProcessInstance pi, Date due, Date reminder) {
        Assertions.assertThat(f.task(pi, "Task_Appraise").getDueDate()).as("the specialist's task").isEqualTo(due);
        Assertions.assertThat(timer(pi, "Timer_Overdue").getDuedate()).as("the escalation timer").isEqualTo(due);
        Assertions.assertThat(timer(pi, "Timer_Reminder").getDuedate()).as("the reminder timer").isEqualTo(reminder);
    }

    private Job timer(ProcessInstance pi, String activityId) {
        List<Job> jobs = timers(pi, activityId);
        Assertions.assertThat(jobs).as(activityId).hasSizeLessThanOrEqualTo(1);
        return jobs.isEmpty() ? null : jobs.get(0);
    }

    private List<Job> timers(ProcessInstance pi, String activityId) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).list();
    }

    /** Which of the two SLA timers are due at the engine's now. */
    private List<String> dueJobs(ProcessInstance pi) {
        Date now = ClockUtil.getCurrentTime();
        return List.of("Timer_Overdue", "Timer_Reminder").stream()
                .filter(id -> timers(pi, id).stream().anyMatch(j -> !j.getDuedate().after(now))).toList();
    }

    private Date dueAt(ProcessInstance pi) {
        Timestamp t = jdbc.sql("SELECT due_at FROM commendation_proposal WHERE business_key = ?")
                .param(f.businessKey(pi)).query(Timestamp.class).single();
        return new Date(t.getTime());
    }
}

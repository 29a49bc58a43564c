package vn.tdkt.tasks;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.calendar.WorkingDayCalendarProvider;
import vn.tdkt.council.CouncilFixture;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestUsers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;


/**
 * What reviewers see of the tasks of each process in Tasklist: the modelled name with its subject, the due date from
 * the SLA, the description saying what to do and by when, the priority from task-priority; on the deployed models.
 */
@IntegrationTest
class ReadableTasksProcessTest {

    static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired WorkingDayCalendarProvider calendars;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    ProposalFixture f;
    int year;
    ZoneId zone;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        year = LocalDate.now(clock).getYear() - 1;
        zone = calendars.calendar().zone();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private String meritorious(String name) {
        return f.person("stp", name, Map.of("CSTDCS", List.of(year - 1, year), "LDTT", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
    }

    private String deadline(Date due) {
        return "Hạn xử lý: " + DEADLINE.format(due.toInstant().atZone(zone));
    }

    private HistoricTaskInstance history(Task task) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    }

    @Test
    void proposalTasksNameTheNomineeAndUnitAndCarryTheProcessingDeadline() {
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, meritorious("Nguyễn Văn Khải"));

        Task dossier = f.task(pi, "Task_CompleteDossier");
        Assertions.assertThat(dossier.getName())
                .isEqualTo("Hoàn thiện hồ sơ đề nghị khen thưởng: Nguyễn Văn Khải – Sở Tư pháp");
        Assertions.assertThat(dossier.getDueDate()).as("no deadline before intake").isNull();
        Assertions.assertThat(dossier.getDescription()).startsWith("Tải lên đủ các thành phần hồ sơ")
                .doesNotContain("Hạn xử lý");
        Assertions.assertThat(dossier.getPriority()).isEqualTo(50);

        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        Assertions.assertThat(f.task(pi, "Task_HeadSign").getName())
                .isEqualTo("Thủ trưởng ký tờ trình đề nghị khen thưởng: Nguyễn Văn Khải – Sở Tư pháp");
        f.headApproves(pi);
        f.intakeAccepts(pi);

        Date due = (Date) f.var(pi, "processingDueDate");
        Task appraise = f.task(pi, "Task_Appraise");
        Assertions.assertThat(appraise.getName())
                .isEqualTo("Thẩm định hồ sơ đề nghị khen thưởng: Nguyễn Văn Khải – Sở Tư pháp");
        Assertions.assertThat(appraise.getDueDate()).isEqualTo(due);
        Assertions.assertThat(appraise.getDescription()).startsWith("Thẩm định từng đối tượng theo tiêu chuẩn")
                .endsWith(". " + deadline(due));
        Assertions.assertThat(appraise.getPriority()).as("20 working days left").isEqualTo(50);
        Assertions.assertThat(history(appraise).getName()).isEqualTo(appraise.getName());
        Assertions.assertThat(history(appraise).getDescription()).isEqualTo(appraise.getDescription());
        Assertions.assertThat(history(appraise).getPriority()).isEqualTo(50);

        // three working days before the deadline (the reminder) the next task comes up raised
        ClockUtil.setCurrentTime((Date) f.var(pi, "reminderDate"));
        f.appraiseAsIs(pi);
        Task approve = f.task(pi, "Task_ApproveAppraisal");
        Assertions.assertThat(approve.getName())
                .isEqualTo("Lãnh đạo Sở Nội vụ duyệt kết quả thẩm định: Nguyễn Văn Khải – Sở Tư pháp");
        Assertions.assertThat(approve.getDueDate()).isEqualTo(due);
        Assertions.assertThat(approve.getPriority()).isEqualTo(80);

        // past the deadline the escalation to the agency head is due at that deadline, overdue and first
        ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("Timer_Overdue").singleResult();
        engine.getManagementService().executeJob(overdue.getId());
        Task escalate = f.task(pi, "Task_Escalate");
        Assertions.assertThat(escalate.getName())
                .isEqualTo("Chỉ đạo xử lý hồ sơ quá hạn: Nguyễn Văn Khải – Sở Tư pháp");
        Assertions.assertThat(escalate.getDueDate()).isEqualTo(due);
        Assertions.assertThat(escalate.getDescription()).startsWith("Hồ sơ đã quá thời hạn giải quyết")
                .endsWith(deadline(due));
        Assertions.assertThat(escalate.getPriority()).isEqualTo(100);
    }

    @Test
    void severalNomineesAreCountedAndAnUrgentProposalComesFirst() {
        String first = meritorious("Trần Thị Hồng Nhung");
        ProcessInstance pi = f.start("canbo.stp", "DOT_XUAT", "BK_TINH", year, first,
                meritorious("Lê Văn Tám"), meritorious("Phạm Minh Chính"));

        Task dossier = f.task(pi, "Task_CompleteDossier");
        Assertions.assertThat(dossier.getName())
                .isEqualTo("Hoàn thiện hồ sơ đề nghị khen thưởng: Trần Thị Hồng Nhung và 2 người khác – Sở Tư pháp");
        Assertions.assertThat(dossier.getPriority()).as("đột xuất").isEqualTo(90);
    }

    @Test
    void councilTasksNameTheSessionAndAreDueOnTheMeetingDay() {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate day = LocalDate.now(clock);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        // 09:00 on the meeting day, so that the meeting's tasks are due later today
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant()));
        CouncilFixture council = new CouncilFixture(engine, jdbc, f, year);
        ProcessInstance proposal = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH",
                council.provincialFighter("Đỗ Thị Thu Hà"));
        LocalDate meetingDay = day;
        ProcessInstance session = TestUsers.as(engine.getIdentityService(), CouncilFixture.SECRETARY, () ->
                engine.getRuntimeService().startProcessInstanceByKey("council-review", Map.of(
                        "sessionTitle", "Phiên họp xét Chiến sĩ thi đua cấp tỉnh", "meetingDate", meetingDay.toString())));
        String key = council.key(session);
        String subject = ": phiên họp " + key + " ngày " + DAY.format(day);
        Date due = Date.from(day.atTime(calendar.endOfDay()).atZone(zone).toInstant());

        Task select = f.task(session, "Task_SelectCandidates");
        Assertions.assertThat(select.getName()).isEqualTo("Chọn hồ sơ trình phiên họp Hội đồng" + subject);
        Assertions.assertThat(select.getDueDate()).isEqualTo(due);
        Assertions.assertThat(select.getDescription()).startsWith("Chọn các hồ sơ đã thẩm định").endsWith(deadline(due));
        Assertions.assertThat(select.getPriority()).as("due today").isEqualTo(80);

        council.select(session, Set.of(f.businessKey(proposal)));
        Task attendance = f.task(session, "Task_Attendance");
        Assertions.assertThat(attendance.getName()).isEqualTo("Điểm danh thành viên, khai mạc phiên họp" + subject);
        Assertions.assertThat(attendance.getDueDate()).isEqualTo(due);
        Assertions.assertThat(attendance.getPriority()).as("during the meeting").isEqualTo(85);

        council.attendance(session, council.members(session).size(), 0);
        Task vote = council.voteTask(session, CouncilFixture.CHAIR);
        Assertions.assertThat(vote.getName()).isEqualTo("Bỏ phiếu kín các trường hợp trình Hội đồng" + subject);
        Assertions.assertThat(vote.getDueDate()).isEqualTo(due);
        Assertions.assertThat(vote.getDescription()).startsWith("Mỗi thành viên Hội đồng có một phiếu")
                .endsWith(deadline(due));
        Assertions.assertThat(vote.getPriority()).isEqualTo(85);

        // no open ballot box left behind for the tests that scan the engine's tables for ballots
        engine.getRuntimeService().deleteProcessInstance(session.getId(), "Kết thúc phép thử");
    }

    @Test
    void blockCycleTasksNameTheUnitTheBlockAndTheYear() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String tag = UUID.randomUUID().toString().substring(0, 4).toLowerCase();
        String block = "R" + tag.toUpperCase();
        List<String> units = List.of("r" + tag + "1", "r" + tag + "2", "r" + tag + "3");
        // each unit has its officer and its head, as every unit of the province does
        TestOrganisation organisation = new TestOrganisation(rest, engine.getIdentityService(), unitGroups, profiles, jdbc);
        for (int i = 0; i < units.size(); i++) {
            organisation.staffedUnit(units.get(i), "Đơn vị đọc " + (i + 1) + " (" + tag + ")");
        }
        organisation.block(block, "Khối đọc " + tag, year, units);
        ResponseEntity<String> started = rest.withBasicAuth("cb." + units.get(0), "demo").postForEntity(
                "/api/blocks/" + block + "/years/" + year + "/cycle", new HttpEntity<>("{}", json), String.class);
        Assertions.assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("KTD-" + block + "-" + year).singleResult();

        Task sign = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_SignPact").taskCandidateGroup("unit-head." + units.get(1)).singleResult();
        Assertions.assertThat(sign.getName()).isEqualTo("Ký giao ước và đăng ký danh hiệu thi đua: Đơn vị đọc 2 ("
                + tag + ") – Khối đọc " + tag + ", năm " + year);
        Assertions.assertThat(sign.getDueDate()).as("the province sets no deadline for signing").isNull();
        Assertions.assertThat(sign.getDescription()).isEqualTo("Thủ trưởng đơn vị thành viên ký giao ước thi đua của"
                + " khối và đăng ký danh hiệu thi đua của đơn vị trong năm.");
        Assertions.assertThat(sign.getPriority()).isEqualTo(50);
    }

    @Test
    void aProcessWithoutSubjectProviderKeepsItsNameButGetsItsDeadlineAndPriority() {
        String key = "readable-probe-" + UUID.randomUUID().toString().substring(0, 8);
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).name("Thử công việc dễ đọc")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Probe").name("Việc thử nghiệm").documentation("Xem và hoàn thành việc thử nghiệm")
                .camundaCandidateGroups("sa-specialist").camundaFormRef("proposal-intake")
                .camundaFormRefBinding("latest").camundaDueDate("${dueAt}")
                .endEvent()
                .done();
        String deploymentId = engine.getRepositoryService().createDeployment().name(key)
                .addModelInstance(key + ".bpmn", model).deploy().getId();
        try {
            Date dueAt = Date.from(LocalDate.now(clock).plusDays(60).atTime(17, 0).atZone(zone).toInstant());
            ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("dueAt", dueAt));
            Task task = f.task(pi, "Task_Probe");
            Assertions.assertThat(task.getName()).isEqualTo("Việc thử nghiệm");
            Assertions.assertThat(task.getDueDate()).isEqualTo(dueAt);
            Assertions.assertThat(task.getDescription())
                    .isEqualTo("Xem và hoàn thành việc thử nghiệm. " + deadline(dueAt));
            Assertions.assertThat(task.getPriority()).isEqualTo(50);
        } finally {
            engine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }
}

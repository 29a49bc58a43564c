package vn.tdkt.movement;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
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
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of emulation-movement in the whole application: the launch with its number and PDF, the units'
 * registrations and reports, the reviews and the proposals the final review starts; the return, refusal and
 * withdrawal; the late timer; refusals of bad input; who may act and read, both ways.
 */
@IntegrationTest
class EmulationMovementProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;
    @Autowired MovementService service;

    LocalDate today;

    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        today = LocalDate.now(clock);
        // the unit that launches the movements and two more taking part, beside Sở Tư pháp
        TestOrganisation org = new TestOrganisation(rest, identityService, unitGroups, profiles, jdbc);
        org.department("snnmt", "Sở Nông nghiệp và Môi trường");
        org.department("sct", "Sở Công Thương");
        org.department("sxd", "Sở Xây dựng");
    }

    @Test
    void launchedRegisteredReportedReviewedAndProposed() {
        ProcessInstance pi = start("canbo.snnmt", draft("Phong trào thử nghiệm chuyển đổi số nông thôn", "stp", "sct"));
        assertThat(pi).isWaitingAt("Task_LaunchDecision");
        long id = movementId(pi);
        Assertions.assertThat(status(id)).isEqualTo("SUBMITTED");
        Task decision = task(pi, "Task_LaunchDecision");
        Assertions.assertThat(candidate(decision, "chutich")).isTrue();
        Assertions.assertThat(candidate(decision, "phochutich")).isTrue();
        Assertions.assertThat(candidate(decision, "canbo.snnmt")).isFalse();

        // someone other than the chairman is refused through the REST API; the chairman launches
        String approve = "{\"variables\":{\"launchDecision\":{\"value\":\"approve\"}}}";
        ResponseEntity<String> stranger = rest.withBasicAuth("thutruong.stp", "demo").postForEntity(
                "/engine-rest/task/" + decision.getId() + "/complete", json(approve), String.class);
        Assertions.assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> chairman = rest.withBasicAuth("chutich", "demo").postForEntity(
                "/engine-rest/task/" + decision.getId() + "/complete", json(approve), String.class);
        Assertions.assertThat(chairman.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Assertions.assertThat(status(id)).isEqualTo("LAUNCHED");
        String number = jdbc.sql("SELECT launch_number FROM emulation_movement WHERE id = ?").param(id)
                .query(String.class).single();
        Assertions.assertThat(number).endsWith("/QĐ-UBND");
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM outgoing_register_entry WHERE number_text = ?")
                .param(number).query(Integer.class).single()).isEqualTo(1);
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'MOVEMENT_LAUNCHED'")
                .query(Integer.class).single()).isPositive();

        // the launch decision: the standing agency and a unit taking part read it, another unit does not
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("canbo.stp", "demo")
                .getForEntity("/api/movements/" + id + "/launch-decision.pdf", byte[].class);
        Assertions.assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        Assertions.assertThat(rest.withBasicAuth("canbo.syt", "demo").getForEntity("/api/movements/" + id
                + "/launch-decision.pdf", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/movements", String.class)
                .getBody()).contains("Phong trào thử nghiệm chuyển đổi số nông thôn");
        Assertions.assertThat(rest.withBasicAuth("canbo.syt", "demo").getForEntity("/api/movements", String.class)
                .getBody()).doesNotContain("Phong trào thử nghiệm chuyển đổi số nông thôn");

        // each unit registers its own task only; a too short registration is refused and the task stays
        Task stp = unitTask(pi, "Task_Register", "stp");
        Assertions.assertThat(candidate(stp, "canbo.stp")).isTrue();
        Assertions.assertThat(candidate(stp, "canbo.sct")).isFalse();
        Assertions.assertThatThrownBy(() -> taskService.complete(stp.getId(),
                        Variables.createVariables().putValue("registrationPlan", "ngắn")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Nội dung đăng ký");
        TestUsers.as(identityService, "canbo.stp", () -> taskService.complete(stp.getId(), Variables.createVariables()
                .putValue("registrationPlan", "Đăng ký 100% thủ tục hành chính trực tuyến toàn trình.")));

        // the standing agency sees who has not registered or reported; a unit taking part does not
        ResponseEntity<String> outstanding = rest.withBasicAuth("canbo.snnmt", "demo")
                .getForEntity("/api/movements/" + id + "/outstanding", String.class);
        Assertions.assertThat(outstanding.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(outstanding.getBody()).contains("\"notRegistered\":[{\"unitCode\":\"sct\"");
        Assertions.assertThat(rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/movements/" + id
                + "/outstanding", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Task report = unitTask(pi, "Task_Report", "stp");
        Assertions.assertThatThrownBy(() -> taskService.complete(report.getId(), Variables.createVariables()
                        .putValue("progressReport", "Đã thực hiện đạt yêu cầu đề ra.").putValue("progressPercent", 140)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("không được lớn hơn 100");
        TestUsers.as(identityService, "canbo.stp", () -> taskService.complete(report.getId(), Variables.createVariables()
                .putValue("progressReport", "Đã thực hiện 95% thủ tục trực tuyến toàn trình.").putValue("progressPercent", 95)));

        managementService.executeJob(timer(pi, "Timer_MidReview"));
        Task mid = task(pi, "Task_MidReview");
        Assertions.assertThat(candidate(mid, "canbo.snnmt")).isTrue();
        Assertions.assertThat(candidate(mid, "canbo.stp")).isFalse();
        Assertions.assertThat((String) taskService.getVariable(mid.getId(), "participationSummary"))
                .contains("2 đơn vị tham gia; 1 đã đăng ký; 1 đã báo cáo").contains("Sở Công Thương: chưa đăng ký");
        TestUsers.as(identityService, "canbo.snnmt", () -> taskService.complete(mid.getId(), Variables.createVariables()
                .putValue("midReviewReport", "Sơ kết: Sở Tư pháp thực hiện tốt, Sở Công Thương chưa đăng ký.")));
        Assertions.assertThat(status(id)).isEqualTo("MID_REVIEWED");

        managementService.executeJob(timer(pi, "Timer_FinalReview"));
        Task fin = task(pi, "Task_FinalReview");
        // a unit that did not report is not proposed
        Assertions.assertThatThrownBy(() -> taskService.complete(fin.getId(), Variables.createVariables()
                        .putValue("finalReviewReport", "Tổng kết: phong trào đạt mục tiêu đề ra.")
                        .putValue("awardedUnitCodes", JsonVars.json(List.of("sct"))).putValue("awardTypeCode", "BK_TINH")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("chưa báo cáo");
        TestUsers.as(identityService, "canbo.snnmt", () -> taskService.complete(fin.getId(), Variables.createVariables()
                .putValue("finalReviewReport", "Tổng kết: phong trào đạt mục tiêu đề ra.")
                .putValue("awardedUnitCodes", JsonVars.json(List.of("stp"))).putValue("awardTypeCode", "BK_TINH")));
        assertThat(pi).isEnded().hasPassed("Task_ProposeAwards");
        Assertions.assertThat(status(id)).isEqualTo("CLOSED");
        String key = jdbc.sql("SELECT proposal_key FROM emulation_movement_unit mu JOIN org_unit u ON u.id = mu.unit_id"
                + " WHERE mu.movement_id = ? AND u.code = 'stp'").param(id).query(String.class).single();
        Assertions.assertThat(key).startsWith("DNKT-");
        Assertions.assertThat(jdbc.sql("SELECT movement_id FROM commendation_proposal WHERE business_key = ?")
                .param(key).query(Long.class).single()).isEqualTo(id);
        Assertions.assertThat(jdbc.sql("SELECT commendation_kind FROM commendation_proposal WHERE business_key = ?")
                .param(key).query(String.class).single()).isEqualTo("CHUYEN_DE");
        // the proposal cannot be started twice for the movement
        Assertions.assertThat(new MovementRepository(jdbc).pendingProposal(id, "stp", "BK_TINH")).isFalse();
    }

    @Test
    void returnNeedsAReasonThenTheDrafterWithdraws() {
        ProcessInstance pi = start("canbo.snnmt", draft("Phong trào thử nghiệm trả lại rồi rút dự thảo", "stp"));
        long id = movementId(pi);
        Task decision = task(pi, "Task_LaunchDecision");
        Assertions.assertThatThrownBy(() -> taskService.complete(decision.getId(),
                        Variables.createVariables().putValue("launchDecision", "return")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("lý do");
        Assertions.assertThatThrownBy(() -> taskService.complete(decision.getId(),
                        Variables.createVariables().putValue("launchDecision", "có lẽ")))
                .isInstanceOf(InputRejectedException.class);
        taskService.complete(decision.getId(), Variables.createVariables().putValue("launchDecision", "return")
                .putValue("launchComment", "Bổ sung tiêu chí đo lường."));
        Assertions.assertThat(status(id)).isEqualTo("RETURNED");
        Task revise = task(pi, "Task_ReviseDraft");
        Assertions.assertThat(revise.getAssignee()).isEqualTo("canbo.snnmt");
        // a revision is checked again
        Assertions.assertThatThrownBy(() -> taskService.complete(revise.getId(), Variables.createVariables()
                        .putValue("reviseDecision", "resubmit").putValue("endDate", today.minusDays(1).toString())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Ngày kết thúc");
        // a draft is the drafters' business: the unit it names neither lists nor reads it, its standing agency does
        Assertions.assertThat(rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/movements", String.class)
                .getBody()).doesNotContain("trả lại rồi rút dự thảo");
        Assertions.assertThat(rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/movements/" + id,
                String.class).getStatusCode().value()).isEqualTo(404);
        Assertions.assertThat(rest.withBasicAuth("canbo.snnmt", "demo").getForEntity("/api/movements", String.class)
                .getBody()).contains("trả lại rồi rút dự thảo");
        taskService.complete(revise.getId(), Variables.createVariables().putValue("reviseDecision", "withdraw"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
        Assertions.assertThat(status(id)).isEqualTo("WITHDRAWN");
        Assertions.assertThat(rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/movements/" + id,
                String.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void returnedRevisedAndRefused() {
        ProcessInstance pi = start("canbo.snnmt", draft("Phong trào thử nghiệm trả lại rồi không ban hành", "stp"));
        long id = movementId(pi);
        taskService.complete(task(pi, "Task_LaunchDecision").getId(), Variables.createVariables()
                .putValue("launchDecision", "return").putValue("launchComment", "Thêm Sở Công Thương."));
        taskService.complete(task(pi, "Task_ReviseDraft").getId(), Variables.createVariables()
                .putValue("reviseDecision", "resubmit").putValue("participantCodes", JsonVars.json(List.of("stp", "sct"))));
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM emulation_movement_unit WHERE movement_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(2);
        taskService.complete(task(pi, "Task_LaunchDecision").getId(), Variables.createVariables()
                .putValue("launchDecision", "refuse").putValue("launchComment", "Trùng phong trào đang triển khai."));
        assertThat(pi).isEnded().hasPassed("EndEvent_Refused");
        Assertions.assertThat(status(id)).isEqualTo("REFUSED");
    }

    @Test
    void aUnitMissingItsDeadlineIsMarkedLate() {
        ProcessInstance pi = start("thamdinh", draft("Phong trào thử nghiệm đơn vị trễ hạn đăng ký", "sxd"));
        long id = movementId(pi);
        Assertions.assertThat(jdbc.sql("SELECT u.code FROM emulation_movement m JOIN org_unit u ON u.id ="
                + " m.standing_unit_id WHERE m.id = ?").param(id).query(String.class).single()).isEqualTo("snv");
        taskService.complete(task(pi, "Task_LaunchDecision").getId(), Variables.createVariables()
                .putValue("launchDecision", "approve"));
        Task register = unitTask(pi, "Task_Register", "sxd");
        Assertions.assertThat(register.getDueDate()).isNotNull();
        managementService.executeJob(timer(pi, "Timer_RegistrationLate"));
        Assertions.assertThat(jdbc.sql("SELECT registration_late FROM emulation_movement_unit WHERE movement_id = ?")
                .param(id).query(Boolean.class).single()).isTrue();
        Assertions.assertThat(taskService.createTaskQuery().taskId(register.getId()).count()).isEqualTo(1);
        // the late unit is reminded through the outbox, naming the movement and the deadline
        String code = jdbc.sql("SELECT code FROM emulation_movement WHERE id = ?").param(id).query(String.class).single();
        String late = "FROM notification_outbox WHERE business_key = ? AND subject LIKE 'Nhắc việc: quá hạn%'";
        Assertions.assertThat(jdbc.sql("SELECT recipient_unit_code " + late).param(code).query(String.class).list())
                .containsExactly("sxd");
        Assertions.assertThat(jdbc.sql("SELECT subject " + late).param(code).query(String.class).single())
                .isEqualTo("Nhắc việc: quá hạn đăng ký tham gia phong trào «Phong trào thử nghiệm đơn vị trễ hạn đăng ký»");
        Assertions.assertThat(jdbc.sql("SELECT body_text " + late).param(code).query(String.class).single())
                .contains(code, "hạn đăng ký tham gia phong trào thi đua", " ngày ");
        runtimeService.deleteProcessInstance(pi.getId(), "test");
    }

    @Test
    void onlyTheStandingAgencysOfficersDraftAndBadDraftsStartNothing() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(MovementVariables.PROCESS).count();
        // the engine offers the start only to units' officers and the Sở's specialists
        Assertions.assertThatThrownBy(() -> start("thutruong.stp", draft("Phong trào do thủ trưởng tự lập", "stp")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        Assertions.assertThatThrownBy(() -> start("chutich", draft("Phong trào do Chủ tịch tự lập", "stp")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        // and the draft's check refuses anyone else, whatever the engine's grants
        MovementRules.DraftInput input = new MovementRules.DraftInput("Phong trào do thủ trưởng tự lập", "CHUYEN_DE",
                "x", "x", null, null, null, null, null);
        Assertions.assertThatThrownBy(() -> service.draft("thutruong.stp", null, input, "pi"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Chỉ cán bộ");
        Assertions.assertThatThrownBy(() -> service.draft(null, null, input, "pi"))
                .isInstanceOf(InputRejectedException.class);
        VariableMap badDates = draft("Phong trào có ngày sai thứ tự", "stp")
                .putValue("midReviewDate", today.plusDays(300).toString());
        Assertions.assertThatThrownBy(() -> start("canbo.snnmt", badDates))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Ngày kết thúc phải sau ngày sơ kết");
        Assertions.assertThatThrownBy(() -> start("canbo.snnmt", draft("Phong trào có đơn vị lạ", "khong-co")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("khong-co");
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MovementVariables.PROCESS)
                .count()).isEqualTo(before);
    }

    private VariableMap draft(String name, String... units) {
        return Variables.createVariables().putValue("movementName", name).putValue("movementKind", "CHUYEN_DE")
                .putValue("goal", "Nâng cao chất lượng đời sống người dân nông thôn của tỉnh.")
                .putValue("criteria", "Hoàn thành các chỉ tiêu đăng ký; có mô hình tiêu biểu được nhân rộng.")
                .putValue("startDate", today.toString()).putValue("midReviewDate", today.plusDays(60).toString())
                .putValue("endDate", today.plusDays(200).toString())
                .putValue("participantCodes", JsonVars.json(List.of(units)))
                .putValue("awardsText", "Bằng khen của Chủ tịch UBND tỉnh cho tập thể tiêu biểu.");
    }

    private ProcessInstance start(String user, VariableMap variables) {
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(MovementVariables.PROCESS).latestVersion().singleResult().getId();
        return TestUsers.as(identityService, user, () -> formService.submitStartForm(definitionId, variables));
    }

    private long movementId(ProcessInstance pi) {
        return ((Number) runtimeService.getVariable(pi.getId(), "movementId")).longValue();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM emulation_movement WHERE id = ?").param(id).query(String.class).single();
    }

    private Task task(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private Task unitTask(ProcessInstance pi, String key, String unit) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .taskCandidateGroup("unit-officer." + unit).singleResult();
    }

    private boolean candidate(Task task, String user) {
        return taskService.createTaskQuery().taskId(task.getId()).taskCandidateUser(user).count() > 0;
    }

    private String timer(ProcessInstance pi, String activity) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activity).timers()
                .list().get(0).getId();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}

package vn.tdkt.registration;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.InputRejectedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of emulation-registration: approval, a return and its revision, refusals of bad input
 * (through the Java API and through /engine-rest), and who may act on whose task.
 */
@IntegrationTest
class EmulationRegistrationProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    int nextYear;

    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        nextYear = LocalDate.now(clock).getYear() + 1;
        // one unit per path, since a unit registers once a year
        TestOrganisation org = new TestOrganisation(rest, identityService, unitGroups, profiles, jdbc);
        org.department("sct", "Sở Công Thương");
        org.department("skhcn", "Sở Khoa học và Công nghệ");
        org.department("svhttdl", "Sở Văn hóa, Thể thao và Du lịch");
        org.department("bqlkkt", "Ban Quản lý Khu kinh tế tỉnh");
        org.department("sxd", "Sở Xây dựng");
        org.department("hnd", "Hội Nông dân tỉnh", "MAT_TRAN_DOAN_THE");
        org.department("cdtn", "Trường Cao đẳng Tây Ninh", "DON_VI_SU_NGHIEP");
        org.department("ttpvhcc", "Trung tâm Phục vụ hành chính công tỉnh", "DON_VI_SU_NGHIEP");
    }

    @Test
    void headApprovesAndTheRegistrationIsRecorded() {
        ProcessInstance pi = start("sct", registration("TTLDXS", 40, 5));
        assertThat(pi).isWaitingAt("Task_HeadReview").hasBusinessKey("DKTD-" + nextYear + "-sct");
        assertThat(pi).hasVariables(RegistrationVariables.UNIT_CODE, RegistrationVariables.UNIT_NAME);
        Task task = headTask(pi);
        assertThat(task).hasCandidateGroup("unit-head.sct").hasName("Thủ trưởng ký duyệt bản đăng ký thi đua: Sở Công Thương – năm " + nextYear);
        assertThat(task).hasCandidateUser("thutruong.sct");
        Assertions.assertThat(taskService.createTaskQuery().taskId(task.getId()).taskCandidateUser("thutruong.stp")
                .count()).as("the head of another unit is no candidate").isZero();

        taskService.claim(task.getId(), "thutruong.sct");
        TestUsers.as(identityService, "thutruong.sct", () ->
                taskService.complete(task.getId(), Variables.createVariables().putValue(RegistrationVariables.HEAD_DECISION, "approve")));

        assertThat(pi).hasPassed("Task_RecordRegistration").isEnded();
        Map<String, Object> row = jdbc.sql("SELECT r.collective_title, r.individual_ldtt_count, r.approved_by"
                        + " FROM emulation_registration r JOIN org_unit u ON u.id = r.unit_id"
                        + " WHERE u.code = 'sct' AND r.emulation_year = ?").param(nextYear)
                .query().singleRow();
        Assertions.assertThat(row.values()).containsExactly("TTLDXS", 40, "thutruong.sct");
    }

    @Test
    void headReturnsTheOfficerRevisesAndTheHeadApproves() {
        ProcessInstance pi = start("skhcn", registration("CO_TINH", 25, 3));
        Task review = headTask(pi);
        taskService.claim(review.getId(), "thutruong.skhcn");
        taskService.complete(review.getId(), Variables.createVariables()
                .putValue(RegistrationVariables.HEAD_DECISION, "return").putValue(RegistrationVariables.HEAD_COMMENT, "Bổ sung chỉ tiêu chuyển đổi số."));

        assertThat(pi).isWaitingAt("Task_ReviseRegistration");
        Task revise = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(revise).isAssignedTo("canbo.skhcn");

        // The revision is checked again: too many CSTĐCS is refused and the task stays open.
        Assertions.assertThatThrownBy(() -> taskService.complete(revise.getId(),
                        Variables.createVariables().putValue(RegistrationVariables.LDTT_COUNT, 2).putValue(RegistrationVariables.CSTDCS_COUNT, 3)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("không được lớn hơn");
        assertThat(pi).isWaitingAt("Task_ReviseRegistration");

        taskService.complete(revise.getId(), Variables.createVariables().putValue(RegistrationVariables.COLLECTIVE_TITLE, "TTLDXS")
                .putValue(RegistrationVariables.COMMITMENT, "Cam kết bổ sung chỉ tiêu chuyển đổi số 100% hồ sơ trực tuyến."));
        Task again = headTask(pi);
        taskService.claim(again.getId(), "thutruong.skhcn");
        taskService.complete(again.getId(), Variables.createVariables().putValue(RegistrationVariables.HEAD_DECISION, "approve"));

        assertThat(pi).isEnded().hasPassedInOrder("Task_HeadReview", "Task_ReviseRegistration",
                "Task_CheckRegistration", "Task_HeadReview", "Task_RecordRegistration");
        Assertions.assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_HeadReview").finished().count()).isEqualTo(2);
        Assertions.assertThat(jdbc.sql("SELECT r.collective_title FROM emulation_registration r JOIN org_unit u"
                        + " ON u.id = r.unit_id WHERE u.code = 'skhcn' AND r.emulation_year = ?").param(nextYear)
                .query(String.class).single()).isEqualTo("TTLDXS");
    }

    /**
     * The titles a unit may register for are the catalogue's (award_type.registrable, changed by an administrator),
     * Cờ thi đua của Chính phủ among them; the start form offers exactly those.
     */
    @Test
    void theRegistrableTitlesAreTheCataloguesAndTheFormOffersThem() throws Exception {
        java.util.List<String> registrable = jdbc.sql("SELECT code FROM award_type WHERE registrable = TRUE AND active"
                + " = TRUE ORDER BY code").query(String.class).list();
        Assertions.assertThat(registrable).containsExactly("CO_CP", "CO_TINH", "TTLDTT", "TTLDXS");
        com.fasterxml.jackson.databind.JsonNode form = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Files.readString(java.nio.file.Path.of("forms/registration-start.form")));
        java.util.List<String> offered = new java.util.ArrayList<>();
        form.path("components").forEach(c -> {
            if (RegistrationVariables.COLLECTIVE_TITLE.equals(c.path("key").asText())) {
                c.path("values").forEach(v -> offered.add(v.path("value").asText()));
            }
        });
        Assertions.assertThat(offered).containsExactlyInAnyOrderElementsOf(registrable);

        ProcessInstance pi = start("svhttdl", registration("CO_CP", 60, 6));
        assertThat(pi).isWaitingAt("Task_HeadReview");
        runtimeService.deleteProcessInstance(pi.getId(), "test");

        // the administrator takes the flag off: the title is refused, by its name
        jdbc.sql("UPDATE award_type SET registrable = FALSE WHERE code = 'CO_CP'").update();
        try {
            Assertions.assertThatThrownBy(() -> start("svhttdl", registration("CO_CP", 60, 6)))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessageContaining("Danh hiệu tập thể đăng ký không hợp lệ")
                    .hasMessageContaining("Tập thể lao động xuất sắc").hasMessageNotContaining("TTLDXS");
        } finally {
            jdbc.sql("UPDATE award_type SET registrable = TRUE WHERE code = 'CO_CP'").update();
        }
    }

    @Test
    void returnWithoutReasonIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance pi = start("bqlkkt", registration("TTLDTT", 12, 1));
        Task review = headTask(pi);
        taskService.claim(review.getId(), "thutruong.bqlkkt");
        Assertions.assertThatThrownBy(() -> taskService.complete(review.getId(),
                        Variables.createVariables().putValue(RegistrationVariables.HEAD_DECISION, "return")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("lý do");
        Assertions.assertThatThrownBy(() -> taskService.complete(review.getId(),
                        Variables.createVariables().putValue(RegistrationVariables.HEAD_DECISION, "có lẽ")))
                .isInstanceOf(InputRejectedException.class);
        assertThat(pi).isWaitingAt("Task_HeadReview");
        Assertions.assertThat(taskService.getVariable(review.getId(), RegistrationVariables.HEAD_DECISION)).isNull();
    }

    @Test
    void invalidStartCreatesNoInstance() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(RegistrationVariables.PROCESS).count();
        Assertions.assertThatThrownBy(() -> start("sxd", registration("TTLDXS", 2, 9)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Chiến sĩ thi đua cơ sở");
        Assertions.assertThatThrownBy(() -> start("sxd", registration("GIAY_KHEN", 2, 1)))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("«Danh hiệu thi đua tập thể đăng ký»: \"GIAY_KHEN\" không phải một lựa chọn");
        Assertions.assertThatThrownBy(() -> start("sxd", Variables.createVariables().putValue(RegistrationVariables.EMULATION_YEAR, 1999)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Năm đăng ký");
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RegistrationVariables.PROCESS)
                .count()).isEqualTo(before);
    }

    @Test
    void aUnitRegistersOncePerYear() {
        // under way: a second start is refused
        ProcessInstance pi = start("hnd", registration("TTLDXS", 10, 1));
        Assertions.assertThatThrownBy(() -> start("hnd", registration("TTLDTT", 10, 1)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("đã có bản đăng ký");
        // recorded: refused as well
        Task review = headTask(pi);
        taskService.claim(review.getId(), "thutruong.hnd");
        taskService.complete(review.getId(), Variables.createVariables()
                .putValue(RegistrationVariables.HEAD_DECISION, "approve"));
        assertThat(pi).isEnded();
        Assertions.assertThatThrownBy(() -> start("hnd", registration("TTLDXS", 10, 1)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("đã có bản đăng ký");
    }

    @Test
    void restRefusesBadInputWith400AndWrongPeopleWith403() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String badStart = "{\"variables\":{\"emulationYear\":{\"value\":" + nextYear + "},"
                + "\"collectiveTitle\":{\"value\":\"TTLDXS\"},\"ldttCount\":{\"value\":1},"
                + "\"cstdcsCount\":{\"value\":5},\"commitment\":{\"value\":\"Cam kết đầy đủ nội dung\"}}}";
        ResponseEntity<String> start = rest.withBasicAuth("canbo.cdtn", "demo").postForEntity(
                "/engine-rest/process-definition/key/emulation-registration/submit-form",
                new HttpEntity<>(badStart, json), String.class);
        Assertions.assertThat(start.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(start.getBody()).contains("không được lớn hơn");
        // the plain start endpoint, too, answers bad input with 400 rather than 500
        ResponseEntity<String> plainStart = rest.withBasicAuth("canbo.cdtn", "demo").postForEntity(
                "/engine-rest/process-definition/key/emulation-registration/start",
                new HttpEntity<>(badStart, json), String.class);
        Assertions.assertThat(plainStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(plainStart.getBody()).contains("InputRejectedException").contains("không được lớn hơn");
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                "DKTD-" + nextYear + "-cdtn").count()).isZero();

        ProcessInstance pi = start("cdtn", registration("TTLDTT", 20, 2));
        Task review = headTask(pi);
        String complete = "/engine-rest/task/" + review.getId() + "/complete";
        String bad = "{\"variables\":{\"headDecision\":{\"value\":\"maybe\"}}}";
        ResponseEntity<String> badAnswer = rest.withBasicAuth("thutruong.cdtn", "demo")
                .postForEntity(complete, new HttpEntity<>(bad, json), String.class);
        Assertions.assertThat(badAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(badAnswer.getBody()).contains("Ý kiến của thủ trưởng");

        String approve = "{\"variables\":{\"headDecision\":{\"value\":\"approve\"}}}";
        ResponseEntity<String> stranger = rest.withBasicAuth("thutruong.stp", "demo")
                .postForEntity(complete, new HttpEntity<>(approve, json), String.class);
        Assertions.assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(pi).isWaitingAt("Task_HeadReview");

        ResponseEntity<String> head = rest.withBasicAuth("thutruong.cdtn", "demo")
                .postForEntity(complete, new HttpEntity<>(approve, json), String.class);
        Assertions.assertThat(head.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(pi).isEnded();
    }

    @Test
    void theProcessAndItsFormsAreDeployedTogether() {
        var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(RegistrationVariables.PROCESS)
                .latestVersion().singleResult();
        Assertions.assertThat(definition.getName()).isEqualTo("Đăng ký thi đua năm");
        Assertions.assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
                .contains("processes/emulation-registration.bpmn", "forms/registration-start.form",
                        "forms/registration-head-review.form", "forms/registration-revise.form");
        Assertions.assertThat(formService.getStartFormKey(definition.getId())).isNull();
        ProcessInstance pi = start("ttpvhcc", registration("TTLDTT", 8, 1));
        Task task = headTask(pi);
        Assertions.assertThat(taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey()).isEqualTo("registration-head-review");
        Assertions.assertThat(new String(readAll(formService.getDeployedTaskForm(task.getId()))))
                .contains("Ý kiến của thủ trưởng");
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private VariableMap registration(String title, int ldtt, int cstdcs) {
        return Variables.createVariables().putValue(RegistrationVariables.EMULATION_YEAR, nextYear).putValue(RegistrationVariables.COLLECTIVE_TITLE, title)
                .putValue(RegistrationVariables.LDTT_COUNT, ldtt).putValue(RegistrationVariables.CSTDCS_COUNT, cstdcs)
                .putValue(RegistrationVariables.COMMITMENT, "Phấn đấu hoàn thành xuất sắc nhiệm vụ được giao.");
    }

    private ProcessInstance start(String unit, VariableMap variables) {
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(RegistrationVariables.PROCESS).latestVersion().singleResult().getId();
        return TestUsers.as(identityService, "canbo." + unit,
                () -> formService.submitStartForm(definitionId, variables));
    }

    private Task headTask(ProcessInstance pi) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_HeadReview")
                .singleResult();
    }
}

package vn.tdkt.statistics;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.InputRejectedException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * statistics-report in the whole application: the specialist opens the year's report from Tasklist, prepares it,
 * the head returns it with a reason, approves it; the figures are frozen and the audit chain tells each step;
 * bad answers are refused with a Vietnamese reason and nothing changes; others may not start or answer.
 */
@IntegrationTest
class StatisticsReportProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired TestRestTemplate rest;
    @Autowired StatisticsRepository reports;

    int year;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    }

    @Test
    void preparedReturnedAndApproved() {
        ProcessInstance pi = start("thamdinh", year, "TINH");
        long id = ((Number) runtimeService.getVariable(pi.getId(), "reportId")).longValue();
        assertThat(pi).isWaitingAt("Task_StatisticsPrepare").hasBusinessKey("BCTK-" + year + "-" + id);
        Task prepare = task(pi);
        assertThat(prepare).isAssignedTo("thamdinh");
        Assertions.assertThat(reports.get(id).status()).isEqualTo("DRAFT");

        // the figures not checked: refused, nothing changed
        Assertions.assertThatThrownBy(() -> TestUsers.as(identityService, "thamdinh", () -> taskService.complete(
                        prepare.getId(), Map.of("figuresChecked", false))))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("đối chiếu số liệu");
        assertThat(pi).isWaitingAt("Task_StatisticsPrepare");
        TestUsers.as(identityService, "thamdinh", () -> taskService.complete(prepare.getId(),
                Map.of("figuresChecked", true, "preparationNotes", "Số liệu khớp sổ khen thưởng.")));
        assertThat(pi).isWaitingAt("Task_StatisticsApprove");
        Assertions.assertThat(reports.get(id).status()).isEqualTo("SUBMITTED");
        Assertions.assertThat(reports.get(id).snapshot()).contains("0603.N/BNV-TĐKT");

        // the specialist may not approve; a return without a reason is refused
        Task approve = task(pi);
        Assertions.assertThat(rest.withBasicAuth("thamdinh", "demo").postForEntity("/engine-rest/task/"
                + approve.getId() + "/complete", Map.of("variables", Map.of("approvalDecision",
                Map.of("value", "approve"))), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThatThrownBy(() -> TestUsers.as(identityService, "lanhdao.snv", () -> taskService.complete(
                        approve.getId(), Map.of("approvalDecision", "return", "returnReason", "sai"))))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("lý do");
        var refused = rest.withBasicAuth("lanhdao.snv", "demo").postForEntity("/engine-rest/task/" + approve.getId()
                + "/complete", Map.of("variables", Map.of("approvalDecision", Map.of("value", "ký"))), String.class);
        Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(refused.getBody()).contains("Ý kiến của lãnh đạo Sở");
        TestUsers.as(identityService, "lanhdao.snv", () -> taskService.complete(approve.getId(), Map.of(
                "approvalDecision", "return", "returnReason", "Đề nghị rà soát lại số liệu tập thể doanh nghiệp.")));
        assertThat(pi).isWaitingAt("Task_StatisticsPrepare").hasPassed("Task_ReturnReport");
        Assertions.assertThat(reports.get(id).status()).isEqualTo("RETURNED");
        Assertions.assertThat(reports.get(id).returnReason()).contains("doanh nghiệp");

        TestUsers.as(identityService, "thamdinh", () -> taskService.complete(task(pi).getId(),
                Map.of("figuresChecked", true, "preparationNotes", "Đã rà soát lại.")));
        TestUsers.as(identityService, "lanhdao.snv", () -> taskService.complete(task(pi).getId(),
                Map.of("approvalDecision", "approve")));
        assertThat(pi).isEnded().hasPassed("Task_ApproveReport");
        StatisticsRepository.Report signed = reports.get(id);
        Assertions.assertThat(signed.status()).isEqualTo("APPROVED");
        Assertions.assertThat(signed.approvedBy()).isEqualTo("lanhdao.snv");

        // the audit chain tells the story
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        Assertions.assertThat(jdbc.sql("SELECT kind FROM audit_event WHERE business_key = ? ORDER BY seq")
                .param(signed.businessKey()).query(String.class).list())
                .contains("STATISTICS_REPORT_STARTED", "STATISTICS_REPORT_RETURNED", "STATISTICS_REPORT_APPROVED");

        // the signed files
        Assertions.assertThat(rest.withBasicAuth("lanhdao.snv", "demo").getForEntity("/api/statistics/reports/" + id
                + "/report.pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/statistics/reports/" + id
                + "/report.pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badStartsAndOtherRolesAreRefused() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("statistics-report").count();
        Assertions.assertThatThrownBy(() -> start("thamdinh", 2019, "TINH"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Năm báo cáo");
        Assertions.assertThatThrownBy(() -> start("thamdinh", year + 1, "TINH"))
                .isInstanceOf(InputRejectedException.class);
        Assertions.assertThatThrownBy(() -> start("thamdinh", year, "HUYEN"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Cấp khen thưởng");
        Assertions.assertThatThrownBy(() -> start("canbo.stp", year, "TINH"))
                .isInstanceOf(AuthorizationException.class);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("statistics-report")
                .count()).isEqualTo(before);
        Assertions.assertThat(repositoryService.getDeploymentResourceNames(repositoryService.getProcessDefinition(
                definitionId()).getDeploymentId())).contains("processes/statistics-report.bpmn",
                "forms/statistics-start.form", "forms/statistics-prepare.form", "forms/statistics-approve.form");
    }

    @Test
    void theStateLevelReportUsesForm0602() {
        ProcessInstance pi = start("thamdinh2", year, "TRUNG_UONG");
        long id = ((Number) runtimeService.getVariable(pi.getId(), "reportId")).longValue();
        Assertions.assertThat(reports.get(id).formCode()).isEqualTo("0602.N-2023");
        runtimeService.deleteProcessInstance(pi.getId(), "test cleanup");
    }

    private ProcessInstance start(String user, Object year, String level) {
        return TestUsers.as(identityService, user, () -> formService.submitStartForm(definitionId(),
                Variables.createVariables().putValue("reportYear", year).putValue("awardLevel", level)));
    }

    private String definitionId() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("statistics-report")
                .latestVersion().singleResult().getId();
    }

    private Task task(ProcessInstance pi) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }
}

package vn.tdkt.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestProvince;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.JsonVars;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A block member's own scoring in headless Chromium: a fresh block of three units is taken through the pact and
 * the mid-year report by the API and the engine, the unit's officer uploads the evidence through the dossier API
 * (Tasklist has no file picker), then opens "Tự chấm điểm thi đua" in Tasklist from the unit officers' filter,
 * claims it, types a score and the evidence's document number on every line of the score sheet and completes it.
 * The engine has left the task and the unit's own score sheet is recorded with the typed scores.
 */
@IntegrationTest
class BlockSelfScoreBrowserTest extends BrowserTestBase {

    static final String SELF_SCORE_TASK = "Tự chấm điểm thi đua";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    String block;
    String tag;
    int year;
    final List<String> units = new ArrayList<>();
    ProcessInstance cycle;
    /** No council member supervises a test block: the council secretary records the supervisor's steps. */
    final String secretary = TestProvince.COUNCIL_SECRETARY;

    @BeforeEach
    void blockAndBrowser() {
        year = LocalDate.now(clock).getYear() - 1;
        tag = UUID.randomUUID().toString().substring(0, 4).toLowerCase();
        block = "K" + tag.toUpperCase();
        TestOrganisation organisation = new TestOrganisation(rest, engine.getIdentityService(), unitGroups, profiles, jdbc);
        for (int i = 1; i <= 3; i++) {
            units.add(organisation.staffedUnit("b" + tag + i, "Đơn vị khối thử " + i + " (" + tag + ")"));
        }
        organisation.block(block, "Khối trình duyệt " + tag, year, units);
    }

    @AfterEach
    void deleteInstances() {
        if (cycle != null && engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).count() > 0) {
            engine.getRuntimeService().deleteProcessInstance(cycle.getId(), "browser test done", true);
        }
    }

    private static HttpHeaders json() {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return h;
    }

    private List<Task> tasks(String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(key).list();
    }

    private Task taskFor(String key, String group) {
        return engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(key)
                .taskCandidateGroup(group).singleResult();
    }

    private void complete(Task task, String user, Map<String, Object> vars) {
        TestUsers.as(engine.getIdentityService(), user, () -> engine.getTaskService().complete(task.getId(), vars));
    }

    private void executeTimer(String activity) {
        var job = engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).activityId(activity)
                .singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    /** Started by the leader's officer, pact signed by all and closed, mid-year reported: own scoring is due. */
    private void toSelfScoring() {
        ResponseEntity<String> started = rest.withBasicAuth("cb." + units.get(0), "demo").postForEntity(
                "/api/blocks/" + block + "/years/" + year + "/cycle", new HttpEntity<>("{}", json()), String.class);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        cycle = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(cycleKey()).singleResult();
        for (String unit : units) {
            complete(taskFor("Task_SignPact", "unit-head." + unit), "tt." + unit,
                    Map.of("pactSigned", true, "registeredTitle", "TTLDXS"));
        }
        complete(tasks("Task_ClosePact").get(0), "cb." + units.get(0), Map.of("pactClosed", true));
        complete(tasks("Task_SupervisePact").get(0), secretary, Map.of("supervisorAttended", true,
                "supervisorRemarks", "Các đơn vị ký giao ước đầy đủ, đúng thời hạn."));
        executeTimer("Timer_MidYear");
        for (String unit : units) {
            complete(taskFor("Task_MidYearReport", "unit-officer." + unit), "cb." + unit,
                    Map.of("midYearReport", "Sáu tháng đầu năm hoàn thành 55% chỉ tiêu, đúng tiến độ."));
        }
        complete(tasks("Task_ConsolidateMidYear").get(0), "cb." + units.get(0),
                Map.of("midYearSummary", "Các đơn vị trong khối hoàn thành tốt nhiệm vụ sáu tháng đầu năm."));
        complete(tasks("Task_SuperviseMidYear").get(0), secretary, Map.of("supervisorAttended", true,
                "supervisorRemarks", "Khối hoàn thành tốt nhiệm vụ sáu tháng đầu năm."));
        Task plan = tasks("Task_PlanInspection").get(0);
        List<Map<String, Object>> rows = vn.tdkt.workflow.JsonVars.listOfObjects(
                engine.getTaskService().getVariable(plan.getId(), "inspectionRows"));
        rows.get(0).put("visit", true);
        complete(plan, secretary, Map.of("inspectionFrom", year + "-09-15", "inspectionTo", year + "-09-30",
                "inspectionRows", vn.tdkt.workflow.JsonVars.json(rows)));
        complete(tasks("Task_InspectVisit").get(0), secretary, Map.of("visitFindings",
                "Đơn vị thực hiện giao ước đúng kế hoạch, hồ sơ đầy đủ."));
        executeTimer("Timer_YearEnd");
        assertThat(tasks("Task_SelfScore")).hasSize(units.size());
    }

    private String cycleKey() {
        return "KTD-" + block + "-" + year;
    }

    @Test
    void theUnitOfficerScoresTheUnitInTasklistWithEvidence() throws Exception {
        toSelfScoring();
        String unit = units.get(1);
        String officer = "cb." + unit;
        Task task = taskFor("Task_SelfScore", "unit-officer." + unit);
        List<Map<String, Object>> items = JsonVars.listOfObjects(
                engine.getRuntimeService().getVariableLocal(task.getExecutionId(), "scoreItems") != null
                        ? engine.getRuntimeService().getVariableLocal(task.getExecutionId(), "scoreItems")
                        : engine.getTaskService().getVariableLocal(task.getId(), "scoreItems"));
        assertThat(items).isNotEmpty();

        Tasklist tasklist = Tasklist.login(driver, base(), officer);
        tasklist.filter(Role.UNIT_OFFICER.tasklistFilterName());
        tasklist.openFromList(task.getId(), SELF_SCORE_TASK);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Tự chấm điểm", "Khối trình duyệt " + tag, "Bảng tự chấm",
                "Điểm tự chấm", cycleKey() + "-" + unit);
        HeadlessChromium.screenshot(driver, "cb-khoi-tu-cham-mo");

        // the evidence: the form's link opens the unit's evidence dossier, the officer uploads it there, comes back
        String evidenceDossier = cycleKey() + "-" + unit;
        String link = driver.findElement(By.cssSelector(".fjs-container a[href*='/pages/ho-so.html?hoSo=" + evidenceDossier + "']"))
                .getAttribute("href");
        driver.get(link);
        Path file = Files.write(Files.createTempDirectory("minh-chung").resolve("minh-chung-" + unit + ".pdf"),
                ProposalDossierBrowserTest.pdf("Minh chứng thi đua năm " + year + " của " + unit));
        DossierPage.uploadAndWait(driver, "KHAC", file);
        HeadlessChromium.screenshot(driver, "cb-khoi-minh-chung-da-tai");
        String evidence = String.valueOf(jdbc.sql("SELECT MAX(id) FROM dossier_document WHERE business_key = ?")
                .param(evidenceDossier).query(Long.class).single());
        tasklist.reopen(Role.UNIT_OFFICER.tasklistFilterName(), task.getId(), SELF_SCORE_TASK);
        // form-js shows the first five lines of the sheet until the list is expanded
        tasklist.expandLists();
        assertThat(tasklist.count("Điểm tự chấm")).isEqualTo(items.size());

        // every criterion at its maximum (whole points), bonus and penalty 0; the evidence on every line
        List<Integer> typed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            int score = "CRITERION".equals(item.get("kind")) ? (int) Math.floor(((Number) item.get("maxPoints")).doubleValue()) : 0;
            typed.add(score);
            tasklist.fill("Điểm tự chấm", i, String.valueOf(score));
            tasklist.select("Minh chứng", i, "minh-chung-" + unit + ".pdf – Tài liệu khác (số " + evidence + ")");
        }
        HeadlessChromium.screenshot(driver, "cb-khoi-tu-cham-da-nhap");
        // Save first: after edits inside a dynamic list Tasklist keeps Complete disabled until form-js revalidates
        tasklist.save();
        tasklist.complete(task.getId());
        HeadlessChromium.screenshot(driver, "cb-khoi-tu-cham-da-gui");

        // the task is done, the others wait still, and the unit's own sheet holds what was typed
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult()
                .getAssignee()).isEqualTo(officer);
        assertThat(tasks("Task_SelfScore")).hasSize(units.size() - 1);
        ResponseEntity<String> sheet = rest.withBasicAuth(officer, "demo").getForEntity(
                "/api/block-cycles/" + cycleKey() + "/sheets/" + unit + "?kind=SELF", String.class);
        assertThat(sheet.getStatusCode()).as(sheet.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode rows = new ObjectMapper().readTree(sheet.getBody());
        assertThat(rows).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(row.get("code").asText()).isEqualTo(items.get(i).get("code"));
            assertThat(row.get("score").asDouble()).as("score of " + row.get("code")).isEqualTo(typed.get(i).doubleValue());
            assertThat(row.get("evidenceDocumentId").asText()).isEqualTo(evidence);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM block_cycle_event WHERE business_key = ? AND unit_code = ?")
                .params(cycleKey(), unit).query(Integer.class).single()).isPositive();
    }
}

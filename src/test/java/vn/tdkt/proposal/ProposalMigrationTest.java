package vn.tdkt.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import vn.tdkt.documents.DossierService;
import vn.tdkt.model.ModelResources;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.ModelerDeployments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * A new version of commendation-proposal deployed from Camunda Modeler: a running proposal stays on the version it
 * started on, new proposals start on the new one, and an admin migrates the running one through /engine-rest
 * (generate a plan of equal activities, execute it); the migrated proposal carries on to its award on the new
 * version, with its SLA timers kept as they were.
 */
@IntegrationTest
class ProposalMigrationTest {

    static final String KEY = "commendation-proposal";
    static final String OLD_NAME = "Lãnh đạo Sở Nội vụ duyệt kết quả thẩm định";
    static final String NEW_NAME = "Lãnh đạo Sở Nội vụ phê duyệt kết quả thẩm định";
    static final String OLD_APPRAISAL_NAME = "Thẩm định hồ sơ đề nghị khen thưởng";
    static final String NEW_APPRAISAL_NAME = "Thẩm định hồ sơ đề nghị khen thưởng của đơn vị";
    /** What vn.tdkt.tasks appends to the modelled names of the running proposal's tasks. */
    static final String SUBJECT = ": Lê Thị Hồng Nhung – Sở Tư pháp";

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired ManagementService managementService;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    private final ObjectMapper json = new ObjectMapper();
    ProposalFixture f;
    String version2DeploymentId;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
    }

    /** Other tests share this engine and database: version 1 must be the latest again afterwards. */
    @AfterEach
    void removeVersion2() {
        if (version2DeploymentId != null) {
            Assertions.assertThat(ModelerDeployments.deleteCascade(rest, version2DeploymentId).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    /**
     * What an admin attaches in Modeler's deploy dialog: the changed diagram and, because the diagram binds its forms
     * and decisions with binding "deployment", every form and decision table it references.
     */
    private Map<String, byte[]> version2Files() {
        Map<String, byte[]> repository = ModelResources.fromDirectory(Path.of("."));
        String bpmn = new String(repository.get("processes/" + KEY + ".bpmn"), StandardCharsets.UTF_8);
        Assertions.assertThat(bpmn).contains("name=\"" + OLD_NAME + "\"", "name=\"" + OLD_APPRAISAL_NAME + "\"");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(KEY + ".bpmn", bpmn.replace("name=\"" + OLD_NAME + "\"", "name=\"" + NEW_NAME + "\"")
                .replace("name=\"" + OLD_APPRAISAL_NAME + "\"", "name=\"" + NEW_APPRAISAL_NAME + "\"")
                .getBytes(StandardCharsets.UTF_8));
        repository.forEach((name, content) -> {
            if (name.startsWith("forms/proposal-") || name.equals("processes/required-documents.dmn")
                    || name.equals("processes/needs-council.dmn")) {
                files.put(name.substring(name.indexOf('/') + 1), content);
            }
        });
        return files;
    }

    private JsonNode post(String url, Object body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.withBasicAuth("admin", "demo")
                .postForEntity(url, new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
        Assertions.assertThat(response.getStatusCode().is2xxSuccessful()).as(url + ": " + response.getBody()).isTrue();
        return response.getBody() == null ? null : json.readTree(response.getBody());
    }

    @Test
    void aRunningProposalKeepsItsVersionUntilAnAdminMigratesIt() throws Exception {
        int year = LocalDate.now(clock).getYear() - 1;
        String nominee = f.person("stp", "Lê Thị Hồng Nhung", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
        ProcessDefinition version1 = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult();

        // a proposal in the middle: accepted by the standing agency, under appraisal, SLA timers running
        ProcessInstance running = f.acceptedAtIntake("BK_TINH", year, nominee);
        assertThat(running).isWaitingAt("Task_Appraise");
        Task appraisal = f.task(running, "Task_Appraise");
        Date reminderDue = timer(running, "Timer_Reminder").getDuedate();
        Date overdueDue = timer(running, "Timer_Overdue").getDuedate();

        // version 2 from Camunda Modeler, as an admin
        ResponseEntity<String> deployed = ModelerDeployments.deploy(rest, "admin",
                KEY + " " + UUID.randomUUID().toString().substring(0, 8), version2Files());
        Assertions.assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
        version2DeploymentId = json.readTree(deployed.getBody()).path("id").asText();
        ProcessDefinition version2 = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult();
        Assertions.assertThat(version2.getDeploymentId()).isEqualTo(version2DeploymentId);
        Assertions.assertThat(version2.getVersion()).isEqualTo(version1.getVersion() + 1);

        // the running proposal stays on version 1; a new one starts on version 2
        Assertions.assertThat(instance(running).getProcessDefinitionId()).isEqualTo(version1.getId());
        String another = f.person("stp", "Phạm Quốc Việt", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
        ProcessInstance started = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, another);
        Assertions.assertThat(started.getProcessDefinitionId()).isEqualTo(version2.getId());

        // the admin migrates it: a plan mapping equal activities, executed for this instance
        ObjectNode generate = json.createObjectNode()
                .put("sourceProcessDefinitionId", version1.getId())
                .put("targetProcessDefinitionId", version2.getId());
        JsonNode plan = post("/engine-rest/migration/generate", generate);
        Assertions.assertThat(plan.path("instructions").toString()).contains("Task_Appraise", "SubProcess_Provincial",
                "Timer_Reminder", "Timer_Overdue");
        ObjectNode execute = json.createObjectNode();
        execute.set("migrationPlan", plan);
        execute.putArray("processInstanceIds").add(running.getId());
        execute.put("skipCustomListeners", false);
        execute.put("skipIoMappings", false);
        post("/engine-rest/migration/execute", execute);

        Assertions.assertThat(instance(running).getProcessDefinitionId()).isEqualTo(version2.getId());
        assertThat(running).isWaitingAt("Task_Appraise");
        // the open task is the same task (same id, due date, candidates), now of version 2; its name (the modelled name
        // of version 1 with the subject given at its creation) is not rewritten
        Task migrated = f.task(running, "Task_Appraise");
        Assertions.assertThat(migrated.getId()).isEqualTo(appraisal.getId());
        Assertions.assertThat(migrated.getProcessDefinitionId()).isEqualTo(version2.getId());
        Assertions.assertThat(migrated.getDueDate()).isEqualTo(appraisal.getDueDate());
        Assertions.assertThat(migrated.getName()).isEqualTo(OLD_APPRAISAL_NAME + SUBJECT);
        assertThat(migrated).hasCandidateGroup("sa-specialist");
        // the SLA timers move with it and keep their due dates
        Assertions.assertThat(timer(running, "Timer_Reminder").getProcessDefinitionId()).isEqualTo(version2.getId());
        Assertions.assertThat(timer(running, "Timer_Reminder").getDuedate()).isEqualTo(reminderDue);
        Assertions.assertThat(timer(running, "Timer_Overdue").getDuedate()).isEqualTo(overdueDue);

        // and it carries on to the award on version 2 (its forms and decisions come from version 2's deployment)
        f.appraiseAsIs(running);
        Assertions.assertThat(f.task(running, "Task_ApproveAppraisal").getName()).isEqualTo(NEW_NAME + SUBJECT);
        f.headApprovesAppraisal(running);
        assertThat(running).hasPassed("Task_NeedsCouncil").isWaitingAt("Task_ChairmanDecision");
        f.chairmanApprovesAll(running);
        assertThat(running).hasPassed("Task_IssueDecision").isEnded();
        Assertions.assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(running.getId()).activityId("End_Awarded").count()).isOne();
        Assertions.assertThat(jdbc.sql("SELECT status FROM commendation_proposal WHERE business_key = ?")
                .param(f.businessKey(running)).query(String.class).single()).isEqualTo("AWARDED");
    }

    private ProcessInstance instance(ProcessInstance pi) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }
}

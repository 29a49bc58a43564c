package vn.tdkt.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.ModelerDeployments;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.model.ProbeModels.TTL;
import static vn.tdkt.model.ProbeModels.bpmn;
import static vn.tdkt.model.ProbeModels.dmn;
import static vn.tdkt.model.ProbeModels.form;
import static vn.tdkt.model.ProbeModels.validTask;

/**
 * Deploying from Camunda Modeler through /engine-rest: administrators only; a model that breaks a rule is refused
 * with 400 and every problem (per resource, as Modeler lists them), and nothing of it is stored.
 */
@IntegrationTest
class ModelerDeploymentRestTest {

    @Autowired TestRestTemplate rest;
    @Autowired RepositoryService repositoryService;

    private final ObjectMapper json = new ObjectMapper();

    private static Map<String, byte[]> files(String... nameThenContent) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            files.put(nameThenContent[i], nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    private long deploymentsNamed(String name) {
        return repositoryService.createDeploymentQuery().deploymentName(name).count();
    }

    @Test
    void anAdminDeploysAValidDiagramWithItsForm() throws Exception {
        String key = unique("modeler-probe");
        ResponseEntity<String> response = ModelerDeployments.deploy(rest, "admin", key, files(
                key + ".bpmn", bpmn(key, TTL, validTask(key + "-form")), key + ".form", form(key + "-form")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode deployment = body(response);
        try {
            assertThat(deployment.path("source").asText()).isEqualTo("Camunda Modeler");
            assertThat(deployment.path("deployedProcessDefinitions").toString()).contains("\"key\":\"" + key + "\"");
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isOne();
            assertThat(repositoryService.getDeploymentResourceNames(deployment.path("id").asText()))
                    .containsExactlyInAnyOrder(key + ".bpmn", key + ".form");
        } finally {
            assertThat(ModelerDeployments.deleteCascade(rest, deployment.path("id").asText()).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    @Test
    void aFormOfLatestBindingResolvesAgainstTheFormsAlreadyDeployed() throws Exception {
        // proposal-intake is deployed with the repository's models; binding "latest" finds it there
        String key = unique("modeler-latest");
        ResponseEntity<String> response = ModelerDeployments.deploy(rest, "admin", key, files(key + ".bpmn",
                bpmn(key, TTL, "name=\"Tiếp nhận hồ sơ thử\" camunda:candidateGroups=\"unit-officer.${unitCode}\""
                        + " camunda:formRef=\"proposal-intake\" camunda:formRefBinding=\"latest\"")));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        ModelerDeployments.deleteCascade(rest, body(response).path("id").asText());
    }

    /** One deployment per kind of problem, each refused with its own message naming resource and element. */
    @Test
    void eachKindOfProblemIsRefusedWith400AndNothingIsStored() throws Exception {
        String groupAndForm = "camunda:candidateGroups=\"sa-specialist\" camunda:formRef=\"f-%s\" camunda:formRefBinding=\"deployment\"";
        record Case(String what, String processAttributes, String taskAttributes, boolean attachForm, String expected) { }
        List<Case> cases = List.of(
                new Case("no form", TTL, "name=\"Xét duyệt\" camunda:candidateGroups=\"sa-specialist\"", true,
                        "không có biểu mẫu Camunda"),
                new Case("form not in the deployment", TTL, "name=\"Xét duyệt\" " + groupAndForm, false,
                        "không trỏ tới biểu mẫu"),
                new Case("unknown group", TTL, "name=\"Xét duyệt\" camunda:candidateGroups=\"chuyen-vien-tham-dinh\""
                        + " camunda:formRef=\"f-%s\" camunda:formRefBinding=\"deployment\"", true, "\"chuyen-vien-tham-dinh\" không tồn tại"),
                new Case("English name", TTL, "name=\"Review dossier\" " + groupAndForm, true, "không phải tên tiếng Việt"),
                new Case("Modeler default name", TTL, "name=\"Task_1\" " + groupAndForm, true, "không phải tên tiếng Việt"),
                new Case("blank name", TTL, "name=\" \" " + groupAndForm, true, "không có tên tiếng Việt"),
                new Case("process without TTL", "", "name=\"Xét duyệt\" " + groupAndForm, true, "historyTimeToLive"));
        for (Case c : cases) {
            String key = unique("modeler-bad");
            Map<String, byte[]> files = files(key + ".bpmn", bpmn(key, c.processAttributes(), c.taskAttributes().formatted(key)));
            if (c.attachForm()) {
                files.putAll(files(key + ".form", form("f-" + key)));
            }
            ResponseEntity<String> response = ModelerDeployments.deploy(rest, "admin", key, files);

            assertThat(response.getStatusCode()).as(c.what()).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode body = body(response);
            assertThat(body.path("type").asText()).as(c.what()).isEqualTo("ParseException");
            assertThat(body.path("message").asText()).as(c.what()).contains(key + ".bpmn").contains(c.expected());
            JsonNode errors = body.path("details").path(key + ".bpmn").path("errors");
            assertThat(errors.size()).as(c.what()).isOne();
            assertThat(errors.get(0).path("message").asText()).as(c.what()).contains(c.expected());
            assertThat(errors.get(0).path("mainElementId").asText()).as(c.what())
                    .isEqualTo(c.what().equals("process without TTL") ? key : "Task_Review");
            assertThat(deploymentsNamed(key)).as(c.what()).isZero();
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        }
    }

    @Test
    void aDecisionWithoutTimeToLiveIsRefused() throws Exception {
        String key = unique("modeler-dmn");
        ResponseEntity<String> response = ModelerDeployments.deploy(rest, "admin", key, files(key + ".dmn", dmn(key, "")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = body(response).path("details").path(key + ".dmn").path("errors");
        assertThat(errors.size()).isOne();
        assertThat(errors.get(0).path("message").asText()).contains(key).contains("historyTimeToLive");
        assertThat(deploymentsNamed(key)).isZero();
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count()).isZero();
    }

    /** Modeler shows the details map: every problem of every resource is there at once. */
    @Test
    void everyProblemOfEveryResourceIsListedTogether() throws Exception {
        String key = unique("modeler-many");
        ResponseEntity<String> response = ModelerDeployments.deploy(rest, "admin", key, files(
                key + ".bpmn", bpmn(key, "", "name=\"Task_1\" camunda:candidateGroups=\"khong-co\""),
                key + ".dmn", dmn(key + "-d", "")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode details = body(response).path("details");
        List<String> bpmnErrors = new ArrayList<>();
        details.path(key + ".bpmn").path("errors").forEach(e -> bpmnErrors.add(e.path("message").asText()));
        assertThat(bpmnErrors).hasSize(4)
                .anyMatch(m -> m.contains("historyTimeToLive"))
                .anyMatch(m -> m.contains("không phải tên tiếng Việt"))
                .anyMatch(m -> m.contains("\"khong-co\" không tồn tại"))
                .anyMatch(m -> m.contains("camunda:formRef"));
        assertThat(details.path(key + ".dmn").path("errors").size()).isOne();
        assertThat(body(response).path("message").asText()).contains("5 lỗi");
        assertThat(deploymentsNamed(key)).isZero();
    }

    @Test
    void theJavaApiIsCheckedToo() {
        String key = unique("java-api-bad");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> repositoryService.createDeployment().name(key)
                        .addString(key + ".bpmn", bpmn(key, TTL, "name=\"Review\" camunda:assignee=\"admin\"")).deploy())
                .isInstanceOf(ModelsRefusedException.class)
                .hasMessageContaining("không phải tên tiếng Việt")
                .hasMessageContaining("camunda:formRef");
        assertThat(deploymentsNamed(key)).isZero();
    }

    @Test
    void onlyAdminsDeployRedeployDeleteOrSuspend() throws Exception {
        String key = unique("modeler-roles");
        Map<String, byte[]> valid = files(key + ".bpmn", bpmn(key, TTL, validTask(key + "-form")),
                key + ".form", form(key + "-form"));
        for (String user : List.of("canbo.stp", "thamdinh", "thanhtra", "lanhdao.snv")) {
            ResponseEntity<String> refused = ModelerDeployments.deploy(rest, user, key, valid);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(user).contains("FORBIDDEN").contains("không được phép");
        }
        assertThat(deploymentsNamed(key)).isZero();

        ResponseEntity<String> deployed = ModelerDeployments.deploy(rest, "admin", key, valid);
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        String deploymentId = body(deployed).path("id").asText();
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .singleResult().getId();
        try {
            TestRestTemplate officer = rest.withBasicAuth("canbo.stp", "demo");
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            // the named-engine spelling of the same endpoints is closed as well
            assertThat(officer.postForEntity("/engine-rest/engine/default/deployment/create", new HttpEntity<>("{}", headers),
                    String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(officer.postForEntity("/engine-rest/deployment/" + deploymentId + "/redeploy",
                    new HttpEntity<>("{}", headers), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(officer.exchange("/engine-rest/deployment/" + deploymentId + "?cascade=true", HttpMethod.DELETE,
                    null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(officer.exchange("/engine-rest/process-definition/" + definitionId + "/suspended", HttpMethod.PUT,
                    new HttpEntity<>("{\"suspended\":true}", headers), String.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(officer.exchange("/engine-rest/process-definition/" + definitionId, HttpMethod.DELETE,
                    null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(officer.exchange("/engine-rest/decision-definition/key/needs-council/history-time-to-live",
                    HttpMethod.PUT, new HttpEntity<>("{\"historyTimeToLive\":1}", headers), String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(repositoryService.getProcessDefinition(definitionId).isSuspended()).isFalse();

            // reading stays as it was
            assertThat(officer.getForEntity("/engine-rest/deployment/" + deploymentId, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(officer.getForEntity("/engine-rest/process-definition/" + definitionId, String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);

            // the admin may suspend and activate
            TestRestTemplate admin = rest.withBasicAuth("admin", "demo");
            assertThat(admin.exchange("/engine-rest/process-definition/" + definitionId + "/suspended", HttpMethod.PUT,
                    new HttpEntity<>("{\"suspended\":true}", headers), String.class).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(repositoryService.getProcessDefinition(definitionId).isSuspended()).isTrue();
        } finally {
            assertThat(ModelerDeployments.deleteCascade(rest, deploymentId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        assertThat(deploymentsNamed(key)).isZero();
    }
}

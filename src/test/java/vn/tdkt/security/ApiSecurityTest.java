package vn.tdkt.security;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestProvince;
import vn.tdkt.support.TestUsers;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may reach /engine-rest and /api: anonymous 401, the wrong role 403, the right role 200. */
@IntegrationTest
class ApiSecurityTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private TestOrganisation organisation() {
        return new TestOrganisation(rest, engine.getIdentityService(), unitGroups, profiles, jdbc);
    }

    /** An officer's account of its own (password "demo"): the waits set here touch no other test's user. */
    private String freshAccount() {
        String id = "canbo.an" + UUID.randomUUID().toString().substring(0, 6);
        organisation().user(id, TestProvince.UNIT, Role.UNIT_OFFICER);
        return id;
    }

    @Test
    void engineRestNeedsAuthentication() {
        ResponseEntity<String> anonymous = rest.getForEntity("/engine-rest/process-definition", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(anonymous.getBody()).contains("UNAUTHENTICATED").contains("Cần đăng nhập");

        ResponseEntity<String> officer = rest.withBasicAuth("canbo.stp", "demo")
                .getForEntity("/engine-rest/process-definition?key=emulation-registration", String.class);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(officer.getBody()).contains("\"key\":\"emulation-registration\"");
    }

    @Test
    void wrongPasswordIsRefused() {
        ResponseEntity<String> wrong = rest.withBasicAuth(freshAccount(), "sai-mat-khau")
                .getForEntity("/engine-rest/process-definition", String.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> unknown = rest.withBasicAuth("khong-ton-tai", "demo")
                .getForEntity("/api/me", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void loginThrottlingIsOn() {
        // three wrong passwords are free; the fourth attempt from the same source waits (429), even with the right one
        String account = freshAccount();
        for (int i = 0; i < 3; i++) {
            assertThat(rest.withBasicAuth(account, "doan-sai-" + i).getForEntity("/api/me", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> held = rest.withBasicAuth(account, "demo").getForEntity("/api/me", String.class);
        assertThat(held.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(held.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(held.getBody()).contains("LOGIN_HELD_BACK").contains("hãy chờ");
    }

    @Test
    void onlyAdminsDeployThroughEngineRest() {
        assertThat(deploy(null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> officer = deploy("canbo.stp");
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officer.getBody()).contains("FORBIDDEN").contains("không được phép");

        ResponseEntity<String> auditor = deploy("thanhtra");
        assertThat(auditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> admin = deploy("admin");
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody()).contains("security-probe");
        String deploymentId = JsonPath.read(admin.getBody(), "$.id");
        assertThat(rest.withBasicAuth("admin", "demo").exchange("/engine-rest/deployment/" + deploymentId
                + "?cascade=true", HttpMethod.DELETE, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void engineAuthorizationsFollowTheCaller() {
        // a unit's registration for next year waits for its head, who sees it; the head of another unit does not
        String unit = organisation().staffedUnit("dk" + UUID.randomUUID().toString().substring(0, 6), "Đơn vị đăng ký thử");
        String other = organisation().staffedUnit("dk" + UUID.randomUUID().toString().substring(0, 6), "Đơn vị khác");
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("emulation-registration").latestVersion().singleResult().getId();
        TestUsers.as(engine.getIdentityService(), "cb." + unit, () -> engine.getFormService().submitStartForm(
                definitionId, Variables.createVariables().putValue("emulationYear", LocalDate.now(clock).getYear() + 1)
                        .putValue("collectiveTitle", "TTLDTT").putValue("ldttCount", 10).putValue("cstdcsCount", 1)
                        .putValue("commitment", "Phấn đấu hoàn thành xuất sắc nhiệm vụ được giao.")));
        ResponseEntity<String> head = rest.withBasicAuth("tt." + unit, "demo")
                .getForEntity("/engine-rest/task?processDefinitionKey=emulation-registration", String.class);
        assertThat(head.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(head.getBody()).contains("Thủ trưởng ký duyệt bản đăng ký thi đua");

        ResponseEntity<String> otherHead = rest.withBasicAuth("tt." + other, "demo")
                .getForEntity("/engine-rest/task?taskDefinitionKey=Task_HeadReview", String.class);
        assertThat(otherHead.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(otherHead.getBody()).isEqualTo("[]");
    }

    @Test
    void apiReadsNeedAnyUserAndRegistryWritesNeedAdmin() {
        assertThat(rest.getForEntity("/api/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<Map> me = rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/me", Map.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("unitCode", "stp").containsEntry("unitName", "Sở Tư pháp");
        assertThat(me.getBody().get("roles").toString()).contains("unit-officer");

        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> body = new HttpEntity<>("{\"code\":\"x\"}", json);
        assertThat(rest.exchange("/api/units", HttpMethod.POST, body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> officerWrite = rest.withBasicAuth("canbo.stp", "demo")
                .exchange("/api/units", HttpMethod.POST, body, String.class);
        assertThat(officerWrite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officerWrite.getBody()).contains("FORBIDDEN").contains("không được phép");
    }

    @Test
    void apiAnswersCarrySecurityHeaders() {
        ResponseEntity<String> me = rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/me", String.class);
        assertThat(me.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(me.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(me.getHeaders().getCacheControl()).contains("no-store");
    }

    @Test
    void unknownPathsAreClosed() {
        assertThat(rest.getForEntity("/actuator/env", String.class).getStatusCode())
                .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> deploy(String user) {
        // a valid model (with its layout), so that only who deploys decides the answer
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://tdkt.vn/test">
                  <bpmn:process id="security-probe" name="Thử quyền triển khai" isExecutable="true"
                      camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="s" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="diagram">
                    <bpmndi:BPMNPlane id="plane" bpmnElement="security-probe">
                      <bpmndi:BPMNShape id="s_di" bpmnElement="s"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """;
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "security-probe");
        parts.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "security-probe.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        return client.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    }
}

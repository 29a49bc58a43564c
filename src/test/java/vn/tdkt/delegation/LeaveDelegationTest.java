package vn.tdkt.delegation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.audit.ProposalTimelines;
import vn.tdkt.audit.TimelineEntry;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestProvince;
import vn.tdkt.support.TestUsers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Delegation while on leave, end to end: the head of Sở Tư pháp names the deputy head for two days ahead; a proposal's
 * Task_HeadSign created inside those days reaches the deputy, who claims and completes it over /engine-rest as
 * Tasklist does, while one created before or after does not; the reroute is in the audit chain and the proposal's
 * timeline. A secret-ballot task stays with the absent voter. The API refuses bad ranges (400, nothing stored) and
 * other people's substitutions (403).
 */
@IntegrationTest
class LeaveDelegationTest {

    static final String HEAD = "thutruong.stp";
    static final String DEPUTY = "phothutruong.stp";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired DossierService dossiers;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;
    @Autowired vn.tdkt.registry.common.Today provinceToday;
    @Autowired ProposalTimelines timelines;

    final ObjectMapper json = new ObjectMapper();
    ProposalFixture f;
    TaskService tasks;
    int year;
    LocalDate today;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        tasks = engine.getTaskService();
        year = LocalDate.now(clock).getYear() - 1;
        today = provinceToday.date();
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        // substitutions of this class stay on record but never reroute another test's tasks
        jdbc.sql("UPDATE leave_substitution SET cancelled_by = 'test', cancelled_at = ? WHERE cancelled_at IS NULL")
                .param(new Timestamp(System.currentTimeMillis())).update();
    }

    /** Moves the engine's clock to 09:00 of that day in the province. */
    private void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(provinceToday.zone()).toInstant()));
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String url, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(url, method, new HttpEntity<>(body, headers), String.class);
    }

    private String range(String substitute, LocalDate from, LocalDate to) {
        return "{\"substituteId\":\"" + substitute + "\",\"fromDate\":\"" + from + "\",\"toDate\":\"" + to
                + "\",\"reason\":\"Đi công tác tại Bộ Tư pháp\"}";
    }

    private long nameDeputy(LocalDate from, LocalDate to) throws Exception {
        ResponseEntity<String> named = call(HEAD, HttpMethod.POST, "/api/me/substitutions", range(DEPUTY, from, to));
        Assertions.assertThat(named.getStatusCode()).as(named.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(named.getBody());
        Assertions.assertThat(body.path("substituteName").asText()).isEqualTo("Trần Thị Minh Thư");
        return body.path("id").asLong();
    }

    /** A proposal of Sở Tư pháp whose dossier is submitted (Task_HeadSign created) on that day, or now. */
    private ProcessInstance submittedOn(LocalDate day, String nomineeName) {
        String nominee = f.person("stp", nomineeName, Map.of("CSTDCS", List.of(year - 1, year), "LDTT", List.of(year)),
                Map.of(year, "XUAT_SAC"));
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        f.uploadAll(pi, "canbo.stp");
        if (day != null) {
            at(day);
        }
        f.submitDossier(pi);
        return pi;
    }

    private List<String> candidateUsers(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getUserId() != null).map(IdentityLink::getUserId)
                .toList();
    }

    private int rerouteRecords(String processInstanceId) {
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = ? AND process_instance_id = ?")
                .params(AuditKind.TASK_REROUTED_TO_SUBSTITUTE.name(), processInstanceId).query(Integer.class).single();
    }

    @Test
    void aHeadSignCreatedDuringTheLeaveReachesTheDeputyWhoClaimsAndCompletesItOverEngineRest() throws Exception {
        LocalDate from = today.plusDays(2);
        LocalDate to = today.plusDays(3);
        nameDeputy(from, to);

        ProcessInstance before = submittedOn(null, "Phạm Văn Trước");
        ProcessInstance inside = submittedOn(from, "Phạm Văn Trong");
        Task headSign = f.task(inside, "Task_HeadSign");
        Assertions.assertThat(candidateUsers(headSign)).containsExactly(DEPUTY);
        Assertions.assertThat(tasks.getIdentityLinksForTask(headSign.getId())).anyMatch(l -> "unit-head.stp".equals(l.getGroupId()));
        Assertions.assertThat(candidateUsers(f.task(before, "Task_HeadSign"))).as("created before the leave").isEmpty();

        // the deputy, as Tasklist does: finds it among the group's tasks, opens its form, claims, completes
        at(to);
        ResponseEntity<String> list = call(DEPUTY, HttpMethod.GET, "/engine-rest/task?candidateUser=" + DEPUTY
                + "&processInstanceId=" + inside.getId(), null);
        Assertions.assertThat(list.getBody()).contains(headSign.getId());
        Assertions.assertThat(call(DEPUTY, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + before.getId(), null)
                .getBody()).as("the task from before the leave stays invisible").isEqualTo("[]");
        Assertions.assertThat(call(DEPUTY, HttpMethod.GET, "/engine-rest/task/" + headSign.getId() + "/deployed-form", null)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> claim = call(DEPUTY, HttpMethod.POST, "/engine-rest/task/" + headSign.getId() + "/claim",
                "{\"userId\":\"" + DEPUTY + "\"}");
        Assertions.assertThat(claim.getStatusCode()).as(claim.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> done = call(DEPUTY, HttpMethod.POST, "/engine-rest/task/" + headSign.getId() + "/complete",
                "{\"variables\":{\"headDecision\":{\"value\":\"APPROVE\"},\"submissionNumber\":{\"value\":\""
                        + f.submissionNumber(inside) + "\"},\"submissionDate\":{\"value\":\"" + to + "\"}}}");
        Assertions.assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Assertions.assertThat(f.task(inside, "Task_Intake")).isNotNull();
        Assertions.assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(headSign.getId())
                .singleResult().getAssignee()).isEqualTo(DEPUTY);

        // after the leave: the head's own again
        ProcessInstance after = submittedOn(to.plusDays(1), "Phạm Văn Sau");
        Task late = f.task(after, "Task_HeadSign");
        Assertions.assertThat(candidateUsers(late)).isEmpty();
        Assertions.assertThat(call(DEPUTY, HttpMethod.GET, "/engine-rest/task/" + late.getId(), null)
                .getStatusCode().is4xxClientError()).isTrue();
        Assertions.assertThat(call(DEPUTY, HttpMethod.POST, "/engine-rest/task/" + late.getId() + "/claim",
                "{\"userId\":\"" + DEPUTY + "\"}").getStatusCode().is4xxClientError()).isTrue();

        // the audit chain and the proposal's timeline
        Assertions.assertThat(rerouteRecords(inside.getId())).isEqualTo(1);
        Assertions.assertThat(rerouteRecords(before.getId()) + rerouteRecords(after.getId())).isZero();
        List<TimelineEntry> timeline = timelines.timeline(f.businessKey(inside), inside.getId());
        Assertions.assertThat(timeline).filteredOn(e -> e.kind().equals(AuditKind.TASK_REROUTED_TO_SUBSTITUTE.name()))
                .singleElement().satisfies(e -> {
                    Assertions.assertThat(e.kindLabel()).isEqualTo("Chuyển việc cho người thay thế");
                    Assertions.assertThat(e.summary()).contains(DEPUTY).contains(HEAD).contains("unit-head.stp");
                    Assertions.assertThat(e.details()).containsEntry("via", "unit-head.stp")
                            .containsEntry("taskId", headSign.getId());
                    Assertions.assertThat(e.actor()).isEqualTo("canbo.stp");
                });
        Assertions.assertThat(timeline).filteredOn(e -> e.kind().equals(AuditKind.IDENTITY_LINK_ADDED.name()))
                .as("the engine's own identity link").anyMatch(e -> DEPUTY.equals(e.details().get("userId")));
    }

    @Test
    void aTaskAssignedToTheAbsentHeadGoesToTheDeputyUnlessTheHeadTakesItHimself() throws Exception {
        ProcessInstance pi = submittedOn(null, "Đỗ Văn Giao");
        Task task = f.task(pi, "Task_HeadSign");
        nameDeputy(today.plusDays(1), today.plusDays(1));
        at(today.plusDays(1));

        TestUsers.as(engine.getIdentityService(), "admin", () -> tasks.setAssignee(task.getId(), HEAD));
        Assertions.assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(DEPUTY);
        Assertions.assertThat(rerouteRecords(pi.getId())).isEqualTo(1);

        TestUsers.as(engine.getIdentityService(), "admin", () -> tasks.setAssignee(task.getId(), null));
        TestUsers.as(engine.getIdentityService(), HEAD, () -> tasks.claim(task.getId(), HEAD));
        Assertions.assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .as("the head on leave claims it himself").isEqualTo(HEAD);
        Assertions.assertThat(rerouteRecords(pi.getId())).isEqualTo(1);
    }

    @Test
    void namingAndCancellingOverTheApiWithRefusals() throws Exception {
        int rowsBefore = jdbc.sql("SELECT COUNT(*) FROM leave_substitution").query(Integer.class).single();
        ResponseEntity<String> officer = call(HEAD, HttpMethod.POST, "/api/me/substitutions",
                range("canbo.stp", today, today.plusDays(1)));
        Assertions.assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(officer.getBody()).contains("SUBSTITUTION_REFUSED").contains("không giữ vai trò");
        ResponseEntity<String> past = call(HEAD, HttpMethod.POST, "/api/me/substitutions",
                range(DEPUTY, today.minusDays(1), today.plusDays(1)));
        Assertions.assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(past.getBody()).contains("ngày đã qua");
        ResponseEntity<String> reversed = call(HEAD, HttpMethod.POST, "/api/me/substitutions",
                range(DEPUTY, today.plusDays(3), today.plusDays(2)));
        Assertions.assertThat(reversed.getBody()).contains("không được trước ngày bắt đầu");
        ResponseEntity<String> otherUnit = call(HEAD, HttpMethod.POST, "/api/me/substitutions",
                range(TestProvince.OTHER_UNIT_HEAD, today, today));
        Assertions.assertThat(otherUnit.getBody()).contains("cùng đơn vị");
        Assertions.assertThat(call(HEAD, HttpMethod.POST, "/api/me/substitutions", "{\"fromDate\":\"mai\"}")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // a substitute who is not in the list to pick from (an unknown account): 400 in Vietnamese
        ResponseEntity<String> unknown = call(HEAD, HttpMethod.POST, "/api/me/substitutions",
                range("khong.co.ai", today, today));
        Assertions.assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(json.readTree(unknown.getBody()).path("message").asText())
                .contains("Không có tài khoản người thay thế 'khong.co.ai'.");
        Assertions.assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(json.readTree(reversed.getBody()).path("message").asText()).contains("Ngày kết thúc "
                + SubstitutionRules.day(today.plusDays(2)) + " không được trước ngày bắt đầu "
                + SubstitutionRules.day(today.plusDays(3)) + ".");
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM leave_substitution").query(Integer.class).single())
                .as("nothing stored").isEqualTo(rowsBefore);

        long id = nameDeputy(today, today.plusDays(4));
        ResponseEntity<String> overlap = call(HEAD, HttpMethod.POST, "/api/me/substitutions",
                range(DEPUTY, today.plusDays(4), today.plusDays(6)));
        Assertions.assertThat(overlap.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(overlap.getBody()).contains("Trùng thời gian với ủy quyền số " + id);
        ResponseEntity<String> chain = call("admin", HttpMethod.POST, "/api/substitutions",
                "{\"userId\":\"" + DEPUTY + "\"," + range(HEAD, today.plusDays(1), today.plusDays(1)).substring(1));
        Assertions.assertThat(chain.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(chain.getBody()).contains("không ủy quyền nối tiếp");

        // both sides see it; the deputy may not cancel it, nor may anyone but an admin use /api/substitutions
        Assertions.assertThat(call(HEAD, HttpMethod.GET, "/api/me/substitutions", null).getBody())
                .contains("\"id\":" + id).contains("Đang có hiệu lực");
        Assertions.assertThat(call(DEPUTY, HttpMethod.GET, "/api/me/substitutions", null).getBody()).contains("\"id\":" + id);
        Assertions.assertThat(call(DEPUTY, HttpMethod.DELETE, "/api/me/substitutions/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(call(HEAD, HttpMethod.GET, "/api/substitutions", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(call(HEAD, HttpMethod.DELETE, "/api/substitutions/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(call("canbo.stp", HttpMethod.POST, "/api/substitutions",
                "{\"userId\":\"" + HEAD + "\"," + range(DEPUTY, today, today).substring(1)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(call("canbo.stp", HttpMethod.POST, "/api/me/substitutions",
                "{\"userId\":\"" + HEAD + "\"," + range(DEPUTY, today, today).substring(1)).getStatusCode())
                .as("naming for someone else through /api/me").isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(rest.getForEntity("/api/me/substitutions", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> cancelled = call(HEAD, HttpMethod.DELETE, "/api/me/substitutions/" + id, null);
        Assertions.assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(json.readTree(cancelled.getBody()).path("status").asText()).isEqualTo("CANCELLED");
        Assertions.assertThat(call(HEAD, HttpMethod.DELETE, "/api/me/substitutions/" + id, null).getBody())
                .contains("đã bị hủy");
        Assertions.assertThat(call(HEAD, HttpMethod.DELETE, "/api/me/substitutions/999999999", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // an administrator names and cancels for the head
        ResponseEntity<String> byAdmin = call("admin", HttpMethod.POST, "/api/substitutions",
                "{\"userId\":\"" + HEAD + "\"," + range(DEPUTY, today.plusDays(1), today.plusDays(2)).substring(1));
        Assertions.assertThat(byAdmin.getStatusCode()).as(byAdmin.getBody()).isEqualTo(HttpStatus.CREATED);
        long adminId = json.readTree(byAdmin.getBody()).path("id").asLong();
        Assertions.assertThat(json.readTree(byAdmin.getBody()).path("createdBy").asText()).isEqualTo("admin");
        Assertions.assertThat(call("admin", HttpMethod.GET, "/api/substitutions?userId=" + HEAD, null).getBody())
                .contains("\"id\":" + adminId).contains("\"id\":" + id);
        Assertions.assertThat(call("admin", HttpMethod.DELETE, "/api/substitutions/" + adminId, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        Map<String, Integer> records = new java.util.HashMap<>();
        ledger.sealWaiting();
        jdbc.sql("SELECT kind, COUNT(*) FROM audit_event WHERE business_key IN (?, ?) GROUP BY kind")
                .params(SubstitutionService.key(id), SubstitutionService.key(adminId))
                .query((rs, n) -> records.put(rs.getString(1), rs.getInt(2))).list();
        Assertions.assertThat(records).containsEntry(AuditKind.SUBSTITUTE_NAMED.name(), 2)
                .containsEntry(AuditKind.SUBSTITUTION_CANCELLED.name(), 2);
    }

    @Test
    void theListToPickASubstituteFromHoldsOnlyThoseWhoMayStandIn() throws Exception {
        JsonNode forHead = json.readTree(call(HEAD, HttpMethod.GET, "/api/me/substitute-options", null).getBody());
        List<String> ids = new java.util.ArrayList<>();
        forHead.forEach(o -> ids.add(o.path("value").asText()));
        // the deputy head of the same unit, by name, position and unit; never the officer nor another unit's head
        Assertions.assertThat(ids).contains(DEPUTY).doesNotContain(HEAD, "canbo.stp", TestProvince.OTHER_UNIT_HEAD);
        JsonNode deputy = forHead.get(ids.indexOf(DEPUTY));
        Assertions.assertThat(deputy.path("label").asText())
                .isEqualTo("Trần Thị Minh Thư — Phó thủ trưởng cơ quan, đơn vị, Sở Tư pháp");
        // each one offered is accepted by the rules the API applies
        for (String id : ids) {
            SubstitutionRules.Person p = new SubstitutionRules.Person(id, true, groups(id), "stp", true);
            Assertions.assertThat(SubstitutionRules.standInViolations(new SubstitutionRules.Person(HEAD, true,
                    groups(HEAD), "stp", true), p, List.of(vn.tdkt.identity.Role.UNIT_HEAD))).as(id).isEmpty();
        }
        // a specialist may be replaced by another specialist
        JsonNode forSpecialist = json.readTree(call("thamdinh", HttpMethod.GET, "/api/me/substitute-options", null)
                .getBody());
        List<String> specialists = new java.util.ArrayList<>();
        forSpecialist.forEach(o -> specialists.add(o.path("value").asText()));
        Assertions.assertThat(specialists).contains("thamdinh2").doesNotContain("thamdinh", "tiepnhan");
        // someone without tasks to hand over gets an empty list; strangers 401
        Assertions.assertThat(json.readTree(call("thanhtra", HttpMethod.GET, "/api/me/substitute-options", null)
                .getBody())).isEmpty();
        Assertions.assertThat(rest.getForEntity("/api/me/substitute-options", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private java.util.Set<String> groups(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aSecretBallotTaskStaysWithTheAbsentVoter() throws Exception {
        String deployment = engine.getRepositoryService().createDeployment().name("leave-probe")
                .addString("leave-probe.bpmn", PROBE).addString("leave-probe.form", PROBE_FORM).deploy().getId();
        try {
            nameDeputy(today.plusDays(1), today.plusDays(1));
            at(today.plusDays(1));
            ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("leave-probe",
                    Map.of("member", HEAD));
            Task vote = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Ballot").singleResult();
            Task sign = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Sign").singleResult();
            Assertions.assertThat(vote.getAssignee()).isEqualTo(HEAD);
            Assertions.assertThat(sign.getAssignee()).as("the same person's ordinary task").isEqualTo(DEPUTY);
            Assertions.assertThat(rerouteRecords(pi.getId())).isEqualTo(1);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    /** Two tasks of the same person at once: a secret ballot and an ordinary signature (a valid model: layout, forms). */
    private static final String PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://tdkt.vn/test" id="d">
              <bpmn:process id="leave-probe" name="Thử ủy quyền khi vắng mặt" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="s" />
                <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="fork" />
                <bpmn:parallelGateway id="fork" />
                <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="Task_Ballot" />
                <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="Task_Sign" />
                <bpmn:userTask id="Task_Ballot" name="Bỏ phiếu kín thử" camunda:assignee="${member}"
                    camunda:formRef="leave-probe" camunda:formRefBinding="deployment">
                  <bpmn:extensionElements>
                    <camunda:inputOutput><camunda:inputParameter name="secretBallot" /></camunda:inputOutput>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:userTask id="Task_Sign" name="Ký văn bản thử" camunda:assignee="${member}"
                    camunda:formRef="leave-probe" camunda:formRefBinding="deployment" />
                <bpmn:sequenceFlow id="f4" sourceRef="Task_Ballot" targetRef="e1" />
                <bpmn:sequenceFlow id="f5" sourceRef="Task_Sign" targetRef="e2" />
                <bpmn:endEvent id="e1" />
                <bpmn:endEvent id="e2" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="diagram">
                <bpmndi:BPMNPlane id="plane" bpmnElement="leave-probe">
                  <bpmndi:BPMNShape id="s_di" bpmnElement="s"><dc:Bounds x="100" y="160" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="fork_di" bpmnElement="fork"><dc:Bounds x="180" y="153" width="50" height="50" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Task_Ballot_di" bpmnElement="Task_Ballot"><dc:Bounds x="280" y="60" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Task_Sign_di" bpmnElement="Task_Sign"><dc:Bounds x="280" y="220" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="e1_di" bpmnElement="e1"><dc:Bounds x="440" y="82" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="e2_di" bpmnElement="e2"><dc:Bounds x="440" y="242" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="178" /><di:waypoint x="180" y="178" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="205" y="153" /><di:waypoint x="205" y="100" /><di:waypoint x="280" y="100" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="205" y="203" /><di:waypoint x="205" y="260" /><di:waypoint x="280" y="260" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="380" y="100" /><di:waypoint x="440" y="100" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="f5_di" bpmnElement="f5"><di:waypoint x="380" y="260" /><di:waypoint x="440" y="260" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>""";

    private static final String PROBE_FORM = """
            {"id": "leave-probe", "type": "default", "schemaVersion": 16,
             "components": [{"id": "Text_1", "type": "text", "text": "Biểu mẫu thử"}]}""";
}

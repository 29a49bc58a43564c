package vn.tdkt.council;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import vn.tdkt.ballot.Choice;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.workflow.JsonVars;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every door of /engine-rest around a council member's voting task, tried by the member himself and by an
 * administrator (who holds every engine permission): no variable of a voting task can be written, changed or
 * removed (no draft of a ballot), the ballot carries nothing else, nobody hands a ballot to another; a vote after the
 * box closed, a second vote and an unknown task get a Vietnamese 409/404, never a 500; and fifteen members voting
 * in the same second all get their vote in.
 */
@IntegrationTest
class SecretBallotDoorsTest {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    ProposalFixture proposals;
    CouncilFixture council;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        proposals = new ProposalFixture(engine, jdbc, dossiers);
        council = new CouncilFixture(engine, jdbc, proposals, LocalDate.now(clock).getYear() - 1);
    }

    @Test
    void noDraftNoExtraDataNoReassignmentAndLateOrSecondVotesAreTurnedAwayInVietnamese() throws Exception {
        String nominee = council.provincialFighter("Tạ Minh Khôi");
        ProcessInstance proposal = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", nominee);
        ProcessInstance session = council.startSession("Phiên họp thử các lối vào phiếu bầu");
        council.select(session, Set.of(proposals.businessKey(proposal)));
        council.attendance(session, 15, 0);
        String candidate = council.candidates(session).get(nominee);
        List<String> members = council.members(session);
        String member = members.get(2);
        Task task = council.voteTask(session, member);
        String filled = JsonVars.toJson(JsonVars.toJson(council.filledBallot(task, Map.of(candidate, Choice.KHONG_DONG_Y))));
        String draft = "{\"type\":\"Json\",\"value\":" + filled + "}";

        for (String who : List.of(member, "admin")) {
            String t = "/engine-rest/task/" + task.getId();
            forbidden(send(who, HttpMethod.PUT, t + "/variables/secretBallot", draft));
            forbidden(send(who, HttpMethod.POST, t + "/variables", "{\"modifications\":{\"secretBallot\":" + draft + "}}"));
            forbidden(send(who, HttpMethod.PUT, t + "/localVariables/secretBallot", draft));
            forbidden(send(who, HttpMethod.POST, t + "/localVariables", "{\"modifications\":{\"secretBallot\":" + draft + "}}"));
            forbidden(send(who, HttpMethod.PUT, t + "/localVariables/ghiNho", "{\"value\":\"C1 không đồng ý\"}"));
            forbidden(send(who, HttpMethod.DELETE, t + "/localVariables/secretBallot", null));
            forbidden(binary(who, t + "/localVariables/secretBallot/data"));
            forbidden(send(who, HttpMethod.POST, t + "/claim", "{\"userId\":\"" + members.get(3) + "\"}"));
            forbidden(send(who, HttpMethod.POST, t + "/delegate", "{\"userId\":\"" + members.get(3) + "\"}"));
            forbidden(send(who, HttpMethod.POST, t + "/identity-links", "{\"userId\":\"" + members.get(3)
                    + "\",\"type\":\"candidate\"}"));
        }
        forbidden(send("admin", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"admin\"}"));
        forbidden(send("admin", HttpMethod.PUT, "/engine-rest/execution/" + task.getExecutionId()
                + "/localVariables/secretBallot", draft));
        forbidden(send("admin", HttpMethod.POST, "/engine-rest/process-instance/" + session.getId() + "/variables",
                "{\"modifications\":{\"secretBallotNhap\":" + draft + "}}"));
        // the admin may not vote in the member's place, nor anyone else: an officer of a unit, another member
        for (String stranger : List.of("canbo.stp", members.get(3))) {
            ResponseEntity<String> answer = send(stranger, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                    "{\"variables\":{\"secretBallot\":" + draft + "}}");
            Assertions.assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
            Assertions.assertThat(answer.getBody()).contains("Chỉ người được giao phiếu bầu này");
        }
        forbidden(send("admin", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"secretBallot\":" + draft + "}}"));
        // the ballot carries nothing but the ballot
        ResponseEntity<String> extra = send(member, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"secretBallot\":" + draft + ",\"ghiChu\":{\"value\":\"tôi không đồng ý\"}}}");
        Assertions.assertThat(extra.getStatusCode().value()).as(extra.getBody()).isEqualTo(400);
        Assertions.assertThat(extra.getBody()).contains("chỉ nhận phiếu bầu", "ghiChu");

        // nothing changed: the member still holds a blank paper and nothing of a choice is stored
        Task same = council.voteTask(session, member);
        Assertions.assertThat(same.getAssignee()).isEqualTo(member);
        Assertions.assertThat(send("admin", HttpMethod.GET, "/engine-rest/variable-instance?processInstanceIdIn="
                + session.getId(), null).getBody()).doesNotContain("KHONG_DONG_Y", "ghiNho", "secretBallotNhap");

        // fifteen members in the same second: every vote is in, none lost to the engine's optimistic locking
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (String m : members.subList(0, 14)) {
            Task own = council.voteTask(session, m);
            String body = "{\"variables\":{\"secretBallot\":{\"type\":\"Json\",\"value\":" + JsonVars.toJson(JsonVars.toJson(
                    council.filledBallot(own, Map.of(candidate, Choice.DONG_Y)))) + "}}}";
            Callable<ResponseEntity<String>> vote = () -> {
                start.await();
                return send(m, HttpMethod.POST, "/engine-rest/task/" + own.getId() + "/submit-form", body);
            };
            answers.add(pool.submit(vote));
        }
        start.countDown();
        for (Future<ResponseEntity<String>> a : answers) {
            Assertions.assertThat(a.get().getStatusCode().value()).as(a.get().getBody()).isEqualTo(204);
        }
        pool.shutdown();

        // a second vote, then a late one after the box closed, then a task that never was
        ResponseEntity<String> second = send(member, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"secretBallot\":" + draft + "}}");
        Assertions.assertThat(second.getStatusCode().value()).as(second.getBody()).isEqualTo(409);
        Assertions.assertThat(second.getBody()).contains("đã được bỏ vào hòm phiếu");
        String last = members.get(14);
        Task lateTask = council.voteTask(session, last);
        council.closeVoting(session);
        ResponseEntity<String> late = send(last, HttpMethod.POST, "/engine-rest/task/" + lateTask.getId() + "/submit-form",
                "{\"variables\":{\"secretBallot\":" + draft + "}}");
        Assertions.assertThat(late.getStatusCode().value()).as(late.getBody()).isEqualTo(409);
        Assertions.assertThat(late.getBody()).contains("Hòm phiếu đã đóng").doesNotContain("Cannot");
        ResponseEntity<String> unknown = send(last, HttpMethod.POST, "/engine-rest/task/khong-co-viec-nay/complete", "{}");
        Assertions.assertThat(unknown.getStatusCode().value()).as(unknown.getBody()).isEqualTo(404);
        Assertions.assertThat(unknown.getBody()).contains("Không tìm thấy công việc");

        assertThat(session).isWaitingAt("Task_MinutesSecretary");
        Assertions.assertThat(jdbc.sql("SELECT yes_votes, votes_cast FROM council_candidate WHERE session_key = ?")
                .param(council.key(session)).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single())
                .containsExactly(14, 14);
    }

    private static void forbidden(ResponseEntity<String> answer) {
        Assertions.assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
        Assertions.assertThat(answer.getBody()).containsIgnoringCase("phiếu bầu");
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String url, String body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(url, method, new HttpEntity<>(body, h), String.class);
    }

    private ResponseEntity<String> binary(String user, String url) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("data", new ByteArrayResource("C1:KHONG_DONG_Y".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "phieu.txt";
            }
        });
        parts.add("valueType", "Bytes");
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(parts, h), String.class);
    }
}

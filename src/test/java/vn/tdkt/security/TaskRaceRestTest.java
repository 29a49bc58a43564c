package vn.tdkt.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.proposal.ProposalSteps;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.workflow.TaskRaceAnswers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two reception officers act on the same intake task over /engine-rest at the same instant (issue 17): the one who
 * loses the race gets a 4xx with a Vietnamese message and a type to branch on, never a 500.
 */
@IntegrationTest
class TaskRaceRestTest {

    static final String PASSWORD = "Race-2026!";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;
    @LocalServerPort int port;

    final HttpClient http = HttpClient.newHttpClient();
    ProposalFixture f;
    String first;
    String second;

    @BeforeEach
    void receivers() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        first = receiver();
        second = receiver();
    }

    private String receiver() {
        IdentityService identity = engine.getIdentityService();
        String id = "race." + UUID.randomUUID().toString().substring(0, 8);
        User u = identity.newUser(id);
        u.setFirstName("Cán bộ");
        u.setLastName("Tiếp nhận");
        u.setPassword(PASSWORD);
        identity.saveUser(u);
        identity.createMembership(id, "sa-receiver");
        return id;
    }

    private String intakeTask() {
        int year = LocalDate.now(clock).getYear() - 1;
        String nominee = f.person("stp", "Trần Văn Tranh", Map.of("CSTDCS", List.of(year - 1, year),
                "LDTT", List.of(year - 1, year)), Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        f.headApproves(pi);
        return f.task(pi, ProposalSteps.INTAKE).getId();
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Both users send their request when both are ready; the answers in the order of the users. */
    private List<HttpResponse<String>> together(String path, java.util.function.Function<String, String> body)
            throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String user : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    barrier.await();
                    return post(user, path, body.apply(user));
                }));
            }
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> a : answers) {
                out.add(a.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void twoReviewersClaimingOneTaskGetOne204AndOneVietnamese409() throws Exception {
        for (int round = 0; round < 3; round++) {
            String taskId = intakeTask();
            // both users authenticated once before, as API clients that keep working are
            post(first, "/engine-rest/task/count", "{}");
            post(second, "/engine-rest/task/count", "{}");

            List<HttpResponse<String>> answers = together("/engine-rest/task/" + taskId + "/claim",
                    user -> "{\"userId\":\"" + user + "\"}");

            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
            Assertions.assertThat(statuses).as(answers.stream().map(HttpResponse::body).toList().toString())
                    .containsExactly(204, 409);
            int winner = answers.get(0).statusCode() == 204 ? 0 : 1;
            JsonNode refusal = JSON.readTree(answers.get(1 - winner).body());
            Assertions.assertThat(refusal.path("type").asText()).isEqualTo(TaskRaceAnswers.CLAIMED);
            Assertions.assertThat(refusal.path("message").asText()).startsWith("Công việc này đã được người khác nhận");
            Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
                    .isEqualTo(List.of(first, second).get(winner));
        }
    }

    @Test
    void claimingATaskClaimedBeforeIs409WithTheAssignee() throws Exception {
        String taskId = intakeTask();
        Assertions.assertThat(post(first, "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + first + "\"}")
                .statusCode()).isEqualTo(204);

        HttpResponse<String> late = post(second, "/engine-rest/task/" + taskId + "/claim",
                "{\"userId\":\"" + second + "\"}");

        Assertions.assertThat(late.statusCode()).isEqualTo(409);
        JsonNode body = JSON.readTree(late.body());
        Assertions.assertThat(body.path("type").asText()).isEqualTo(TaskRaceAnswers.CLAIMED);
        Assertions.assertThat(body.path("message").asText()).contains("đã được người khác nhận (" + first + ")");
    }

    @Test
    void twoReviewersCompletingOneTaskGetOne204AndA404Or409NeverA500() throws Exception {
        for (int round = 0; round < 6; round++) {
            String taskId = intakeTask();

            List<HttpResponse<String>> answers = together("/engine-rest/task/" + taskId + "/complete",
                    user -> "{\"variables\":{\"intakeDecision\":{\"value\":\"ACCEPT\",\"type\":\"String\"}}}");

            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
            Assertions.assertThat(statuses).as(answers.stream().map(HttpResponse::body).toList().toString())
                    .hasSize(2).first().isEqualTo(204);
            HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() != 204).findFirst().orElseThrow();
            Assertions.assertThat(loser.statusCode()).as(loser.body()).isIn(404, 409);
            Assertions.assertThat(JSON.readTree(loser.body()).path("message").asText()).startsWith("Công việc này");
        }
    }

    /**
     * The narrow race of the 50-reviewer benchmark (1 claim in 1,463): the engine read the task, then a completion
     * committed and took the task's authorizations with it, then the claim's authorization check failed. The refusal
     * names the task; it is gone, so the answer is the lost race's 404, not "your role may not". A refusal on a task
     * that is still there, or on no task, stays a 403.
     */
    @Test
    void aRefusalOnATaskThatACompletionJustRemovedIsA404AndOnAnExistingTaskStaysA403() throws Exception {
        String gone = intakeTask();
        String there = intakeTask();
        engine.getTaskService().complete(gone, Map.of("intakeDecision", "ACCEPT"));
        vn.tdkt.web.EngineRestConflictMapping.ConflictMapper mapper = new vn.tdkt.web.EngineRestConflictMapping.ConflictMapper();

        jakarta.ws.rs.core.Response lost = mapper.toResponse(new org.camunda.bpm.engine.AuthorizationException(first,
                new org.camunda.bpm.engine.authorization.MissingAuthorization("TASK_WORK", "Task", gone)));
        Assertions.assertThat(lost.getStatus()).isEqualTo(404);
        JsonNode body = JSON.valueToTree(lost.getEntity());
        Assertions.assertThat(body.path("type").asText()).isEqualTo(TaskRaceAnswers.GONE);
        Assertions.assertThat(body.path("message").asText()).startsWith("Công việc này không còn");
        Assertions.assertThat(new vn.tdkt.web.WebappEngineApiErrors.EngineFailures().toResponse(
                new org.camunda.bpm.engine.AuthorizationException(first, new org.camunda.bpm.engine.authorization
                        .MissingAuthorization("TASK_WORK", "Task", gone))).getStatus())
                .as("Tasklist's engine API answers the same").isEqualTo(404);

        Assertions.assertThat(mapper.toResponse(new org.camunda.bpm.engine.AuthorizationException(first,
                new org.camunda.bpm.engine.authorization.MissingAuthorization("TASK_WORK", "Task", there))).getStatus())
                .as("the task is there: the refusal stands").isEqualTo(403);
        Assertions.assertThat(mapper.toResponse(new org.camunda.bpm.engine.AuthorizationException(first,
                new org.camunda.bpm.engine.authorization.MissingAuthorization("CREATE_INSTANCE", "ProcessDefinition",
                        "commendation-proposal"))).getStatus()).isEqualTo(403);
    }
}

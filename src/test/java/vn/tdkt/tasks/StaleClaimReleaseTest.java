package vn.tdkt.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestUsers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims cut off by a crash can be released: by the user who holds them (Tasklist's "Trả lại việc", the REST unclaim),
 * by an administrator at once (POST /api/tasks/stale-claims/release), and by the timed release of claims left
 * untouched longer than tdkt.tasks.stale-claim.max-age; each timed or bulk release is in the audit chain.
 */
@IntegrationTest
class StaleClaimReleaseTest {

    @Autowired TaskService taskService;
    @Autowired StaleClaimRelease release;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        created.forEach(id -> taskService.deleteTask(id, true));
    }

    private String groupTask(String group) {
        Task task = taskService.newTask("stale-claim-" + UUID.randomUUID());
        task.setName("Việc thử nhận quá lâu");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
        created.add(task.getId());
        return task.getId();
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private long audited(String taskId) {
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'STALE_CLAIM_RELEASED' AND payload LIKE ?")
                .param("%" + taskId + "%").query(Long.class).single();
    }

    @Test
    void claimsUntouchedLongerThanTheAgeGoBackToTheGroupAndAreAudited() {
        Instant start = Instant.now();
        ClockUtil.setCurrentTime(Date.from(start));
        String old = groupTask("sa-specialist");
        taskService.claim(old, "thamdinh");
        Task direct = taskService.newTask("stale-claim-direct-" + UUID.randomUUID());
        String assignedByProcess = direct.getId();
        direct.setName("Việc giao thẳng cho một người");
        direct.setAssignee("thamdinh");
        taskService.saveTask(direct);
        created.add(assignedByProcess);

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(9))));
        String recent = groupTask("sa-specialist");
        taskService.claim(recent, "thamdinh2");

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(10)).plusSeconds(60)));
        List<String> released = release.releaseOlderThan(Duration.ofDays(10), null);

        assertThat(released).contains(old).doesNotContain(recent, assignedByProcess);
        assertThat(assignee(old)).isNull();
        assertThat(assignee(recent)).isEqualTo("thamdinh2");
        assertThat(assignee(assignedByProcess)).isEqualTo("thamdinh");
        assertThat(audited(old)).isEqualTo(1);
        assertThat(audited(recent)).isZero();

        // a second round (or the other node's) finds nothing more to release
        assertThat(release.releaseOlderThan(Duration.ofDays(10), null)).doesNotContain(old);
        assertThat(audited(old)).isEqualTo(1);
    }

    @Test
    void theAssigneeUnclaimsOverRestAndAnAdministratorReleasesInBulk() throws Exception {
        String mine = groupTask("sa-specialist");
        taskService.claim(mine, "thamdinh");
        ResponseEntity<String> unclaim = rest.withBasicAuth("thamdinh", TestUsers.PASSWORD)
                .postForEntity("/engine-rest/task/" + mine + "/unclaim", null, String.class);
        assertThat(unclaim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(assignee(mine)).isNull();

        String cutOff = groupTask("sa-specialist");
        taskService.claim(cutOff, "thamdinh2");
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(3))));

        ResponseEntity<String> refused = rest.withBasicAuth("thamdinh", TestUsers.PASSWORD)
                .postForEntity("/api/tasks/stale-claims/release", Map.of("olderThan", "PT2H"), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(assignee(cutOff)).isEqualTo("thamdinh2");

        ResponseEntity<String> invalid = rest.withBasicAuth("admin", TestUsers.PASSWORD)
                .postForEntity("/api/tasks/stale-claims/release", Map.of("olderThan", "hai giờ"), String.class);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody()).contains("ISO-8601");

        ResponseEntity<String> done = rest.withBasicAuth("admin", TestUsers.PASSWORD)
                .postForEntity("/api/tasks/stale-claims/release", Map.of("olderThan", "PT2H"), String.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(done.getBody());
        assertThat(body.get("taskIds").toString()).contains(cutOff);
        assertThat(assignee(cutOff)).isNull();
        ledger.sealWaiting();
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE kind = 'STALE_CLAIM_RELEASED' AND payload LIKE ?")
                .param("%" + cutOff + "%").query(String.class).single()).isEqualTo("admin");
    }
}

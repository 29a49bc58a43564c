package vn.tdkt.security;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.BrowserSession;
import vn.tdkt.support.Http;
import vn.tdkt.support.Http.Body;
import vn.tdkt.support.Http.FilePart;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestUsers;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Read-only means read-only: the auditor and the standing agency's head see every task's history but write on none —
 * no comment (comments enter the audit timeline the auditor checks), no attachment, running or completed — through
 * /engine-rest, Tasklist's API or the Java API; a task's own candidates and assignee comment on it, in Tasklist too.
 */
@IntegrationTest
class TaskWritesTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    ProposalFixture proposals;
    ProcessInstance pi;
    String key;
    String headTask;
    String doneTask;

    @BeforeEach
    void proposalWaitingForTheHead() {
        proposals = new ProposalFixture(engine, jdbc, dossiers);
        int year = LocalDate.now(clock).getYear() - 1;
        String nominee = proposals.person("stp", "Vũ Thị Ý Kiến", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        pi = proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        proposals.uploadAll(pi, "canbo.stp");
        proposals.submitDossier(pi);
        key = proposals.businessKey(pi);
        headTask = proposals.task(pi, "Task_HeadSign").getId();
        doneTask = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_CompleteDossier").singleResult().getId();
    }

    private List<Comment> comments(String taskId) {
        return engine.getTaskService().getTaskComments(taskId);
    }

    /** Comments in the proposal's audit timeline (records of its process instance or of its key). */
    private long timelineComments() {
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'COMMENT' AND (business_key = ?"
                + " OR process_instance_id = ? OR root_process_instance_id = ?)").params(key, pi.getId(), pi.getId())
                .query(Long.class).single();
    }

    @Test
    void readOnlyRolesWriteNoCommentOnAnyTask() {
        Body comment = Body.json("{\"message\":\"Ý kiến của người chỉ được xem\"}");
        for (String reader : List.of("thanhtra", "lanhdao.snv")) {
            for (String task : List.of(headTask, doneTask)) {
                Http.Response r = Http.to(port).send("POST", "/engine-rest/task/" + task + "/comment/create", reader,
                        comment);
                assertThat(r.status()).as(reader + " on " + task + ": " + r).isIn(403, 409);
                assertThat(r.body()).containsAnyOf("vai trò xem, kiểm tra không ghi ý kiến", "đã kết thúc");
            }
            Http.Response attachment = Http.to(port).send("POST", "/engine-rest/task/" + headTask + "/attachment/create",
                    reader, Http.multipart(Map.of("attachment-name", "x.txt", "content",
                            new FilePart("x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))));
            assertThat(attachment.status()).as(reader + ": " + attachment).isEqualTo(403);
            // nor through the Java API
            assertThatThrownBy(() -> TestUsers.as(engine.getIdentityService(), reader,
                    () -> engine.getTaskService().createComment(headTask, pi.getId(), "qua Java API")))
                    .isInstanceOf(AuthorizationException.class);
        }
        // the auditor's Cockpit session reaches the webapps' engine API: refused there too
        BrowserSession auditor = BrowserSession.signIn(port, "thanhtra", "cockpit");
        Http.Response viaWebapp = auditor.change("POST", "/camunda/api/engine/engine/default/task/" + headTask
                + "/comment/create", comment);
        assertThat(viaWebapp.status()).as(viaWebapp.toString()).isEqualTo(403);
        assertThat(comments(headTask)).isEmpty();
        assertThat(engine.getTaskService().getTaskAttachments(headTask)).isEmpty();
        assertThat(timelineComments()).isZero();
    }

    @Test
    void theTasksCandidatesAndAssigneeComment() {
        // the head of Sở Tư pháp is a candidate (group unit-head.stp): in Tasklist, on the webapps' session
        BrowserSession head = BrowserSession.signIn(port, "thutruong.stp", "tasklist");
        Http.Response inTasklist = head.change("POST", "/camunda/api/engine/engine/default/task/" + headTask
                + "/comment/create", Body.json("{\"message\":\"Đề nghị bổ sung số liệu năm trước.\"}"));
        assertThat(inTasklist.status()).as(inTasklist.toString()).isEqualTo(200);
        // and reads the comments of his task there (Camunda looks the task up in its history first)
        Http.Response read = head.get("/camunda/api/engine/engine/default/task/" + headTask + "/comment");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(read.body(), "$[*].message"))
                .contains("Đề nghị bổ sung số liệu năm trước.");

        // once he has claimed it, as its assignee, over /engine-rest
        engine.getTaskService().claim(headTask, "thutruong.stp");
        Http.Response assignee = Http.to(port).send("POST", "/engine-rest/task/" + headTask + "/comment/create",
                "thutruong.stp", Body.json("{\"message\":\"Đã xem, sẽ ký.\"}"));
        assertThat(assignee.status()).as(assignee.toString()).isEqualTo(200);
        Http.Response attachment = Http.to(port).send("POST", "/engine-rest/task/" + headTask + "/attachment/create",
                "thutruong.stp", Http.multipart(Map.of("attachment-name", "ghi-chu.txt", "attachment-type", "text/plain",
                        "content", new FilePart("ghi-chu.txt", "text/plain", "ghi chú".getBytes(StandardCharsets.UTF_8)))));
        assertThat(attachment.status()).as(attachment.toString()).isEqualTo(200);

        // another unit's head is no candidate
        assertThat(Http.to(port).send("POST", "/engine-rest/task/" + headTask + "/comment/create", "thutruong.syt",
                Body.json("{\"message\":\"x\"}")).status()).isIn(403, 404);

        assertThat(comments(headTask)).extracting(Comment::getFullMessage)
                .containsExactlyInAnyOrder("Đề nghị bổ sung số liệu năm trước.", "Đã xem, sẽ ký.");
        assertThat(comments(headTask)).extracting(Comment::getUserId).containsOnly("thutruong.stp");
        assertThat(timelineComments()).isEqualTo(2);
    }

    @Test
    void aCommentWrittenIsNeitherChangedNorDeletedButByAnAdministrator() {
        Comment written = TestUsers.as(engine.getIdentityService(), "thutruong.stp",
                () -> engine.getTaskService().createComment(headTask, pi.getId(), "Ý kiến ban đầu"));
        engine.getTaskService().claim(headTask, "thutruong.stp");
        Http.Response change = Http.to(port).send("PUT", "/engine-rest/task/" + headTask + "/comment", "thutruong.stp",
                Body.json("{\"id\":\"" + written.getId() + "\",\"message\":\"Ý kiến đã sửa\"}"));
        assertThat(change.status()).as(change.toString()).isEqualTo(403);
        Http.Response delete = Http.to(port).send("DELETE", "/engine-rest/task/" + headTask + "/comment/"
                + written.getId(), "thutruong.stp", null);
        assertThat(delete.status()).as(delete.toString()).isEqualTo(403);
        assertThatThrownBy(() -> TestUsers.as(engine.getIdentityService(), "thutruong.stp",
                () -> engine.getTaskService().deleteTaskComment(headTask, written.getId())))
                .isInstanceOf(AuthorizationException.class);
        assertThat(comments(headTask)).extracting(Comment::getFullMessage).containsExactly("Ý kiến ban đầu");
    }
}

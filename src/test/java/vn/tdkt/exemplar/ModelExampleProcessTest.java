package vn.tdkt.exemplar;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
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
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.InputRejectedException;

import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of model-example in the whole application: a unit proposes, uploads pictures, the head and the standing
 * agency return it, refuse it or accept it, publishing is approved, the public page, pictures and Atom feed show it
 * to anonymous readers (and nothing before), units record that they replicated it, a commendation proposal is
 * started, the nurture plan's timer raises follow-up reports, and withdrawal takes it off the page and the feed.
 * Roles are tested both ways on every task and endpoint.
 */
@IntegrationTest
class ModelExampleProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired TestRestTemplate rest;

    static final String STORY = "Từ mô hình tổ hợp tác trồng mãng cầu hữu cơ, anh Bảy hướng dẫn 30 hộ cùng áp"
            + " dụng quy trình sạch, ký hợp đồng bao tiêu và giúp 12 hộ thoát nghèo bền vững.";

    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        // the mass organisations whose examples the tests follow, Tỉnh Đoàn with one of its people to put forward
        TestOrganisation org = new TestOrganisation(rest, identityService, unitGroups, profiles, jdbc);
        org.department("hnd", "Hội Nông dân tỉnh", "MAT_TRAN_DOAN_THE");
        org.department("hccb", "Hội Cựu chiến binh tỉnh", "MAT_TRAN_DOAN_THE");
        org.department("tdoan", "Tỉnh Đoàn", "MAT_TRAN_DOAN_THE");
        if (jdbc.sql("SELECT COUNT(*) FROM person p JOIN org_unit u ON u.id = p.unit_id WHERE u.code = 'tdoan'")
                .query(Long.class).single() == 0) {
            new ProposalFixture(processEngine, jdbc, null).person("tdoan", "Lâm Thanh Niên", Map.of(), Map.of());
        }
    }

    @Test
    void proposedPublishedReplicatedAndWithdrawn() {
        ProcessInstance pi = start("hnd", "Tổ hợp tác mãng cầu hữu cơ <Bà Đen>", "MODEL");
        long id = exampleId(pi);
        assertThat(pi).isWaitingAt("Task_ExampleDossier").hasBusinessKey("GDH-" + id);
        Task dossier = task(pi, "Task_ExampleDossier");
        assertThat(dossier).isAssignedTo("canbo.hnd");
        Assertions.assertThat(dossier.getName()).contains("Tổ hợp tác mãng cầu hữu cơ");

        // nothing unpublished is public, and the signed-in API is closed to anonymous callers
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Assertions.assertThat(anonymous("/api/model-examples/" + id).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        Assertions.assertThat(anonymous("/api/model-examples").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        Assertions.assertThat(as("canbo.stp").getForEntity("/api/model-examples/" + id, String.class).getStatusCode())
                .as("another unit's draft").isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(as("canbo.stp").getForObject("/api/model-examples", String.class))
                .doesNotContain("GDH-" + id + "\"");
        Assertions.assertThat(as("thamdinh").getForObject("/api/model-examples", String.class))
                .contains("\"GDH-" + id + "\"");

        // no picture yet: the dossier is refused and stays open
        Assertions.assertThatThrownBy(() -> TestUsers.as(identityService, "canbo.hnd",
                        () -> taskService.complete(dossier.getId())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Chưa có ảnh");

        // pictures: only the unit's officer, only images whose bytes are images
        Assertions.assertThat(upload("canbo.stp", id, "anh.png", ExampleRulesTest.TestPictures.png(40, 30, 0x8e1414))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(upload("thutruong.hnd", id, "anh.png", ExampleRulesTest.TestPictures.png(40, 30, 0))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> fake = upload("canbo.hnd", id, "anh.png", "<html>not a picture</html>".getBytes());
        Assertions.assertThat(fake.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(fake.getBody()).contains("không phải ảnh PNG hoặc JPEG");
        ResponseEntity<String> stored = upload("canbo.hnd", id, "mang-cau.png",
                ExampleRulesTest.TestPictures.png(64, 48, 0x2e7d32));
        Assertions.assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long pictureId = jdbc.sql("SELECT MAX(id) FROM model_example_picture WHERE example_id = ?").param(id)
                .query(Long.class).single();
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id + "/anh/" + pictureId).getStatusCode())
                .as("an unpublished picture").isEqualTo(HttpStatus.NOT_FOUND);
        Assertions.assertThat(as("canbo.hnd").getForEntity("/api/model-examples/" + id + "/pictures/" + pictureId,
                byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);

        // a picture chosen by mistake is removed by the unit's officer only, while the unit completes the dossier
        Assertions.assertThat(upload("canbo.hnd", id, "nham.png", ExampleRulesTest.TestPictures.png(16, 16, 0x123456))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long wrongId = jdbc.sql("SELECT MAX(id) FROM model_example_picture WHERE example_id = ?").param(id)
                .query(Long.class).single();
        Assertions.assertThat(deletePicture(rest, id, wrongId).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        Assertions.assertThat(deletePicture(as("canbo.stp"), id, wrongId).getStatusCode())
                .as("another unit's officer").isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(deletePicture(as("thutruong.hnd"), id, wrongId).getStatusCode())
                .as("the unit's head").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> unknown = deletePicture(as("canbo.hnd"), id, wrongId + 1000);
        Assertions.assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Assertions.assertThat(unknown.getBody()).contains("không có ảnh số");
        Assertions.assertThat(deletePicture(as("canbo.hnd"), id, wrongId).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Assertions.assertThat(deletePicture(as("canbo.hnd"), id, wrongId).getStatusCode())
                .as("removed once").isEqualTo(HttpStatus.NOT_FOUND);
        Assertions.assertThat(jdbc.sql("SELECT id FROM model_example_picture WHERE example_id = ?").param(id)
                .query(Long.class).list()).containsExactly(pictureId);
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE business_key = ? AND kind ="
                + " 'DOCUMENT_DELETED'").param("GDH-" + id).query(Integer.class).single()).isEqualTo(1);

        TestUsers.as(identityService, "canbo.hnd", () -> taskService.complete(dossier.getId()));
        assertThat(pi).isWaitingAt("Task_ExampleHeadReview");
        Assertions.assertThat(upload("canbo.hnd", id, "them.png", ExampleRulesTest.TestPictures.png(8, 8, 0))
                .getStatusCode()).as("no picture once sent to the head").isEqualTo(HttpStatus.CONFLICT);
        Assertions.assertThat(deletePicture(as("canbo.hnd"), id, pictureId).getStatusCode())
                .as("no removal once sent to the head").isEqualTo(HttpStatus.CONFLICT);

        // the head of another unit may not complete; the head of this one approves
        Task review = task(pi, "Task_ExampleHeadReview");
        Assertions.assertThat(restComplete("thutruong.stp", review, "{\"headDecision\":{\"value\":\"approve\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(restComplete("thutruong.hnd", review, "{\"headDecision\":{\"value\":\"return\"}}")
                .getStatusCode()).as("a return without reason").isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(restComplete("thutruong.hnd", review, "{\"headDecision\":{\"value\":\"approve\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(pi).isWaitingAt("Task_ExampleVetting");
        Assertions.assertThat(status(id)).isEqualTo("VETTING");

        // vetting: a unit's officer may not; acceptance needs the plan and the summary
        Task vetting = task(pi, "Task_ExampleVetting");
        Assertions.assertThat(restComplete("canbo.hnd", vetting, "{\"vettingDecision\":{\"value\":\"accept\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> bare = restComplete("thamdinh", vetting, "{\"vettingDecision\":{\"value\":\"accept\"}}");
        Assertions.assertThat(bare.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(bare.getBody()).contains("Kế hoạch bồi dưỡng");
        accept(vetting, false);
        assertThat(pi).isWaitingAt("Task_ExamplePublishApproval");
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id).getStatusCode())
                .as("accepted, not yet approved for publishing").isEqualTo(HttpStatus.NOT_FOUND);

        Task approval = task(pi, "Task_ExamplePublishApproval");
        Assertions.assertThat(restComplete("thamdinh", approval, "{\"publishDecision\":{\"value\":\"approve\"}}")
                .getStatusCode()).as("the specialist does not approve publishing").isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(restComplete("lanhdao.snv", approval, "{\"publishDecision\":{\"value\":\"approve\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(pi).isWaitingAt("Task_ExampleMonitor").hasVariables("publicAddress");

        // the public page, the picture and the feed, without sign-in
        ResponseEntity<String> page = anonymous("/guong-dien-hinh/" + id);
        Assertions.assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        Assertions.assertThat(page.getBody()).contains("Tổ hợp tác mãng cầu hữu cơ &lt;Bà Đen&gt;")
                .doesNotContain("<Bà Đen>")
                .contains("name=\"viewport\"", "property=\"og:image\"", "/guong-dien-hinh/" + id + "/anh/" + pictureId,
                        "Mô hình mới, nhân tố mới", "Hội Nông dân");
        Assertions.assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
        ResponseEntity<byte[]> picture = rest.getForEntity("/guong-dien-hinh/" + id + "/anh/" + pictureId,
                byte[].class);
        Assertions.assertThat(picture.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(picture.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        Assertions.assertThat(anonymous("/guong-dien-hinh").getBody()).contains("/guong-dien-hinh/" + id + "\"");
        ResponseEntity<String> feed = anonymous("/guong-dien-hinh/nguon-tin.atom");
        Assertions.assertThat(feed.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
        AtomFeedCheck.assertValidAtom(feed.getBody());
        Assertions.assertThat(feed.getBody()).contains("<id>http://localhost:8080/guong-dien-hinh/" + id + "</id>")
                .contains("Tổ hợp tác mãng cầu hữu cơ &lt;Bà Đen&gt;");

        // replication: another unit once, never the unit itself, never a role outside the units
        Assertions.assertThat(replicate("canbo.stp", id, "Áp dụng mô hình tại 3 xã của huyện cũ.").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Assertions.assertThat(replicate("thutruong.stp", id, "Áp dụng thêm một lần nữa.").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        Assertions.assertThat(replicate("canbo.hnd", id, "Tự nhân rộng gương của mình.").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(replicate("thamdinh", id, "Chuyên viên ghi nhận thay đơn vị.").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(replicate("canbo.syt", id, "ngắn").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id).getBody())
                .contains("<strong id=\"so-don-vi-nhan-rong\">1</strong>", "Sở Tư pháp");

        // withdrawal: only with a reason; then gone from the page, the picture address and the feed
        Task monitor = task(pi, "Task_ExampleMonitor");
        Assertions.assertThat(restComplete("lanhdao.snv", monitor, "{\"monitorDecision\":{\"value\":\"withdraw\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(restComplete("canbo.hnd", monitor, "{\"monitorDecision\":{\"value\":\"close\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(restComplete("lanhdao.snv", monitor, "{\"monitorDecision\":{\"value\":\"withdraw\"},"
                + "\"withdrawReason\":{\"value\":\"Phát hiện số liệu chưa chính xác.\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(pi).isEnded().hasPassed("End_Withdrawn");
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id).getStatusCode()).isEqualTo(HttpStatus.GONE);
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id + "/anh/" + pictureId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        Assertions.assertThat(anonymous("/guong-dien-hinh/nguon-tin.atom").getBody())
                .doesNotContain("/guong-dien-hinh/" + id + "<");
        Assertions.assertThat(anonymous("/guong-dien-hinh").getBody()).doesNotContain("/guong-dien-hinh/" + id + "\"");

        // the audit chain holds the publication, the replication and the withdrawal with its reason
        ledger.sealWaiting();
        List<String> audited = jdbc.sql("SELECT payload FROM audit_event WHERE business_key = ? AND kind = 'STAGE_OUTCOME'"
                + " ORDER BY seq").param("GDH-" + id).query(String.class).list();
        Assertions.assertThat(String.join("\n", audited)).contains("Đã công bố", "Sở Tư pháp đã nhân rộng",
                "Đã thu hồi — Phát hiện số liệu chưa chính xác.");
        ledger.sealWaiting();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE business_key = ? AND kind ="
                + " 'DOCUMENT_UPLOADED'").param("GDH-" + id).query(Integer.class).single()).as("the kept picture and the"
                + " one removed").isEqualTo(2);
    }

    @Test
    void theHeadReturnsThenTheStandingAgencyReturnsThenRefuses() {
        ProcessInstance pi = start("hccb", "Cựu chiến binh giúp nhau làm kinh tế", "COLLECTIVE");
        long id = exampleId(pi);
        uploadAndSubmit(pi, "hccb", id);
        Task review = task(pi, "Task_ExampleHeadReview");
        TestUsers.as(identityService, "thutruong.hccb", () -> taskService.complete(review.getId(), Variables
                .createVariables().putValue("headDecision", "return").putValue("headComment", "Bổ sung số liệu.")));
        assertThat(pi).isWaitingAt("Task_ExampleDossier");
        Assertions.assertThat(status(id)).isEqualTo("DRAFT");
        TestUsers.as(identityService, "canbo.hccb", () -> taskService.complete(task(pi, "Task_ExampleDossier").getId(),
                Variables.createVariables().putValue("evidence", "Số liệu bổ sung: 45 hội viên có thu nhập khá.")));
        TestUsers.as(identityService, "thutruong.hccb", () -> taskService.complete(
                task(pi, "Task_ExampleHeadReview").getId(), Variables.createVariables().putValue("headDecision", "approve")));
        Task vetting = task(pi, "Task_ExampleVetting");
        TestUsers.as(identityService, "thamdinh", () -> taskService.complete(vetting.getId(), Variables
                .createVariables().putValue("vettingDecision", "return").putValue("vettingComment", "Thêm ảnh hoạt động.")));
        assertThat(pi).isWaitingAt("Task_ExampleDossier");
        TestUsers.as(identityService, "canbo.hccb", () -> taskService.complete(task(pi, "Task_ExampleDossier").getId()));
        TestUsers.as(identityService, "thutruong.hccb", () -> taskService.complete(
                task(pi, "Task_ExampleHeadReview").getId(), Variables.createVariables().putValue("headDecision", "approve")));
        Assertions.assertThatThrownBy(() -> TestUsers.as(identityService, "thamdinh", () -> taskService.complete(
                        task(pi, "Task_ExampleVetting").getId(), Variables.createVariables().putValue("vettingDecision",
                                "refuse"))))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("không công nhận");
        TestUsers.as(identityService, "thamdinh", () -> taskService.complete(task(pi, "Task_ExampleVetting").getId(),
                Variables.createVariables().putValue("vettingDecision", "refuse")
                        .putValue("vettingComment", "Thành tích chưa nổi bật so với các đơn vị khác.")));
        assertThat(pi).isEnded().hasPassed("End_Refused");
        Assertions.assertThat(status(id)).isEqualTo("REFUSED");
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void putForwardForCommendationFollowUpsAndClosing() {
        ProcessInstance pi = start("tdoan", "Thủ lĩnh thanh niên tình nguyện", "PERSON");
        long id = exampleId(pi);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> options = vn.tdkt.workflow.JsonVars.listOfObjects(
                runtimeService.getVariable(pi.getId(), "nomineeOptions"));
        Assertions.assertThat(options).hasSizeGreaterThan(1);
        Assertions.assertThat(options.get(0).get("value")).isEqualTo("tdoan");
        String person = (String) options.get(1).get("value");
        upload("canbo.tdoan", id, "anh.jpg", ExampleRulesTest.TestPictures.jpeg(30, 30, 0x1c4f8f));
        Assertions.assertThatThrownBy(() -> TestUsers.as(identityService, "canbo.tdoan", () -> taskService.complete(
                        task(pi, "Task_ExampleDossier").getId(), Variables.createVariables().putValue("nomineeCode",
                                "PERSON-OF-ANOTHER-UNIT"))))
                .isInstanceOf(InputRejectedException.class);
        TestUsers.as(identityService, "canbo.tdoan", () -> taskService.complete(task(pi, "Task_ExampleDossier").getId(),
                Variables.createVariables().putValue("nomineeCode", person)));
        TestUsers.as(identityService, "thutruong.tdoan", () -> taskService.complete(
                task(pi, "Task_ExampleHeadReview").getId(), Variables.createVariables().putValue("headDecision", "approve")));
        accept(task(pi, "Task_ExampleVetting"), true);
        // the approver sends it back once; then approves
        TestUsers.as(identityService, "lanhdao.snv", () -> taskService.complete(
                task(pi, "Task_ExamplePublishApproval").getId(), Variables.createVariables()
                        .putValue("publishDecision", "return").putValue("publishComment", "Tóm tắt cần nêu số liệu.")));
        assertThat(pi).isWaitingAt("Task_ExampleVetting");
        accept(task(pi, "Task_ExampleVetting"), true);
        TestUsers.as(identityService, "lanhdao.snv", () -> taskService.complete(
                task(pi, "Task_ExamplePublishApproval").getId(), Variables.createVariables()
                        .putValue("publishDecision", "approve")));
        assertThat(pi).hasPassed("Task_StartCommendation").isWaitingAt("Task_ExampleMonitor");
        String proposalKey = (String) runtimeService.getVariable(pi.getId(), "commendationKey");
        Assertions.assertThat(proposalKey).startsWith("DNKT-");
        Assertions.assertThat(jdbc.sql("SELECT commendation_key FROM model_example WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo(proposalKey);
        Assertions.assertThat(jdbc.sql("SELECT award_type_code FROM commendation_proposal WHERE business_key = ?")
                .param(proposalKey).query(String.class).single()).isEqualTo("BK_TINH");
        Assertions.assertThat(jdbc.sql("SELECT nominee_code FROM proposal_nominee WHERE business_key = ?")
                .param(proposalKey).query(String.class).single()).isEqualTo(person);

        // the follow-up cycle is the configuration's; its timer raises a report task for the unit's officers
        Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        Assertions.assertThat(timer).isNotNull();
        managementService.executeJob(timer.getId());
        Task report = task(pi, "Task_ExampleFollowUp");
        Assertions.assertThat(taskService.createTaskQuery().taskId(report.getId()).taskCandidateUser("canbo.tdoan")
                .count()).isEqualTo(1);
        Assertions.assertThat(taskService.createTaskQuery().taskId(report.getId()).taskCandidateUser("canbo.stp")
                .count()).isZero();
        Assertions.assertThatThrownBy(() -> TestUsers.as(identityService, "canbo.tdoan", () -> taskService.complete(
                        report.getId(), Variables.createVariables().putValue("followUpReport", "ít"))))
                .isInstanceOf(InputRejectedException.class);
        TestUsers.as(identityService, "canbo.tdoan", () -> taskService.complete(report.getId(), Variables
                .createVariables().putValue("followUpReport", "Đã tổ chức 4 buổi chia sẻ tại các xã biên giới.")));
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM model_example_follow_up WHERE example_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);

        TestUsers.as(identityService, "lanhdao.snv", () -> taskService.complete(task(pi, "Task_ExampleMonitor").getId(),
                Variables.createVariables().putValue("monitorDecision", "close")));
        assertThat(pi).isEnded().hasPassed("End_Closed");
        Assertions.assertThat(status(id)).isEqualTo("CLOSED");
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id).getStatusCode()).as("closed stays public")
                .isEqualTo(HttpStatus.OK);

        // once the follow-up has ended it may still be withdrawn: by the publishing group only, with a reason
        Assertions.assertThat(withdraw("canbo.tdoan", id, "Đơn vị tự thu hồi.").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(withdraw("thamdinh", id, "Chuyên viên thu hồi.").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noReason = withdraw("lanhdao.snv", id, " ");
        Assertions.assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(noReason.getBody()).contains("phải ghi rõ lý do");
        Assertions.assertThat(status(id)).isEqualTo("CLOSED");
        Assertions.assertThat(withdraw("lanhdao.snv", id, "Cá nhân vi phạm kỷ luật sau khi công bố.").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Assertions.assertThat(status(id)).isEqualTo("WITHDRAWN");
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id).getStatusCode()).isEqualTo(HttpStatus.GONE);
        Assertions.assertThat(anonymous("/guong-dien-hinh/nguon-tin.atom").getBody())
                .doesNotContain("/guong-dien-hinh/" + id + "<");
        Assertions.assertThat(withdraw("lanhdao.snv", id, "Thu hồi lần nữa.").getStatusCode())
                .as("already withdrawn").isEqualTo(HttpStatus.CONFLICT);
        ledger.sealWaiting();
        Assertions.assertThat(String.join("\n", jdbc.sql("SELECT payload FROM audit_event WHERE business_key = ? AND"
                + " kind = 'STAGE_OUTCOME' ORDER BY seq").param("GDH-" + id).query(String.class).list()))
                .contains("Đã thu hồi — Cá nhân vi phạm kỷ luật sau khi công bố.");
    }

    @Test
    void anInvalidProposalStartsNothingAndOnlyUnitOfficersStart() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("model-example").count();
        Assertions.assertThatThrownBy(() -> TestUsers.as(identityService, "canbo.hnd", () -> formService
                        .submitStartForm(definitionId(), Variables.createVariables().putValue("exampleKind", "PERSON")
                                .putValue("title", "Ngắn").putValue("subjectName", "A").putValue("story", "ngắn")
                                .putValue("evidence", "x"))))
                .isInstanceOf(InputRejectedException.class);
        Assertions.assertThatThrownBy(() -> TestUsers.as(identityService, "thamdinh", () -> formService
                        .submitStartForm(definitionId(), content("Một gương khác", "PERSON"))))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("model-example").count())
                .isEqualTo(before);
        Assertions.assertThat(repositoryService.getDeploymentResourceNames(repositoryService.getProcessDefinition(
                definitionId()).getDeploymentId())).contains("processes/model-example.bpmn",
                "forms/model-example-start.form", "forms/model-example-monitor.form");
    }

    @Test
    void anExampleOfAMovementIsVettedAndApprovedByTheMovementsStandingUnit() {
        long movement = movement("Thi đua chăm sóc sức khỏe nhân dân", "syt", "hnd");
        long foreign = movement("Thi đua xây dựng pháp luật", "stp", "stp");
        ProcessInstance pi = start("hnd", "Hội viên nông dân tình nguyện hiến máu", "PERSON");
        long id = exampleId(pi);
        List<Map<String, Object>> options = vn.tdkt.workflow.JsonVars.listOfObjects(
                runtimeService.getVariable(pi.getId(), "movementOptions"));
        Assertions.assertThat(options).extracting(o -> o.get("value")).contains(String.valueOf(movement))
                .doesNotContain(String.valueOf(foreign));
        upload("canbo.hnd", id, "anh.png", ExampleRulesTest.TestPictures.png(16, 16, 0));

        // a movement the unit neither takes part in nor stands for: refused in Vietnamese, nothing changed
        Task dossier = task(pi, "Task_ExampleDossier");
        ResponseEntity<String> refused = restComplete("canbo.hnd", dossier,
                "{\"movementId\":{\"value\":\"" + foreign + "\"}}");
        Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(refused.getBody()).contains("Phong trào thi đua");
        Assertions.assertThatThrownBy(() -> TestUsers.as(identityService, "canbo.hnd", () -> taskService.complete(
                        dossier.getId(), Variables.createVariables().putValue("movementId", String.valueOf(foreign)))))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Phong trào thi đua");
        assertThat(pi).isWaitingAt("Task_ExampleDossier");
        Assertions.assertThat(jdbc.sql("SELECT movement_id FROM model_example WHERE id = ?").param(id)
                .query(Long.class).optional()).isEmpty();

        TestUsers.as(identityService, "canbo.hnd", () -> taskService.complete(dossier.getId(),
                Variables.createVariables().putValue("movementId", String.valueOf(movement))));
        Assertions.assertThat(jdbc.sql("SELECT movement_id FROM model_example WHERE id = ?").param(id)
                .query(Long.class).single()).isEqualTo(movement);
        TestUsers.as(identityService, "thutruong.hnd", () -> taskService.complete(
                task(pi, "Task_ExampleHeadReview").getId(), Variables.createVariables().putValue("headDecision", "approve")));
        assertThat(pi).isWaitingAt("Task_ExampleVetting")
                .hasVariables("vettingGroup", "publishingGroup");
        Assertions.assertThat(runtimeService.getVariable(pi.getId(), "vettingGroup")).isEqualTo("unit-officer.syt");

        // the standing unit's officer vets; neither the Sở specialist nor another unit's officer may
        Task vetting = task(pi, "Task_ExampleVetting");
        String accept = "{\"vettingDecision\":{\"value\":\"accept\"},\"putForward\":{\"value\":false},"
                + "\"nurturePlan\":{\"value\":\"Giới thiệu tại hội nghị ngành y tế của tỉnh.\"},"
                + "\"publicSummary\":{\"value\":\"Hiến máu 20 lần, vận động 50 hội viên cùng tham gia.\"}}";
        Assertions.assertThat(restComplete("thamdinh", vetting, accept).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(restComplete("canbo.stp", vetting, accept).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(restComplete("canbo.syt", vetting, accept).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // its head approves publishing; the Sở's leader does not
        Task approval = task(pi, "Task_ExamplePublishApproval");
        String approve = "{\"publishDecision\":{\"value\":\"approve\"}}";
        Assertions.assertThat(restComplete("lanhdao.snv", approval, approve).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(restComplete("thutruong.syt", approval, approve).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(pi).isWaitingAt("Task_ExampleMonitor");
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id).getBody())
                .contains("Phong trào «Thi đua chăm sóc sức khỏe nhân dân»");
        Assertions.assertThat(anonymous("/guong-dien-hinh/nguon-tin.atom").getBody())
                .contains("Phong trào Thi đua chăm sóc sức khỏe nhân dân");

        // withdrawn through the API while still followed up: the process ends, no task or timer is left
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult().getId());
        Assertions.assertThat(task(pi, "Task_ExampleFollowUp")).isNotNull();
        Assertions.assertThat(withdraw("lanhdao.snv", id, "Sở thu hồi thay cơ quan thường trực.").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(withdraw("thutruong.syt", id, "Phát hiện thành tích kê khai chưa đúng.").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(pi).isEnded().hasPassed("End_Withdrawn");
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        Assertions.assertThat(status(id)).isEqualTo("WITHDRAWN");
        Assertions.assertThat(anonymous("/guong-dien-hinh/" + id).getStatusCode()).isEqualTo(HttpStatus.GONE);
        Assertions.assertThat(anonymous("/guong-dien-hinh/nguon-tin.atom").getBody())
                .doesNotContain("/guong-dien-hinh/" + id + "<");
    }

    // --- helpers ---

    private long movement(String name, String standing, String participant) {
        long unit = unitId(standing);
        String code = "PTTD-T-" + System.nanoTime();
        jdbc.sql("INSERT INTO emulation_movement (code, name, kind, goal, criteria, standing_unit_id, status,"
                        + " start_date, mid_review_date, end_date, drafted_by, created_at)"
                        + " VALUES (?, ?, 'CHUYEN_DE', 'Mục tiêu', 'Tiêu chí', ?, 'LAUNCHED', ?, ?, ?, 'canbo', ?)")
                .params(code, name, unit, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 6, 30),
                        java.time.LocalDate.of(2026, 12, 31), java.sql.Timestamp.valueOf("2026-01-01 08:00:00"))
                .update();
        long id = jdbc.sql("SELECT id FROM emulation_movement WHERE code = ?").param(code).query(Long.class).single();
        jdbc.sql("INSERT INTO emulation_movement_unit (movement_id, unit_id) VALUES (?, ?)")
                .params(id, unitId(participant)).update();
        return id;
    }

    private long unitId(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    private void accept(Task vetting, boolean putForward) {
        TestUsers.as(identityService, "thamdinh", () -> taskService.complete(vetting.getId(), Variables
                .createVariables().putValue("vettingDecision", "accept").putValue("putForward", putForward)
                .putValue("nurturePlan", "Tuyên truyền trên Báo và Đài tỉnh; chia sẻ kinh nghiệm tại hội nghị.")
                .putValue("publicSummary", "Mô hình giúp 12 hộ thoát nghèo bền vững, được nhân rộng.")));
    }

    private void uploadAndSubmit(ProcessInstance pi, String unit, long id) {
        Assertions.assertThat(upload("canbo." + unit, id, "anh.png", ExampleRulesTest.TestPictures.png(16, 16, 0))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        TestUsers.as(identityService, "canbo." + unit, () -> taskService.complete(task(pi, "Task_ExampleDossier").getId()));
        assertThat(pi).isWaitingAt("Task_ExampleHeadReview");
    }

    private String definitionId() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("model-example").latestVersion()
                .singleResult().getId();
    }

    private static VariableMap content(String title, String kind) {
        return Variables.createVariables().putValue("exampleKind", kind).putValue("title", title)
                .putValue("subjectName", "Nguyễn Văn Bảy").putValue("story", STORY)
                .putValue("evidence", "Thu nhập bình quân 800 triệu đồng/năm.");
    }

    private ProcessInstance start(String unit, String title, String kind) {
        return TestUsers.as(identityService, "canbo." + unit,
                () -> formService.submitStartForm(definitionId(), content(title, kind)));
    }

    private long exampleId(ProcessInstance pi) {
        return ((Number) runtimeService.getVariable(pi.getId(), "exampleId")).longValue();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM model_example WHERE id = ?").param(id).query(String.class).single();
    }

    private Task task(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, TestUsers.PASSWORD);
    }

    private static ResponseEntity<String> deletePicture(TestRestTemplate caller, long id, long pictureId) {
        return caller.exchange("/api/model-examples/" + id + "/pictures/" + pictureId, HttpMethod.DELETE, null,
                String.class);
    }

    private ResponseEntity<String> anonymous(String path) {
        return rest.getForEntity(path, String.class);
    }

    private ResponseEntity<String> restComplete(String user, Task task, String variables) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity("/engine-rest/task/" + task.getId() + "/complete",
                new HttpEntity<>("{\"variables\":" + variables + "}", json), String.class);
    }

    private ResponseEntity<String> withdraw(String user, long id, String reason) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity("/api/model-examples/" + id + "/withdrawal",
                new HttpEntity<>(Map.of("reason", reason), json), String.class);
    }

    private ResponseEntity<String> replicate(String user, long id, String note) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity("/api/model-examples/" + id + "/replications",
                new HttpEntity<>(Map.of("note", note), json), String.class);
    }

    private ResponseEntity<String> upload(String user, long id, String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        body.add("caption", "Ảnh hoạt động");
        return as(user).postForEntity("/api/model-examples/" + id + "/pictures", new HttpEntity<>(body, headers),
                String.class);
    }
}

package vn.tdkt.proposal;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The proposal through HTTP as clients other than Tasklist use it: bad answers to every step are refused with a
 * clear 400 and the task stays open; another unit's people can neither see nor act on the proposal.
 */
@IntegrationTest
class ProposalRestTest {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    ProposalFixture f;
    int year;
    HttpHeaders json;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        year = LocalDate.now(clock).getYear() - 1;
        json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
    }

    private ResponseEntity<String> post(String user, String url, String body) {
        return rest.withBasicAuth(user, "demo").postForEntity(url, new HttpEntity<>(body, json), String.class);
    }

    private ResponseEntity<String> get(String user, String url) {
        return rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
    }

    /** Completing the task through /engine-rest with these variables is refused with 400 and changes nothing. */
    private void refused(ProcessInstance pi, String taskKey, String user, String variables, String message) {
        String taskId = f.task(pi, taskKey).getId();
        ResponseEntity<String> answer = post(user, "/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":" + variables + "}");
        Assertions.assertThat(answer.getStatusCode()).as(taskKey + " " + variables).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(answer.getBody()).contains(message);
        Assertions.assertThat(f.task(pi, taskKey)).as("task stays open").isNotNull();
    }

    private String person(String name) {
        return f.person("stp", name, Map.of("CSTDCS", List.of(year - 1, year), "LDTT", List.of(year)),
                Map.of(year, "XUAT_SAC"));
    }

    @Test
    void startingThroughTheApiChecksTheInputAndTheCaller() {
        String nominee = person("Nguyễn Văn Hiếu");
        String body = "{\"commendationKind\":\"CONG_TRANG\",\"awardType\":\"BK_TINH\",\"periodYear\":" + year
                + ",\"nomineeCodes\":[\"" + nominee + "\"],\"achievementSummary\":\"Hoàn thành xuất sắc nhiệm vụ năm.\"}";
        ResponseEntity<String> started = post("canbo.stp", "/api/proposals", body);
        Assertions.assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Assertions.assertThat(started.getBody()).contains("DNKT-");

        ResponseEntity<String> twice = post("canbo.stp", "/api/proposals", body);
        Assertions.assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(twice.getBody()).contains("đang có trong hồ sơ");

        ResponseEntity<String> otherUnit = post("canbo.syt", "/api/proposals", body.replace("DNKT", ""));
        Assertions.assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(otherUnit.getBody()).contains("không thuộc");

        ResponseEntity<String> noRight = post("thamdinh", "/api/proposals", body);
        Assertions.assertThat(noRight.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> garbage = post("canbo.stp", "/api/proposals", "{\"periodYear\":\"năm ngoái\"}");
        Assertions.assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void everyStepRefusesBadAnswersOverRestAndKeepsTheTaskOpen() {
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, person("Lê Văn Tám"));
        refused(pi, "Task_CompleteDossier", "canbo.stp", "{}", "Hồ sơ còn thiếu");
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        refused(pi, "Task_HeadSign", "thutruong.stp", "{\"headDecision\":{\"value\":\"maybe\"}}", "Ý kiến của thủ trưởng");
        refused(pi, "Task_HeadSign", "thutruong.stp", "{\"headDecision\":{\"value\":\"RETURN\"}}", "lý do");
        f.headApproves(pi);
        refused(pi, "Task_Intake", "tiepnhan", "{}", "Kết quả kiểm tra");
        refused(pi, "Task_Intake", "tiepnhan", "{\"intakeDecision\":{\"value\":\"RETURN\"}}", "bổ sung");
        f.intakeAccepts(pi);
        refused(pi, "Task_Appraise", "thamdinh", "{\"appraisalAction\":{\"value\":\"MAYBE\"}}", "Bước tiếp theo");
        // the form's rule (every row needs a conclusion) before the process's (the rows are the nominees)
        refused(pi, "Task_Appraise", "thamdinh", "{\"appraisal\":{\"value\":\"[{\\\"nomineeCode\\\":\\\"KHAC-01\\\"}]\","
                + "\"type\":\"Json\"},\"appraisalAction\":{\"value\":\"CONCLUDE\"}}", "«Kết luận của chuyên viên» là bắt buộc");
        refused(pi, "Task_Appraise", "thamdinh", "{\"appraisal\":{\"value\":\"[{\\\"nomineeCode\\\":\\\"KHAC-01\\\",\\\"conclusion\\\":\\\"DAT\\\"}]\","
                + "\"type\":\"Json\"},\"appraisalAction\":{\"value\":\"CONCLUDE\"}}", "không khớp");
        f.appraiseAsIs(pi);
        refused(pi, "Task_ApproveAppraisal", "lanhdao.snv", "{\"appraisalApproval\":{\"value\":\"REVISE\"}}", "chỉ đạo");
        // approving an appraisal that sends someone to the chairman needs the Sở's tờ trình, whatever flag is sent
        refused(pi, "Task_ApproveAppraisal", "lanhdao.snv", "{\"appraisalApproval\":{\"value\":\"APPROVE\"},"
                + "\"agencyLetterNeeded\":{\"value\":false}}", "Phải ghi số tờ trình của Sở Nội vụ");
        refused(pi, "Task_ApproveAppraisal", "lanhdao.snv", "{\"appraisalApproval\":{\"value\":\"APPROVE\"},"
                + "\"agencySubmissionNumber\":{\"value\":\"245/TTr-SNV\"},\"agencySubmissionDate\":{\"value\":\"2099-01-01\"}}",
                "chưa đến");
        f.headApprovesAppraisal(pi);
        refused(pi, "Task_ChairmanDecision", "chutich", "{\"chairmanDecision\":{\"value\":\"[]\",\"type\":\"Json\"}}",
                "Còn thiếu");
        refused(pi, "Task_ChairmanDecision", "chutich", "{\"chairmanDecision\":{\"value\":42}}", "phải là một danh sách các dòng");
        f.chairmanApprovesAll(pi);
        assertThat(pi).isEnded();
    }

    @Test
    void theConcurrenceCouncilConsultationAndUpwardStepsRefuseBadAnswersOverRest() {
        ProcessInstance pi = f.acceptedAtIntake("KHEN_CAO", "BK_TTG", year, person("Hà Văn Quang"));
        Object justified = f.edited(pi, "appraisal", Map.of("conclusion", "DAT",
                "justification", "Đủ tiêu chuẩn theo hồ sơ kèm theo, đã có Bằng khen của Chủ tịch UBND tỉnh."));
        f.complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisal", justified, "appraisalAction", "CONCURRENCE",
                "concurrenceAgencyList", "Cục Thuế tỉnh"));
        refused(pi, "Task_RecordConcurrence", "thamdinh", "{\"concurrenceOpinion\":{\"value\":\"KHONG_DONG_Y\"}}",
                "văn bản trả lời");
        f.complete(pi, "Task_RecordConcurrence", "thamdinh", Map.of("concurrenceOpinion", "DONG_Y"));
        f.complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisal", f.var(pi, "appraisal"), "appraisalAction", "CONCLUDE"));
        f.headApprovesAppraisal(pi);
        f.councilDecides(pi, true);
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(pi.getId()).activityId("Timer_ConsultationWindow").singleResult().getId());
        refused(pi, "Task_ReviewComments", "thamdinh", "{\"consultationReview\":{\"value\":\""
                + stopAll(f.list(pi, "consultationReview")).replace("\"", "\\\"")
                + "\",\"type\":\"Json\"}}", "lý do");
        f.complete(pi, "Task_ReviewComments", "thamdinh", Map.of());
        refused(pi, "Task_SignUpward", "chutich", "{\"upwardDecision\":{\"value\":\"DECLINE\"}}", "ghi ý kiến");
        f.complete(pi, "Task_SignUpward", "chutich", Map.of("upwardDecision", "SIGN"));
        refused(pi, "Task_RecordCentralDecision", "thamdinh", "{\"centralDecisionNumber\":{\"value\":\"12/QĐ-TTg\"},"
                + "\"centralDecisionDate\":{\"value\":\"ngày mai\"}}", "Ngày quyết định");
        f.complete(pi, "Task_RecordCentralDecision", "thamdinh", Map.of("centralDecisionNumber", "12/QĐ-TTg",
                "centralDecisionDate", LocalDate.now(clock).toString(), "centralAuthority", "Thủ tướng Chính phủ"));
        assertThat(pi).isEnded();
    }

    private static String stopAll(List<Map<String, Object>> items) {
        items.forEach(i -> i.putAll(Map.of("action", "DUNG", "reason", "")));
        return vn.tdkt.workflow.JsonVars.toJson(items);
    }

    @Test
    void anotherUnitNeitherSeesNorActsOnTheProposal() {
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, person("Phan Thị Mai"));
        String key = f.businessKey(pi);
        String taskId = f.task(pi, "Task_CompleteDossier").getId();

        Assertions.assertThat(get("canbo.stp", "/engine-rest/task?processInstanceId=" + pi.getId()).getBody())
                .contains(taskId);
        Assertions.assertThat(get("canbo.syt", "/engine-rest/task?processInstanceId=" + pi.getId()).getBody())
                .isEqualTo("[]");
        ResponseEntity<String> stranger = post("canbo.syt", "/engine-rest/task/" + taskId + "/complete", "{}");
        Assertions.assertThat(stranger.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(pi).isWaitingAt("Task_CompleteDossier");

        Assertions.assertThat(get("canbo.syt", "/engine-rest/history/variable-instance?processInstanceId=" + pi.getId())
                .getBody()).isEqualTo("[]");
        Assertions.assertThat(get("canbo.syt", "/engine-rest/process-instance/" + pi.getId() + "/variables")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(get("canbo.syt", "/engine-rest/process-instance/" + pi.getId() + "/variables")
                .getBody()).doesNotContain("achievementSummary");
        Assertions.assertThat(get("canbo.stp", "/api/proposals/" + key).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(get("thutruong.stp", "/api/proposals/" + key).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(get("thanhtra", "/api/proposals/" + key).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(get("canbo.syt", "/api/proposals/" + key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(get("canbo.syt", "/api/proposals").getBody()).doesNotContain(key);
        Assertions.assertThat(get("canbo.syt", "/api/proposals?unitCode=stp").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(get("canbo.stp", "/api/proposals?year=" + year).getBody()).contains(key);
        Assertions.assertThat(get("canbo.syt", "/api/dossiers/" + key + "/documents").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void commentsAreTakenOnlyDuringTheConsultationWindow() {
        ProcessInstance pi = f.start("canbo.stp", "KHEN_CAO", "BK_TTG", year, person("Đinh Công Lý"));
        String key = f.businessKey(pi);
        ResponseEntity<String> closed = post("canbo.syt", "/api/proposals/" + key + "/comments",
                "{\"authorName\":\"Nguyễn Văn Dân\",\"content\":\"Xin góp ý về thành tích của cá nhân.\"}");
        Assertions.assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(closed.getBody()).contains("không trong thời gian công khai");

        jdbc.sql("UPDATE commendation_proposal SET status = 'CONSULTATION', consultation_ends_at = ? WHERE business_key = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)), key).update();
        ResponseEntity<String> open = post("canbo.syt", "/api/proposals/" + key + "/comments",
                "{\"authorName\":\"Nguyễn Văn Dân\",\"content\":\"Xin góp ý về thành tích của cá nhân.\"}");
        Assertions.assertThat(open.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> empty = post("canbo.syt", "/api/proposals/" + key + "/comments", "{\"authorName\":\"A\"}");
        Assertions.assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(get("tiepnhan", "/api/proposals/" + key + "/comments").getBody()).contains("Nguyễn Văn Dân");
    }
}

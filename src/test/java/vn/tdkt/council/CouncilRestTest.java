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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.ballot.Choice;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The council through HTTP: every task of council-review refuses bad answers over /engine-rest with a clear 400
 * and stays open; only council members get voting tasks and nobody else can cast one; the chair and the other
 * readers see the totals and the minutes, never a ballot, and other users are refused.
 */
@IntegrationTest
class CouncilRestTest {

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
    void everyTaskRefusesBadAnswersAndOnlyMembersVoteWhileTheChairSeesTotalsOnly() {
        String nominee = council.provincialFighter("Lâm Thị Ngọc Hân");
        ProcessInstance proposal = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", nominee);

        ResponseEntity<String> badStart = post(CouncilFixture.SECRETARY, "/engine-rest/process-definition/key/council-review/start",
                "{\"variables\":{\"sessionTitle\":{\"value\":\"Phiên họp\"},\"meetingDate\":{\"value\":\"15/12/2026\"}}}");
        Assertions.assertThat(badStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(badStart.getBody()).contains("«Ngày họp» phải là ngày hợp lệ");
        Assertions.assertThat(post("canbo.stp", "/engine-rest/process-definition/key/council-review/start",
                "{\"variables\":{\"sessionTitle\":{\"value\":\"Phiên họp\"},\"meetingDate\":{\"value\":\""
                        + LocalDate.now(clock) + "\"}}}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ProcessInstance session = council.startSession("Phiên họp xét Chiến sĩ thi đua cấp tỉnh");
        String key = council.key(session);
        refused(session, "Task_SelectCandidates", CouncilFixture.SECRETARY, "{}", "ít nhất một hồ sơ");
        refused(session, "Task_SelectCandidates", CouncilFixture.SECRETARY,
                "{\"agendaRows\":{\"type\":\"Json\",\"value\":\"[{\\\"proposalKey\\\":\\\"DNKT-1900-00001\\\",\\\"include\\\":true}]\"}}",
                "không còn chờ");
        council.select(session, Set.of(proposals.businessKey(proposal)));

        refused(session, "Task_Attendance", CouncilFixture.SECRETARY,
                "{\"attendanceList\":{\"type\":\"Json\",\"value\":\"[{\\\"userId\\\":\\\"chutich\\\",\\\"attendance\\\":\\\"PRESENT\\\"}]\"}}",
                "đủ 15 thành viên");
        council.attendance(session, 5, 0);
        refused(session, "Task_Postpone", CouncilFixture.SECRETARY,
                "{\"newMeetingDate\":{\"value\":\"" + LocalDate.now(clock).plusDays(3) + "\"}}", "«Lý do hoãn» là bắt buộc");
        council.complete(session, "Task_Postpone", CouncilFixture.SECRETARY, Map.of("newMeetingDate",
                LocalDate.now(clock).plusDays(3).toString(), "postponeReason", "Chưa đủ thành viên dự họp."));
        council.attendance(session, 15, 0);

        // voting tasks go to the 15 members only; nobody else sees or casts them
        List<String> members = council.members(session);
        List<Task> voting = engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
                .taskDefinitionKey("Task_Vote").list();
        Assertions.assertThat(voting).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(members);
        Assertions.assertThat(get("canbo.stp", "/engine-rest/task?processInstanceId=" + session.getId()).getBody())
                .isEqualTo("[]");
        Assertions.assertThat(get(members.get(3), "/engine-rest/task?processInstanceId=" + session.getId()
                + "&taskDefinitionKey=Task_Vote").getBody()).contains(members.get(3)).doesNotContain(members.get(4));
        Task memberTask = council.voteTask(session, members.get(3));
        String ballot = "{\"secretBallot\":{\"type\":\"Json\",\"value\":"
                + JsonVars.toJson(JsonVars.toJson(council.filledBallot(memberTask, Map.of()))) + "}}";
        Assertions.assertThat(post("canbo.stp", "/engine-rest/task/" + memberTask.getId() + "/complete",
                "{\"variables\":" + ballot + "}").getStatusCode().is2xxSuccessful()).isFalse();
        Assertions.assertThat(post(CouncilFixture.SECRETARY, "/engine-rest/task/" + memberTask.getId() + "/complete",
                "{\"variables\":" + ballot + "}").getStatusCode().is2xxSuccessful()).isFalse();
        Assertions.assertThat(council.voteTask(session, members.get(3))).isNotNull();

        // an incomplete ballot and an unknown choice are refused, the task stays open
        refusedVote(session, members.get(3), "[]", "từng người");
        refusedVote(session, members.get(3), JsonVars.toJson(List.of(Map.of("candidateCode", "C1", "choice", "CO"))), "không hợp lệ");
        refused(session, "Task_WrittenBallot", CouncilFixture.SECRETARY, ballot, "Chọn thành viên");
        refused(session, "Task_CloseVoting", CouncilFixture.SECRETARY, "{}", "«Xác nhận kết thúc bỏ phiếu, chuyển kiểm phiếu» phải được đánh dấu");

        for (String member : members) {
            council.vote(session, member, Map.of(council.candidates(session).get(nominee), Choice.DONG_Y));
        }
        // while the box is open nobody reads running totals
        council.closeVoting(session);
        refused(session, "Task_MinutesSecretary", CouncilFixture.SECRETARY, "{}", "«Số biên bản» là bắt buộc");
        council.complete(session, "Task_MinutesSecretary", CouncilFixture.SECRETARY, Map.of("minutesRef", "11/BB-HĐTĐKT"));
        refused(session, "Task_MinutesChair", CouncilFixture.CHAIR, "{}", "«Ý kiến của chủ tọa» là bắt buộc");

        // the chair and the other readers see the totals, and the minutes
        ResponseEntity<String> chairView = get(CouncilFixture.CHAIR, "/api/council/sessions/" + key);
        Assertions.assertThat(chairView.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(chairView.getBody()).contains("\"yes\":15").contains("Thông qua").doesNotContain("\"choice\"");
        Assertions.assertThat(get("thanhtra", "/api/council/sessions/" + key).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<byte[]> pdf = rest.withBasicAuth(CouncilFixture.CHAIR, "demo")
                .exchange("/api/council/sessions/" + key + "/minutes.pdf", HttpMethod.GET, null, byte[].class);
        Assertions.assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        // … never a ballot: there is none to read, in the engine or the API
        Assertions.assertThat(get(CouncilFixture.CHAIR, "/engine-rest/history/variable-instance?variableNameLike=secretBallot%25")
                .getBody()).doesNotContain("\"choice\"");
        Assertions.assertThat(get(CouncilFixture.CHAIR, "/engine-rest/history/detail?processInstanceId=" + session.getId())
                .getBody()).doesNotContain("\"choice\"");
        // and other users are refused
        Assertions.assertThat(get("canbo.stp", "/api/council/sessions/" + key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(get("canbo.stp", "/api/council/sessions/" + key + "/minutes.pdf").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(get("canbo.stp", "/api/council/sessions").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // the address the secretary's form links to: the same PDF and the same refusals
        ResponseEntity<byte[]> linked = rest.withBasicAuth(CouncilFixture.SECRETARY, "demo")
                .exchange("/tai-lieu/hoi-dong/" + key + "/bien-ban.pdf", HttpMethod.GET, null, byte[].class);
        Assertions.assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(linked.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        Assertions.assertThat(new String(linked.getBody(), 0, 5)).isEqualTo("%PDF-");
        Assertions.assertThat(get("canbo.stp", "/tai-lieu/hoi-dong/" + key + "/bien-ban.pdf").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(rest.exchange("/tai-lieu/hoi-dong/" + key + "/bien-ban.pdf", HttpMethod.GET, null,
                byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        council.complete(session, "Task_MinutesChair", CouncilFixture.CHAIR, Map.of("chairMinutesDecision", "XAC_NHAN"));
        BpmnAwareTests.assertThat(proposal).isWaitingAt("Task_ChairmanDecision");
    }

    @Test
    void membershipIsReadByAnyoneAndReplacedByAdministratorsOnly() {
        Assertions.assertThat(get("canbo.stp", "/api/council/members").getBody()).contains("chutich").contains("CHAIR");
        String term = "{\"from\":\"2031-07-01\",\"members\":[{\"userId\":\"chutich\",\"fullName\":\"Chủ tịch\","
                + "\"positionTitle\":\"Chủ tịch UBND tỉnh\",\"councilRole\":\"CHAIR\"}]}";
        Assertions.assertThat(put("canbo.stp", "/api/council/terms/2031-2036", term).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noChair = put("admin", "/api/council/terms/2031-2036",
                term.replace("CHAIR", "MEMBER").replace("chutich", "khong.ton.tai"));
        Assertions.assertThat(noChair.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(noChair.getBody()).contains("đúng một Chủ tịch").contains("khong.ton.tai");
        Assertions.assertThat(put("admin", "/api/council/terms/2031-2036", term).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(get("admin", "/api/council/members?date=2031-08-01").getBody()).contains("2031-2036");
        Assertions.assertThat(get("admin", "/api/council/members?date=31/08/2031").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        jdbc.sql("DELETE FROM council_member WHERE term_code = '2031-2036'").update();
    }

    private void refused(ProcessInstance pi, String taskKey, String user, String variables, String message) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
                .list().get(0);
        ResponseEntity<String> answer = post(user, "/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":" + variables + "}");
        Assertions.assertThat(answer.getStatusCode()).as(taskKey + " " + variables + " " + answer.getBody())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(answer.getBody()).contains(message);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
                .as("task stays open").isOne();
    }

    private void refusedVote(ProcessInstance session, String member, String ballotJson, String message) {
        Task task = council.voteTask(session, member);
        ResponseEntity<String> answer = post(member, "/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"secretBallot\":{\"type\":\"Json\",\"value\":" + JsonVars.toJson(ballotJson) + "}}}");
        Assertions.assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(answer.getBody()).contains(message);
        Assertions.assertThat(council.voteTask(session, member)).isNotNull();
    }

    private ResponseEntity<String> get(String user, String url) {
        return rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
    }

    private ResponseEntity<String> post(String user, String url, String body) {
        return rest.withBasicAuth(user, "demo").postForEntity(url, new HttpEntity<>(body, json()), String.class);
    }

    private ResponseEntity<String> put(String user, String url, String body) {
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.PUT, new HttpEntity<>(body, json()), String.class);
    }

    private static HttpHeaders json() {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return h;
    }
}

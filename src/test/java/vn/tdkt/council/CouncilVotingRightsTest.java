package vn.tdkt.council;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.ballot.Choice;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.workflow.JsonVars;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Attendance decides who votes, over combinations of attendance × written ballots × votes on one CSTĐ cấp tỉnh
 * candidate of the council of 15 members (TestProvince; the table's rule: at least 9/10 of all members, so 14 "đồng ý").
 * For each: a voting task for exactly the members present; every attempt of a member absent without a written ballot
 * refused through every door (his own task, another member's, the secretary's written-ballot task, a written ballot
 * entered for him) and counted nowhere; the outcome the honest count gives; and minutes whose attendance figures and
 * totals agree: present + written + absent = 15, votes cast = members present who voted + written ballots entered,
 * đồng ý + không đồng ý + để trống = votes cast for every candidate.
 */
@IntegrationTest
class CouncilVotingRightsTest {

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

    /**
     * @param present     members present (the first of the roster)
     * @param written     then members absent with a written ballot; the rest are absent without one
     * @param silent      members present who do not vote before the secretary closes the box
     * @param yesPresent  "đồng ý" among the present members who vote (the others vote "không đồng ý")
     * @param yesWritten  "đồng ý" among the written ballots (the others "để trống")
     */
    static Stream<Arguments> sessions() {
        return Stream.of(
                Arguments.of("13 có mặt, 2 vắng không có phiếu, 13 đồng ý: 13/15 < 9/10", 13, 0, 0, 13, 0, false),
                Arguments.of("13 có mặt, 2 vắng có phiếu bằng văn bản, 15 đồng ý", 13, 2, 0, 13, 2, true),
                Arguments.of("12 có mặt, 2 phiếu bằng văn bản, 1 vắng: 14 đồng ý", 12, 2, 0, 12, 2, true),
                Arguments.of("12 có mặt, 2 phiếu bằng văn bản (1 để trống), 1 vắng: 13 đồng ý", 12, 2, 0, 12, 1, false),
                Arguments.of("14 có mặt, 1 vắng không có phiếu, 14 đồng ý", 14, 0, 0, 14, 0, true),
                Arguments.of("15 có mặt, 1 người không bỏ phiếu trước khi đóng hòm: 14 đồng ý", 15, 0, 1, 14, 0, true),
                Arguments.of("15 có mặt, 2 người không bỏ phiếu: 13 đồng ý", 15, 0, 2, 13, 0, false),
                Arguments.of("10 có mặt (đủ 2/3), 5 vắng không có phiếu, 10 đồng ý", 10, 0, 0, 10, 0, false),
                Arguments.of("11 có mặt, 3 phiếu bằng văn bản, 1 vắng; 1 có mặt không đồng ý: 13 đồng ý", 11, 3, 0, 10, 3, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessions")
    void attendanceDecidesWhoVotesAndTheMinutesAgreeWithTheTotals(String name, int present, int written, int silent,
                                                                  int yesPresent, int yesWritten, boolean passes) throws IOException {
        String nominee = council.provincialFighter("Ứng viên " + name.substring(0, 20));
        ProcessInstance proposal = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", nominee);
        ProcessInstance session = council.startSession("Phiên họp: " + name);
        council.select(session, Set.of(proposals.businessKey(proposal)));
        List<String> members = council.members(session);
        Assertions.assertThat(members).hasSize(15);
        council.attendance(session, present, written);
        assertThat(session).isWaitingAt("Task_Vote", "Task_WrittenBallot", "Task_CloseVoting");

        List<String> inPerson = members.subList(0, present);
        List<String> inWriting = members.subList(present, present + written);
        List<String> absent = members.subList(present + written, 15);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
                .taskDefinitionKey("Task_Vote").list()).extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(inPerson);
        String candidate = council.candidates(session).get(nominee);

        // members absent without a written ballot: no task, and every door refused (a member absent with one may not
        // vote in person either)
        List<String> noInPersonVote = new ArrayList<>(absent);
        noInPersonVote.addAll(inWriting);
        Task someonesBallot = council.voteTask(session, inPerson.get(0));
        Task writtenTask = engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
                .taskDefinitionKey("Task_WrittenBallot").singleResult();
        String ballot = ballotJson(someonesBallot, candidate, Choice.DONG_Y);
        for (String outsider : noInPersonVote) {
            Assertions.assertThat(council.voteTask(session, outsider)).as(outsider + " has no voting task").isNull();
            refused(post(outsider, "/engine-rest/task/" + someonesBallot.getId() + "/submit-form", ballot), 403, 404);
            refused(post(outsider, "/engine-rest/task/" + writtenTask.getId() + "/submit-form", ballot), 403, 404);
        }
        for (String outsider : absent) {
            ResponseEntity<String> enteredForHim = post(CouncilFixture.SECRETARY, "/engine-rest/task/" + writtenTask.getId()
                    + "/submit-form", ballot.replace("}}}", "},\"writtenBallotVoter\":{\"value\":\"" + outsider + "\"}}}"));
            refused(enteredForHim, 400);
            Assertions.assertThat(enteredForHim.getBody()).contains("không");
        }

        // the votes
        for (int i = 0; i < present - silent; i++) {
            council.vote(session, inPerson.get(i), Map.of(candidate, i < yesPresent ? Choice.DONG_Y : Choice.KHONG_DONG_Y));
        }
        for (int i = 0; i < written; i++) {
            council.written(session, inWriting.get(i), Map.of(candidate, i < yesWritten ? Choice.DONG_Y : Choice.DE_TRONG));
        }
        council.closeVoting(session);
        assertThat(session).isWaitingAt("Task_MinutesSecretary");

        String key = council.key(session);
        int votesCast = present - silent + written;
        int yes = yesPresent + yesWritten;
        Map<String, Object> row = jdbc.sql("""
                        SELECT yes_votes, no_votes, blank_votes, votes_cast, outcome FROM council_candidate
                        WHERE session_key = ? AND candidate_code = ?""").params(key, candidate).query().singleRow();
        Map<String, Object> r = lower(row);
        Assertions.assertThat(((Number) r.get("yes_votes")).intValue()).isEqualTo(yes);
        Assertions.assertThat(((Number) r.get("votes_cast")).intValue()).isEqualTo(votesCast);
        Assertions.assertThat(((Number) r.get("yes_votes")).intValue() + ((Number) r.get("no_votes")).intValue()
                + ((Number) r.get("blank_votes")).intValue()).isEqualTo(votesCast);
        Assertions.assertThat(r.get("outcome")).isEqualTo(passes ? "PASSED" : "NOT_PASSED");

        // the minutes: attendance figures that add up to the council and agree with the ballots counted
        council.complete(session, "Task_MinutesSecretary", CouncilFixture.SECRETARY, Map.of("minutesRef", "01/BB-HĐTĐKT"));
        String pdf = oneLine(pdfText(rest.withBasicAuth(CouncilFixture.CHAIR, "demo").exchange("/api/council/sessions/" + key
                + "/minutes.pdf", HttpMethod.GET, null, byte[].class).getBody()));
        Assertions.assertThat(pdf).contains("tổng số thành viên Hội đồng: 15; có mặt: " + present
                + "; vắng có phiếu bằng văn bản: " + written + "; vắng không có phiếu: " + absent.size() + ".");
        Assertions.assertThat(present + written + absent.size()).isEqualTo(15);
        Assertions.assertThat(pdf).contains(" " + yes + " " + (votesCast - yes - (written - yesWritten))
                + " " + (written - yesWritten) + " " + votesCast + " ");
        Assertions.assertThat(pdf).contains(passes ? "Thông qua" : "Không thông qua");
        council.complete(session, "Task_MinutesChair", CouncilFixture.CHAIR, Map.of("chairMinutesDecision", "XAC_NHAN"));
        assertThat(session).isEnded();
        if (passes) {
            assertThat(proposal).isWaitingAt("Task_ChairmanDecision");
        } else {
            assertThat(proposal).hasPassed("End_NotPassed").isEnded();
        }
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> out = new java.util.HashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(), v));
        return out;
    }

    private String ballotJson(Task task, String candidate, Choice choice) {
        return "{\"variables\":{\"secretBallot\":{\"type\":\"Json\",\"value\":"
                + JsonVars.toJson(JsonVars.toJson(council.filledBallot(task, Map.of(candidate, choice)))) + "}}}";
    }

    private static void refused(ResponseEntity<String> answer, int... statuses) {
        Assertions.assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(
                java.util.Arrays.stream(statuses).boxed().toList());
        Assertions.assertThat(answer.getBody()).doesNotContain("Exception:", "Cannot ", "The user");
    }

    private ResponseEntity<String> post(String user, String url, String body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity(url, new HttpEntity<>(body, h), String.class);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        Assertions.assertThat(pdf).isNotNull();
        try (var doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }
}

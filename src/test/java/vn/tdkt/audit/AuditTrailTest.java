package vn.tdkt.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestUsers;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole proposal (council path) driven by its real users, with the things auditors look for: a claim, a
 * comment, an administrator's reassignment, suspension and variable change; then its timeline over the audit API,
 * the exports, tampering named by the chain check, and the chain surviving Camunda's history cleanup.
 */
@IntegrationTest
class AuditTrailTest {

    static final String AUDITOR = "thanhtra";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;
    @Autowired TestRestTemplate rest;
    @Autowired Environment env;

    ProposalFixture f;
    IdentityService identity;
    ObjectMapper json = new ObjectMapper();
    int year;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        identity = engine.getIdentityService();
        year = LocalDate.now(clock).getYear() - 1;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** The proposal of the test, ended with a decision; returns its instance. */
    private ProcessInstance aWholeProposal(String nomineeName) {
        String nominee = f.person("stp", nomineeName, Map.of("CSTDCS", List.of(year - 2, year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        f.initiative(nominee, year, "TINH");
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "CSTD_TINH", year, nominee);
        f.uploadAll(pi, "canbo.stp");
        String dossierTask = f.task(pi, "Task_CompleteDossier").getId();
        TestUsers.as(identity, "canbo.stp", () -> engine.getTaskService().createComment(dossierTask, pi.getId(),
                "Đơn vị đã bổ sung bản sao quyết định công nhận sáng kiến."));
        f.submitDossier(pi);
        f.headApproves(pi);
        String intake = f.task(pi, "Task_Intake").getId();
        TestUsers.as(identity, "tiepnhan", () -> engine.getTaskService().claim(intake, "tiepnhan"));
        f.intakeAccepts(pi);
        String appraise = f.task(pi, "Task_Appraise").getId();
        TestUsers.as(identity, "admin", () -> {
            engine.getTaskService().setAssignee(appraise, "thamdinh");
            engine.getRuntimeService().suspendProcessInstanceById(pi.getId());
            engine.getRuntimeService().activateProcessInstanceById(pi.getId());
            engine.getRuntimeService().setVariable(pi.getId(), "achievementSummary",
                    "Hoàn thành xuất sắc nhiệm vụ; sáng kiến được công nhận cấp tỉnh.");
        });
        f.appraiseAsIs(pi);
        f.headApprovesAppraisal(pi);
        f.councilDecides(pi, true);
        f.chairmanApprovesAll(pi);
        BpmnAwareTests.assertThat(pi).isEnded();
        return pi;
    }

    /** "Họ tên (login)" as Camunda identity names the user. */
    private String person(String userId) {
        var user = identity.createUserQuery().userId(userId).singleResult();
        return (user.getFirstName() + " " + user.getLastName()).strip() + " (" + userId + ")";
    }

    private JsonNode get(String user, String url) throws Exception {
        ResponseEntity<String> r = rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
        assertThat(r.getStatusCode().value()).as(url + " " + r.getBody()).isEqualTo(200);
        return json.readTree(r.getBody());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<JsonNode> ofKind(List<JsonNode> entries, AuditKind kind) {
        return entries.stream().filter(e -> e.path("kind").asText().equals(kind.name())).toList();
    }

    @Test
    void aWholeProposalIsTracedStepByStepWithItsPeopleAndTimesAndTheExportsHoldTheSameRows() throws Exception {
        ProcessInstance pi = aWholeProposal("Đặng Thị Huỳnh Như");
        String key = f.businessKey(pi);

        // search by person, unit, award, year and status
        JsonNode found = get(AUDITOR, "/api/audit/proposals?person=Huỳnh Như&unit=stp&award=CSTD_TINH&year=" + year
                + "&status=AWARDED");
        // (a database kept from an earlier run may hold namesakes: every result must match every criterion)
        assertThat(list(found)).extracting(p -> p.path("businessKey").asText()).contains(key);
        assertThat(list(found)).allSatisfy(p -> {
            assertThat(p.path("statusLabel").asText()).isEqualTo("Đã khen thưởng");
            assertThat(p.path("unitCode").asText()).isEqualTo("stp");
            assertThat(p.path("awardTypeCode").asText()).isEqualTo("CSTD_TINH");
            assertThat(p.path("year").asInt()).isEqualTo(year);
            assertThat(p.path("nominees").toString()).contains("Huỳnh Như");
        });
        assertThat(list(get(AUDITOR, "/api/audit/proposals?person=Huỳnh Như&status=NOT_AWARDED")))
                .noneMatch(p -> p.path("businessKey").asText().equals(key));

        JsonNode timeline = get(AUDITOR, "/api/audit/proposals/" + key + "/timeline");
        List<JsonNode> entries = list(timeline.path("entries"));
        assertThat(entries).extracting(e -> e.path("seq").asLong()).isSorted();

        // every row reads as a Vietnamese sentence: who (full name and login, or the system), what, which step,
        // values as text, when in province time; no engine word, JSON, code or ISO time, every variable named
        for (JsonNode e : entries) {
            String sentence = e.path("sentence").asText();
            assertThat(ReadableChecks.offences(sentence)).as(e.path("seq") + " " + e.path("kind") + ": " + sentence).isEmpty();
            assertThat(e.path("time").asText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            assertThat(e.path("actorName").asText()).matches("Hệ thống|[\\p{L} ]+ \\([a-z0-9._-]+\\)");
        }
        assertThat(entries).filteredOn(e -> !e.path("technical").asBoolean()).hasSizeBetween(40, entries.size() - 40);
        List<String> sentences = entries.stream().map(e -> e.path("sentence").asText()).toList();
        assertThat(sentences).contains(
                person("tiepnhan") + " nhận việc «Tiếp nhận hồ sơ đề nghị khen thưởng».",
                person("admin") + " giao việc «Thẩm định hồ sơ đề nghị khen thưởng» cho " + person("thamdinh") + ".",
                person("admin") + " tạm dừng việc xử lý hồ sơ.",
                person("admin") + " cho tiếp tục việc xử lý hồ sơ.",
                person("admin") + " sửa dữ liệu «Tóm tắt thành tích».",
                person("thutruong.stp") + " hoàn thành nhiệm vụ «Thủ trưởng ký tờ trình đề nghị"
                        + " khen thưởng».",
                "Quy trình «Đề nghị khen thưởng» kết thúc tại «Đã khen thưởng».");
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith(person("admin") + " sửa «Tóm tắt thành tích»:"
                + " “Hoàn thành xuất sắc nhiệm vụ được giao").endsWith("→ “Hoàn thành xuất sắc nhiệm vụ; sáng kiến được"
                + " công nhận cấp tỉnh.”."));
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("Hệ thống rẽ nhánh tại «Hồ sơ đầy đủ?»:"));
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("Hệ thống giao nhiệm vụ «Tiếp nhận hồ sơ đề nghị"
                + " khen thưởng» cho nhóm «Bộ phận tiếp nhận hồ sơ (Sở Nội vụ)»"));

        // the start, by the officer
        assertThat(ofKind(entries, AuditKind.PROCESS_STARTED)).singleElement()
                .satisfies(e -> assertThat(e.path("actor").asText()).isEqualTo("canbo.stp"));
        // activities: every user task and the business rule tasks started and ended
        Set<String> activities = ofKind(entries, AuditKind.ACTIVITY_ENDED).stream()
                .map(e -> e.path("details").path("activityId").asText()).collect(Collectors.toSet());
        assertThat(activities).contains("Task_CompleteDossier", "Task_HeadSign", "Task_Intake", "Task_Appraise",
                "Task_ApproveAppraisal", "Task_AwaitCouncil", "Task_ChairmanDecision", "Task_IssueDecision");
        // tasks with their candidate groups; who claimed and completed them, at the engine's times
        JsonNode intakeCreated = ofKind(entries, AuditKind.TASK_CREATED).stream()
                .filter(e -> e.path("details").path("taskDefinitionKey").asText().equals("Task_Intake")).findFirst().orElseThrow();
        assertThat(intakeCreated.path("summary").asText()).contains("sa-receiver");
        String intakeId = intakeCreated.path("details").path("taskId").asText();
        assertThat(ofKind(entries, AuditKind.IDENTITY_LINK_ADDED)).anySatisfy(e -> {
            assertThat(e.path("details").path("taskId").asText()).isEqualTo(intakeId);
            assertThat(e.path("details").path("type").asText()).isEqualTo("assignee");
            assertThat(e.path("details").path("userId").asText()).isEqualTo("tiepnhan");
            assertThat(e.path("actor").asText()).isEqualTo("tiepnhan");
        });
        HistoricTaskInstance intakeHistory = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .taskId(intakeId).singleResult();
        JsonNode intakeDone = ofKind(entries, AuditKind.TASK_COMPLETED).stream()
                .filter(e -> e.path("details").path("taskId").asText().equals(intakeId)).findFirst().orElseThrow();
        assertThat(intakeDone.path("actor").asText()).isEqualTo("tiepnhan");
        assertThat(java.time.OffsetDateTime.parse(intakeDone.path("occurredAt").asText()).toInstant().toEpochMilli()).isEqualTo(intakeHistory.getEndTime().getTime());
        // the readable time is the engine's time in the province's zone
        assertThat(intakeDone.path("time").asText()).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(intakeHistory.getEndTime().toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
        assertThat(intakeDone.path("sentence").asText()).isEqualTo(person("tiepnhan") + " hoàn thành nhiệm vụ «Tiếp nhận"
                + " hồ sơ đề nghị khen thưởng».");
        assertThat(intakeDone.path("step").asText()).isEqualTo("Tiếp nhận hồ sơ đề nghị khen thưởng");
        for (String[] step : new String[][]{{"Task_CompleteDossier", "canbo.stp"}, {"Task_HeadSign", "thutruong.stp"},
                {"Task_Appraise", "thamdinh"}, {"Task_ApproveAppraisal", "lanhdao.snv"}, {"Task_ChairmanDecision", "chutich"}}) {
            assertThat(ofKind(entries, AuditKind.TASK_COMPLETED)).as(step[0]).anySatisfy(e -> {
                assertThat(e.path("details").path("taskDefinitionKey").asText()).isEqualTo(step[0]);
                assertThat(e.path("actor").asText()).isEqualTo(step[1]);
            });
        }
        // variable changes old → new
        assertThat(ofKind(entries, AuditKind.VARIABLE_UPDATED)).anySatisfy(e -> {
            assertThat(e.path("subject").asText()).isEqualTo("achievementSummary");
            assertThat(e.path("actor").asText()).isEqualTo("admin");
            assertThat(e.path("details").path("oldValue").asText()).startsWith("Hoàn thành xuất sắc nhiệm vụ được giao");
            assertThat(e.path("details").path("value").asText()).contains("sáng kiến được công nhận cấp tỉnh");
            assertThat(e.path("summary").asText()).contains(" → ");
        });
        // DMN evaluations with their inputs and outputs
        assertThat(ofKind(entries, AuditKind.DECISION_EVALUATED)).anySatisfy(e -> {
            assertThat(e.path("details").path("decision").path("key").asText()).isEqualTo("award-eligibility");
            assertThat(e.path("details").path("decision").path("inputs").path("Số năm liên tục đạt CSTĐCS").asInt())
                    .isEqualTo(3);
            // the table lists what disqualifies: an eligible nominee matches no rule, and the record says so
            assertThat(e.path("summary").asText()).contains("không quy tắc nào khớp");
        });
        assertThat(ofKind(entries, AuditKind.DECISION_EVALUATED)).anySatisfy(e -> {
            assertThat(e.path("details").path("decision").path("key").asText()).isEqualTo("needs-council");
            assertThat(e.path("details").path("decision").path("matchedRules").get(0).path("voteType").asText())
                    .isEqualTo("CSTD_TINH");
        });
        assertThat(ofKind(entries, AuditKind.DECISION_EVALUATED))
                .extracting(e -> e.path("details").path("decision").path("key").asText())
                .contains("required-documents", "needs-council");
        // the comment, the documents with their hashes
        assertThat(ofKind(entries, AuditKind.COMMENT)).singleElement().satisfies(e -> {
            assertThat(e.path("actor").asText()).isEqualTo("canbo.stp");
            assertThat(e.path("summary").asText()).contains("bản sao quyết định công nhận sáng kiến");
        });
        List<Map<String, Object>> stored = jdbc.sql("SELECT file_name, sha256 FROM dossier_document WHERE business_key = ?")
                .param(key).query().listOfRows();
        assertThat(stored).isNotEmpty();
        for (Map<String, Object> doc : stored) {
            assertThat(ofKind(entries, AuditKind.DOCUMENT_UPLOADED)).anySatisfy(e -> {
                assertThat(e.path("details").path("sha256").asText()).isEqualTo(doc.get("sha256"));
                assertThat(e.path("actor").asText()).isEqualTo("canbo.stp");
            });
        }
        // user operations by the administrator
        assertThat(ofKind(entries, AuditKind.USER_OPERATION)).extracting(e -> e.path("details").path("operationType").asText()
                + "/" + e.path("actor").asText()).contains("Assign/admin", "Suspend/admin", "Activate/admin",
                "SetVariable/admin", "Claim/tiepnhan", "Complete/chutich");
        // the council's totals, never a ballot; the decision issued
        assertThat(ofKind(entries, AuditKind.COUNCIL_RESULT)).singleElement().satisfies(e ->
                assertThat(e.path("summary").asText()).contains("Đặng Thị Huỳnh Như 15/15 phiếu đồng ý — đạt"));
        assertThat(entries).noneMatch(e -> e.path("subject").asText().startsWith("secretBallot"));
        String number = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("decisionNumber").singleResult().getValue();
        assertThat(ofKind(entries, AuditKind.DECISION_ISSUED)).singleElement().satisfies(e -> {
            assertThat(e.path("details").path("number").asText()).isEqualTo(number);
            assertThat(e.path("details").path("awardees").toString()).contains("Đặng Thị Huỳnh Như");
        });
        assertThat(ofKind(entries, AuditKind.PROCESS_ENDED)).hasSize(1);

        // CSV: the same rows, in the same order
        ResponseEntity<byte[]> csv = rest.withBasicAuth(AUDITOR, "demo")
                .getForEntity("/api/audit/proposals/" + key + "/timeline.csv", byte[].class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        String csvText = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFF" + TimelineCsv.HEADER);
        List<List<String>> csvRows = parseCsv(csvText.substring(1));
        assertThat(String.join(",", csvRows.get(0))).isEqualTo(TimelineCsv.HEADER);
        List<Long> csvSeqs = csvRows.stream().skip(1).map(r -> Long.parseLong(r.get(1))).toList();
        assertThat(csvSeqs).isEqualTo(entries.stream().map(e -> e.path("seq").asLong()).toList());
        assertThat(csvText).contains("Đặng Thị Huỳnh Như 15/15 phiếu đồng ý — đạt");
        // the record as before, then the sentence, whether it is technical, and the details as JSON
        for (int i = 0; i < entries.size(); i++) {
            List<String> row = csvRows.get(i + 1);
            JsonNode e = entries.get(i);
            assertThat(row).hasSize(12);
            assertThat(row.get(6)).isEqualTo(e.path("summary").asText());
            assertThat(row.get(9)).isEqualTo(e.path("sentence").asText());
            assertThat(row.get(10)).isEqualTo(e.path("technical").asBoolean() ? "có" : "không");
            assertThat(json.readTree(row.get(11))).isEqualTo(e.path("details"));
        }

        // PDF: the same rows (each record's sequence number and kind)
        ResponseEntity<byte[]> pdf = rest.withBasicAuth(AUDITOR, "demo")
                .getForEntity("/api/audit/proposals/" + key + "/timeline.pdf", byte[].class);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
            pdfText = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFC);
        }
        long printed = entries.stream().filter(e -> !e.path("technical").asBoolean()).count();
        String pdfFlat = pdfText.replaceAll("\\s+", " ");
        assertThat(pdfFlat).contains("NHẬT KÝ XỬ LÝ HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", key, "Đặng Thị Huỳnh Như",
                "(tiepnhan)", "Quyết định số " + number, "nhật ký có " + entries.size() + " sự kiện",
                "bản in gồm " + printed + " sự kiện", "Diễn biến", "nhận việc", "rẽ nhánh tại");
        assertThat(pdfFlat).doesNotContain("Complete Task", "∅", "exclusiveGateway");

        // the year's CSV holds every row of this proposal too
        String yearCsv = new String(rest.withBasicAuth(AUDITOR, "demo")
                .getForEntity("/api/audit/years/" + year + "/timeline.csv", byte[].class).getBody(), StandardCharsets.UTF_8);
        List<Long> yearSeqs = parseCsv(yearCsv.substring(1)).stream().filter(r -> r.get(0).equals(key))
                .map(r -> Long.parseLong(r.get(1))).toList();
        assertThat(yearSeqs).isEqualTo(csvSeqs);
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheTrailAndAuditorsChangeNothing() throws Exception {
        for (String user : List.of("canbo.stp", "thamdinh", "chutich", "lanhdao.snv")) {
            assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/audit/proposals", String.class)
                    .getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/audit/chain/verify", String.class)
                    .getStatusCode().value()).as(user).isEqualTo(403);
        }
        JsonNode verified = get("admin", "/api/audit/chain/verify");
        assertThat(verified.path("intact").asBoolean()).isTrue();
        JsonNode head = get(AUDITOR, "/api/audit/chain/head");
        assertThat(head.path("records").asLong()).isGreaterThanOrEqualTo(verified.path("checked").asLong());
        assertThat(head.path("lastHash").asText()).hasSize(64);
        // bad input: a clear message, never a 500
        for (String[] bad : new String[][]{{"/api/audit/proposals?status=XONG", "400", "Trạng thái 'XONG' không có"},
                {"/api/audit/proposals?year=năm", "400", ""}, {"/api/audit/proposals?year=3000", "400", "không hợp lệ"},
                {"/api/audit/proposals/DNKT-1900-99999/timeline", "404", "Không có hồ sơ"},
                {"/api/audit/proposals/DNKT%20x;drop/timeline.csv", "400", ""}}) {
            ResponseEntity<String> r = rest.withBasicAuth(AUDITOR, "demo").getForEntity(bad[0], String.class);
            assertThat(r.getStatusCode().value()).as(bad[0] + " " + r.getBody()).isEqualTo(Integer.parseInt(bad[1]));
            assertThat(r.getBody()).as(bad[0]).contains(bad[2]);
        }
        assertThat(rest.getForEntity("/api/audit/proposals", String.class).getStatusCode().value()).isEqualTo(401);

        // the auditor reads but neither works a task nor changes an instance, a variable or a model
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year,
                f.person("stp", "Lâm Văn Tài", Map.of(), Map.of()));
        String task = f.task(pi, "Task_CompleteDossier").getId();
        assertThat(rest.withBasicAuth(AUDITOR, "demo").getForEntity("/engine-rest/history/process-instance?processInstanceId="
                + pi.getId(), String.class).getStatusCode().value()).isEqualTo(200);
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        for (String[] call : new String[][]{
                {"POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"thanhtra\"}"},
                {"POST", "/engine-rest/task/" + task + "/complete", "{}"},
                {"PUT", "/engine-rest/process-instance/" + pi.getId() + "/suspended", "{\"suspended\":true}"},
                {"PUT", "/engine-rest/process-instance/" + pi.getId() + "/variables/achievementSummary",
                        "{\"value\":\"sửa\",\"type\":\"String\"}"},
                {"DELETE", "/engine-rest/process-instance/" + pi.getId(), null},
                {"POST", "/api/audit/chain/verify", "{}"}}) {
            ResponseEntity<String> r = rest.withBasicAuth(AUDITOR, "demo").exchange(call[1], HttpMethod.valueOf(call[0]),
                    call[2] == null ? null : new HttpEntity<>(call[2], h), String.class);
            assertThat(r.getStatusCode().value()).as(call[0] + " " + call[1] + " " + r.getBody()).isIn(403, 404);
        }
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_CompleteDossier");
        // still the officer's who started it: the auditor's claim changed nothing
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("canbo.stp");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "achievementSummary")).isNotEqualTo("sửa");
        engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test cleanup");
    }

    @Test
    void anAlteredAuditRowIsNamedByTheEndpointAndTheCommandLine() throws Exception {
        aWholeProposal("Tôn Nữ Bích Vân");
        assertThat(get(AUDITOR, "/api/audit/chain/verify").path("intact").asBoolean()).isTrue();
        long seq = jdbc.sql("SELECT MIN(seq) FROM audit_event WHERE kind = 'COUNCIL_RESULT' AND payload LIKE ?")
                .param("%Tôn Nữ Bích Vân%").query(Long.class).single();
        String original = jdbc.sql("SELECT payload FROM audit_event WHERE seq = ?").param(seq).query(String.class).single();
        jdbc.sql("UPDATE audit_event SET payload = ? WHERE seq = ?")
                .params(original.replace("\"yesVotes\":15", "\"yesVotes\":9"), seq).update();
        try {
            JsonNode verdict = get(AUDITOR, "/api/audit/chain/verify");
            assertThat(verdict.path("intact").asBoolean()).isFalse();
            assertThat(verdict.path("brokenSeq").asLong()).isEqualTo(seq);
            assertThat(verdict.path("problemCode").asText()).isEqualTo("ALTERED");
            assertThat(verdict.path("problem").asText()).contains("bản ghi số " + seq);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = VerifyAuditChainCommand.run(new String[]{"--url=" + env.getProperty("spring.datasource.url"),
                            "--user=" + env.getProperty("spring.datasource.username", "sa"),
                            "--password=" + env.getProperty("spring.datasource.password", "")},
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertThat(status).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("bản ghi số " + seq, "ALTERED");
        } finally {
            jdbc.sql("UPDATE audit_event SET payload = ? WHERE seq = ?").params(original, seq).update();
        }
        assertThat(get(AUDITOR, "/api/audit/chain/verify").path("intact").asBoolean()).isTrue();
    }

    @Test
    void camundasHistoryCleanupLeavesTheChainAndTheTimelineWhole() throws Exception {
        ProcessInstance pi = aWholeProposal("Quách Thị Kim Loan");
        String key = f.businessKey(pi);
        int before = get(AUDITOR, "/api/audit/proposals/" + key + "/timeline").path("entries").size();
        long chainBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
        HistoryService history = engine.getHistoryService();
        ManagementService management = engine.getManagementService();

        // the instance's history falls due (as if its 10 years had passed) and the cleanup job runs
        Batch batch = history.setRemovalTimeToHistoricProcessInstances()
                .absoluteRemovalTime(Date.from(Instant.now().minusSeconds(3600))).byIds(pi.getId()).hierarchical()
                .executeAsync();
        runBatch(management, batch);
        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).count()).isZero();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isGreaterThanOrEqualTo(chainBefore);
        assertThat(get(AUDITOR, "/api/audit/proposals/" + key + "/timeline").path("entries").size()).isEqualTo(before);
        assertThat(get(AUDITOR, "/api/audit/chain/verify").path("intact").asBoolean()).isTrue();
        // the cleanup job stays scheduled for the nightly window configured in application.yml
        Job next = management.createJobQuery().jobId(cleanup.getId()).singleResult();
        if (next != null) {
            assertThat(next.getDuedate()).isAfter(new Date());
        }
    }

    private static void runBatch(ManagementService management, Batch batch) {
        for (int guard = 0; guard < 20; guard++) {
            List<Job> jobs = new ArrayList<>();
            jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list());
            jobs.addAll(management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list());
            if (jobs.isEmpty()) {
                break;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        management.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).list()
                .forEach(j -> management.executeJob(j.getId()));
    }

    /** RFC 4180: quoted cells may hold commas, quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return rows;
    }
}

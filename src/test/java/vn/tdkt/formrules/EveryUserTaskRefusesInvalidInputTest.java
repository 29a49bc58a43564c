package vn.tdkt.formrules;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.tdkt.ballot.Choice;
import vn.tdkt.block.cycle.BlockCycleFixture;
import vn.tdkt.council.CouncilFixture;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.JsonVars;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every start form and every user task of every process in processes/, reached by walking the processes as their
 * users do (real starts, every listener, mapping and service task on the way): at each, the task's own user first
 * sends through /engine-rest a value its deployed form (or, for a secret ballot or a choice the process computes, the
 * process's own rule) forbids — 400 naming the field, the task still open or no instance started — and then, as a
 * positive control, the answer the form would send — accepted (204, or 200 with the new instance), the task gone.
 * The control proves that the refusal came from the broken field, not from a door that refuses everyone. A last check
 * makes sure no user task or start form of the models was left out of the walks.
 */
@IntegrationTest
class EveryUserTaskRefusesInvalidInputTest {

    @Autowired ProcessEngine engine;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired Clock clock;

    private final ObjectMapper json = new ObjectMapper();
    private static final List<String> started = new ArrayList<>();
    /** "process / element" of every start form and user task refused and then accepted. */
    private static final Set<String> checked = new TreeSet<>();

    @AfterAll
    static void cleanUp(@Autowired ProcessEngine engine) {
        ClockUtil.reset();
        started.forEach(id -> {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(id, "test cleanup", true, true);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> everyStartFormAndUserTask() {
        return Stream.of(
                DynamicTest.dynamicTest("commendation-proposal: start, dossier, head, intake, escalation, appraisal, "
                        + "approval, chairman", this::proposalDecidedInTheProvince),
                DynamicTest.dynamicTest("commendation-proposal (khen cao) and council-review: hiệp y, the council session "
                        + "with postponement, votes and written ballots, consultation, signing upward, central decision",
                        this::khenCaoThroughTheCouncil),
                DynamicTest.dynamicTest("emulation-registration: start, return, revision, approval", this::registration),
                DynamicTest.dynamicTest("block-emulation-cycle: start, pact, mid-year, scores, cross-check, arbitration, "
                        + "suy tôn, minutes", this::blockCycle),
                DynamicTest.dynamicTest("emulation-movement: draft, return, revision, launch, registration, report, "
                        + "sơ kết, tổng kết", this::movement),
                DynamicTest.dynamicTest("model-example: proposal, dossier, head, vetting, publishing, follow-up, "
                        + "monitoring", this::modelExample),
                DynamicTest.dynamicTest("statistics-report: start, preparation, approval", this::statisticsReport),
                DynamicTest.dynamicTest("award-revocation: request, appraisal, head's return and approval, council, "
                        + "chairman, recovery, confirmation; upward: tờ trình, central decision; unit head's annulment", this::revocation),
                DynamicTest.dynamicTest("no start form or user task of processes/ left out", this::nothingLeftOut));
    }

    // ---- the walks

    private void proposalDecidedInTheProvince() throws Exception {
        int year = LocalDate.now(clock).getYear() - 1;
        ProposalFixture f = proposals();
        String nominee = f.person("stp", "Kiểm Tra Biểu Mẫu", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
        ProcessInstance pi = checkStart("commendation-proposal", "canbo.stp", Map.of("commendationKind", "CONG_TRANG",
                "awardType", "BK_TINH", "periodYear", year, "nomineeCodes", List.of(nominee),
                "achievementSummary", "Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến áp dụng hiệu quả."));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_CompleteDossier");
        f.uploadAll(pi, "canbo.stp");
        check(pi, "Task_CompleteDossier", "canbo.stp", Map.of("officerNote", "Đã tải lên đủ thành phần hồ sơ."));
        check(pi, "Task_HeadSign", "thutruong.stp", Map.of("headDecision", "APPROVE",
                "submissionNumber", f.submissionNumber(pi) + "-BM", "submissionDate", ProposalFixture.engineToday().toString(),
                "submissionProposer", "Giám đốc Sở Tư pháp", "headComment", ""));
        check(pi, "Task_Intake", "tiepnhan", Map.of("intakeDecision", "ACCEPT", "intakeComment", ""));

        // the processing deadline passes: the escalation task appears next to the appraisal
        Date due = (Date) f.var(pi, "processingDueDate");
        try {
            ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
            var overdue = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                    .activityId("Timer_Overdue").singleResult();
            engine.getManagementService().executeJob(overdue.getId());
        } finally {
            ClockUtil.reset();
        }
        check(pi, "Task_Escalate", "lanhdao.snv", Map.of("escalationInstruction", "Hoàn thành thẩm định trong tuần."));

        check(pi, "Task_Appraise", "thamdinh", Map.of("appraisal", f.list(pi, "appraisal"), "appraisalAction", "CONCLUDE",
                "appraisalNote", ""));
        Map<String, Object> approval = new java.util.HashMap<>(f.agencyLetter(pi));
        approval.put("appraisalApproval", "APPROVE");
        approval.put("appraisalApprovalComment", "");
        check(pi, "Task_ApproveAppraisal", "lanhdao.snv", approval);
        List<Map<String, Object>> decision = f.list(pi, "chairmanDecision");
        decision.forEach(row -> row.put("approve", "DONG_Y"));
        check(pi, "Task_ChairmanDecision", "chutich", Map.of("chairmanDecision", decision));
        f.runJobs(pi); // the unit's notification, a job after the decision's commit
        BpmnAwareTests.assertThat(pi).hasPassed("Task_IssueDecision").isEnded();
    }

    private void khenCaoThroughTheCouncil() throws Exception {
        int year = LocalDate.now(clock).getYear() - 1;
        ProposalFixture f = proposals();
        CouncilFixture council = new CouncilFixture(engine, jdbc, f, year);
        String nominee = f.person("stp", "Kiểm Tra Khen Cao", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
        ProcessInstance pi = started(f.start("canbo.stp", "KHEN_CAO", "BK_TTG", year, nominee));
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        f.headApproves(pi);
        f.intakeAccepts(pi);
        f.complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisal", JsonVars.json(f.list(pi, "appraisal")),
                "appraisalAction", "CONCURRENCE", "concurrenceAgencyList", "Cục Thuế tỉnh\nBảo hiểm xã hội tỉnh"));
        check(pi, f.tasks(pi, "Task_RecordConcurrence").get(0), "thamdinh", Map.of("concurrenceOpinion", "DONG_Y",
                "concurrenceNote", "Công văn số 12/CT-TTHT đồng ý."));
        f.complete(pi, "Task_RecordConcurrence", "thamdinh", Map.of("concurrenceOpinion", "DONG_Y", "concurrenceNote", ""));
        f.complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisal", f.edited(pi, "appraisal", Map.of("conclusion", "DAT",
                        "justification", "Đủ tiêu chuẩn Bằng khen Thủ tướng theo hồ sơ kèm theo, đã có Bằng khen tỉnh.")),
                "appraisalAction", "CONCLUDE"));
        f.headApprovesAppraisal(pi);
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_AwaitCouncil");

        // the council session, started by its secretary, with this proposal alone on its agenda
        ProcessInstance session = checkStart("council-review", CouncilFixture.SECRETARY, Map.of(
                "sessionTitle", "Phiên kiểm tra biểu mẫu", "meetingDate", LocalDate.now(clock).toString()));
        List<Map<String, Object>> agenda = f.list(session, "agendaRows");
        agenda.forEach(r -> r.put("include", f.businessKey(pi).equals(r.get("proposalKey"))));
        check(session, "Task_SelectCandidates", CouncilFixture.SECRETARY, Map.of("agendaRows", agenda));
        int members = council.members(session).size();
        check(session, "Task_Attendance", CouncilFixture.SECRETARY, Map.of("attendanceList",
                attendance(f, session, members / 2, 0)));
        check(session, "Task_Postpone", CouncilFixture.SECRETARY, Map.of("newMeetingDate",
                LocalDate.now(clock).plusDays(7).toString(), "postponeReason", "Không đủ 2/3 thành viên dự họp."));
        council.attendance(session, members - 3, 2);
        List<String> voters = council.voters(session);
        Task vote = council.voteTask(session, voters.get(0));
        check(session, vote, voters.get(0), Map.of("secretBallot", council.filledBallot(vote, allYes(council, session))));
        voters.stream().skip(1).forEach(v -> council.vote(session, v, allYes(council, session)));
        List<String> roster = council.members(session);
        Task written = f.task(session, "Task_WrittenBallot");
        check(session, written, CouncilFixture.SECRETARY, Map.of("secretBallot",
                council.filledBallot(written, allYes(council, session)), "writtenBallotVoter", roster.get(members - 3)));
        council.written(session, roster.get(members - 2), allYes(council, session));
        check(session, "Task_CloseVoting", CouncilFixture.SECRETARY, Map.of("votingClosed", true));
        check(session, "Task_MinutesSecretary", CouncilFixture.SECRETARY, Map.of("minutesRef", "91/BB-HĐTĐKT",
                "chairMinutesNote", ""));
        check(session, "Task_MinutesChair", CouncilFixture.CHAIR, Map.of("chairMinutesDecision", "XAC_NHAN",
                "chairMinutesNote", ""));
        BpmnAwareTests.assertThat(session).isEnded();

        // back in the proposal: the public consultation ends, the comments are reviewed, the chairman signs upward
        BpmnAwareTests.assertThat(pi).isWaitingAt("Timer_ConsultationWindow");
        var window = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("Timer_ConsultationWindow").singleResult();
        engine.getManagementService().executeJob(window.getId());
        List<Map<String, Object>> review = f.list(pi, "consultationReview");
        review.forEach(r -> r.put("action", "TIEP_TUC"));
        check(pi, "Task_ReviewComments", "thamdinh", Map.of("consultationReview", review));
        check(pi, "Task_SignUpward", "chutich", Map.of("upwardDecision", "SIGN", "upwardComment", ""));
        List<Map<String, Object>> results = f.list(pi, "centralResults");
        results.forEach(r -> r.put("awarded", "CO"));
        check(pi, "Task_RecordCentralDecision", "thamdinh", Map.of("centralDecisionNumber", "231/QĐ-TTg",
                "centralDecisionDate", LocalDate.now(clock).toString(), "centralAuthority", "Thủ tướng Chính phủ",
                "centralResults", results));
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    private void registration() throws Exception {
        String unit = newUnit();
        int year = LocalDate.now(clock).getYear() + 1;
        ProcessInstance pi = checkStart("emulation-registration", "cb." + unit, Map.of("emulationYear", year,
                "collectiveTitle", "TTLDTT", "ldttCount", 10, "cstdcsCount", 1,
                "commitment", "Phấn đấu hoàn thành xuất sắc nhiệm vụ được giao."));
        check(pi, "Task_HeadReview", "tt." + unit, Map.of("headDecision", "return",
                "headComment", "Bổ sung chỉ tiêu chuyển đổi số."));
        check(pi, "Task_ReviseRegistration", "cb." + unit, Map.of("emulationYear", year, "collectiveTitle", "TTLDXS",
                "ldttCount", 10, "cstdcsCount", 2, "commitment", "Cam kết bổ sung chỉ tiêu chuyển đổi số 100% hồ sơ trực tuyến."));
        Task again = proposals().task(pi, "Task_HeadReview");
        TestUsers.as(engine.getIdentityService(), "tt." + unit, () ->
                engine.getTaskService().complete(again.getId(), Map.of("headDecision", "approve")));
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    private void blockCycle() throws Exception {
        BlockCycleFixture b = new BlockCycleFixture(engine, jdbc, dossiers, unitGroups, profiles, rest,
                LocalDate.now(clock).getYear() - 1, 3);
        List<String> units = b.units;
        String leader = b.leaderOfficer();
        ProcessInstance pi = checkStart("block-emulation-cycle", leader, Map.of("blockCode", b.block,
                "emulationYear", b.year));

        check(pi, b.taskFor(pi, "Task_SignPact", "unit-head." + units.get(0)), "tt." + units.get(0),
                Map.of("pactSigned", true, "registeredTitle", "TTLDXS", "pactNote", ""));
        for (String unit : units.subList(1, units.size())) {
            b.complete(b.taskFor(pi, "Task_SignPact", "unit-head." + unit), "tt." + unit,
                    Map.of("pactSigned", true, "registeredTitle", "TTLDXS"));
        }
        check(pi, "Task_ClosePact", leader, Map.of("pactClosed", true));
        check(pi, "Task_SupervisePact", b.secretary, Map.of("supervisorAttended", true,
                "supervisorRemarks", "Các đơn vị ký giao ước đầy đủ, đúng thời hạn."));

        b.executeTimer(pi, "Timer_MidYear");
        check(pi, b.taskFor(pi, "Task_MidYearReport", "unit-officer." + units.get(0)), "cb." + units.get(0),
                Map.of("midYearReport", "Sáu tháng đầu năm hoàn thành 55% chỉ tiêu, đúng tiến độ."));
        for (String unit : units.subList(1, units.size())) {
            b.complete(b.taskFor(pi, "Task_MidYearReport", "unit-officer." + unit), "cb." + unit,
                    Map.of("midYearReport", "Sáu tháng đầu năm hoàn thành 50% chỉ tiêu."));
        }
        check(pi, "Task_ConsolidateMidYear", leader, Map.of("midYearSummary",
                "Các đơn vị trong khối hoàn thành tốt nhiệm vụ sáu tháng đầu năm."));
        check(pi, "Task_SuperviseMidYear", b.secretary, Map.of("supervisorAttended", true,
                "supervisorRemarks", "Khối hoàn thành tốt nhiệm vụ sáu tháng đầu năm."));
        Task plan = b.tasks(pi, "Task_PlanInspection").get(0);
        List<Map<String, Object>> inspectionRows = b.local(plan, "inspectionRows");
        inspectionRows.get(0).put("visit", true);
        check(pi, plan, b.secretary, Map.of("inspectionFrom", b.year + "-09-15", "inspectionTo",
                b.year + "-09-30", "inspectionRows", inspectionRows));
        check(pi, "Task_InspectVisit", b.secretary, Map.of("visitFindings",
                "Đơn vị thực hiện giao ước đúng kế hoạch, hồ sơ đầy đủ."));
        b.executeTimer(pi, "Timer_YearEnd");
        // self-scoring is due with no sheet sent: the council's reminder goes to every member
        b.executeTimer(pi, "Timer_SelfScoreDue");
        check(pi, "Task_UrgeLateMembers", b.secretary, Map.of("reminderText",
                "Đề nghị các đơn vị gửi bảng tự chấm điểm trong 3 ngày làm việc."));

        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i);
            Task t = b.taskFor(pi, "Task_SelfScore", "unit-officer." + unit);
            long doc = dossiers.store(b.key() + "-" + unit, "KHAC", "minh-chung.pdf", "application/pdf",
                    ("%PDF-1.4\n% " + unit + "\n%%EOF").getBytes(StandardCharsets.US_ASCII), "cb." + unit).id();
            List<Map<String, Object>> items = b.local(t, "scoreItems");
            final int idx = i;
            items.forEach(m -> {
                m.put("score", BlockCycleFixture.points(idx, m));
                m.put("evidenceDocumentId", String.valueOf(doc));
            });
            if (i == 0) {
                check(pi, t, "cb." + unit, Map.of("scoreItems", items));
            } else {
                b.complete(t, "cb." + unit, Map.of("scoreItems", JsonVars.json(items)));
            }
        }

        // the first cross-check marks criterion I.1 ten points down: beyond the tolerance, the leader arbitrates
        List<Task> crossChecks = b.tasks(pi, "Task_CrossCheck");
        for (int i = 0; i < crossChecks.size(); i++) {
            Task t = crossChecks.get(i);
            String checker = (String) engine.getRuntimeService().getVariableLocal(t.getExecutionId(), "checker");
            List<Map<String, Object>> items = b.local(t, "scoreItems");
            boolean lower = i == 0;
            items.forEach(m -> m.put("score", m.get("selfScore") == null ? 0 : Math.max(0,
                    ((Number) m.get("selfScore")).doubleValue() - (lower && "I.1".equals(m.get("code")) ? 10 : 0))));
            if (i == 0) {
                check(pi, t, "cb." + checker, Map.of("scoreItems", items));
            } else {
                b.complete(t, "cb." + checker, Map.of("scoreItems", JsonVars.json(items)));
            }
        }
        Task arbitration = b.tasks(pi, "Task_Arbitrate").get(0);
        List<Map<String, Object>> arbitrated = b.local(arbitration, "scoreItems");
        arbitrated.forEach(m -> m.put("score", m.get("selfScore")));
        check(pi, arbitration, leader, Map.of("scoreItems", arbitrated));

        check(pi, "Task_OpenVote", leader, Map.of("voteOpened", true));
        Task vote = b.taskFor(pi, "Task_Vote", "block-member." + units.get(0));
        List<Map<String, Object>> paper = b.local(vote, "secretBallot");
        paper.forEach(c -> c.put("choice", "DONG_Y"));
        check(pi, vote, "tt." + units.get(0), Map.of("secretBallot", paper));
        for (String unit : units.subList(1, units.size())) {
            b.vote(pi, unit, candidate -> "DONG_Y");
        }
        check(pi, "Task_CloseVote", leader, Map.of("voteClosed", true));
        check(pi, "Task_ConfirmMinutes", leader, Map.of("minutesConfirmed", true));
        check(pi, "Task_SupervisorOpinion", b.secretary, Map.of("supervisorOpinion", "AGREE_WITH_REMARKS",
                "supervisorOpinionNote", "Đồng ý kết quả; đề nghị khối công khai bảng điểm đến các đơn vị."));
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    private void movement() throws Exception {
        LocalDate today = LocalDate.now(clock);
        // a unit of its own launches the movement; Sở Tư pháp takes part
        String standing = "cb." + newUnit();
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("movementName", "Phong trào kiểm tra biểu mẫu " + UUID.randomUUID().toString().substring(0, 6));
        draft.put("movementKind", "CHUYEN_DE");
        draft.put("goal", "Nâng cao chất lượng đời sống người dân nông thôn của tỉnh.");
        draft.put("criteria", "Hoàn thành các chỉ tiêu đăng ký; có mô hình tiêu biểu được nhân rộng.");
        draft.put("startDate", today.toString());
        draft.put("midReviewDate", today.plusDays(60).toString());
        draft.put("endDate", today.plusDays(200).toString());
        draft.put("participantCodes", List.of("stp"));
        draft.put("awardsText", "Bằng khen của Chủ tịch UBND tỉnh cho tập thể tiêu biểu.");
        ProcessInstance pi = checkStart("emulation-movement", standing, draft);
        check(pi, "Task_LaunchDecision", "chutich", Map.of("launchDecision", "return",
                "launchComment", "Bổ sung tiêu chí đo lường."));
        Map<String, Object> revised = new LinkedHashMap<>(draft);
        revised.put("reviseDecision", "resubmit");
        check(pi, "Task_ReviseDraft", standing, revised);
        check(pi, "Task_LaunchDecision", "chutich", Map.of("launchDecision", "approve"));
        check(pi, "Task_Register", "canbo.stp", Map.of("registrationPlan",
                "Đăng ký 100% thủ tục hành chính trực tuyến toàn trình."));
        check(pi, "Task_Report", "canbo.stp", Map.of("progressReport",
                "Đã thực hiện 95% thủ tục trực tuyến toàn trình.", "progressPercent", 95));
        fireTimer(pi, "Timer_MidReview");
        check(pi, "Task_MidReview", standing, Map.of("midReviewReport",
                "Sơ kết: Sở Tư pháp thực hiện tốt các chỉ tiêu đã đăng ký."));
        fireTimer(pi, "Timer_FinalReview");
        check(pi, "Task_FinalReview", standing, Map.of("finalReviewReport",
                "Tổng kết: phong trào đạt mục tiêu đề ra.", "awardedUnitCodes", List.of("stp"),
                "awardTypeCode", "BK_TINH"));
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    private void modelExample() throws Exception {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("exampleKind", "PERSON");
        content.put("title", "Cán bộ tư pháp tận tụy với người dân vùng biên giới");
        content.put("subjectName", "Nguyễn Văn Bảy");
        content.put("story", "Nhiều năm liền anh đi từng ấp, từng nhà để hướng dẫn người dân làm thủ tục hộ tịch, "
                + "giải thích pháp luật bằng lời lẽ giản dị, được bà con tin yêu và các đơn vị học tập.");
        content.put("evidence", "Hướng dẫn hơn 1.200 hồ sơ hộ tịch trực tuyến trong năm.");
        ProcessInstance pi = checkStart("model-example", "canbo.stp", content);
        long id = ((Number) engine.getRuntimeService().getVariable(pi.getId(), "exampleId")).longValue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(png()) {
            @Override
            public String getFilename() {
                return "anh.png";
            }
        });
        assertThat(rest.withBasicAuth("canbo.stp", "demo").postForEntity("/api/model-examples/" + id + "/pictures",
                new HttpEntity<>(body, headers), String.class).getStatusCode().value()).isEqualTo(201);
        Map<String, Object> dossier = new LinkedHashMap<>(content);
        dossier.put("nomineeCode", "stp");
        check(pi, "Task_ExampleDossier", "canbo.stp", dossier);
        check(pi, "Task_ExampleHeadReview", "thutruong.stp", Map.of("headDecision", "approve"));
        check(pi, "Task_ExampleVetting", "thamdinh", Map.of("vettingDecision", "accept", "putForward", false,
                "nurturePlan", "Tuyên truyền trên Báo và Đài tỉnh; chia sẻ kinh nghiệm tại hội nghị.",
                "publicSummary", "Tấm gương cán bộ tư pháp tận tụy, được người dân vùng biên giới tin yêu."));
        check(pi, "Task_ExamplePublishApproval", "lanhdao.snv", Map.of("publishDecision", "approve"));
        Job followUp = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult();
        engine.getManagementService().executeJob(followUp.getId());
        check(pi, "Task_ExampleFollowUp", "canbo.stp", Map.of("followUpReport",
                "Đã tổ chức 4 buổi chia sẻ kinh nghiệm tại các xã biên giới."));
        check(pi, "Task_ExampleMonitor", "lanhdao.snv", Map.of("monitorDecision", "close"));
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    private void statisticsReport() throws Exception {
        int year = LocalDate.now(clock).getYear();
        ProcessInstance pi = checkStart("statistics-report", "thamdinh", Map.of("reportYear", year,
                "awardLevel", "TINH"));
        check(pi, "Task_StatisticsPrepare", "thamdinh", Map.of("figuresChecked", true,
                "preparationNotes", "Đã đối chiếu số liệu với sổ khen thưởng."));
        check(pi, "Task_StatisticsApprove", "lanhdao.snv", Map.of("approvalDecision", "approve",
                "returnReason", ""));
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    private void revocation() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long person = jdbc.sql("SELECT p.id FROM person p JOIN org_unit u ON u.id = p.unit_id WHERE u.code = 'stp'"
                + " ORDER BY p.id").query(Long.class).list().get(0);
        String number = (700000 + new java.util.Random().nextInt(99999)) + "/QĐ-UBND";
        long award = revocationAward(person, "BK_TINH", number);
        // the decision was taken on a proposal the council voted on: the council gives its opinion
        String key = "KT-HB-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO commendation_proposal (business_key, process_instance_id, unit_id, award_type_code,"
                        + " commendation_kind, period_year, achievement_summary, status) SELECT ?, 'khong-co', unit_id,"
                        + " 'BK_TINH', 'CONG_TRANG', 2024, 'Thành tích năm 2024', 'AWARDED' FROM person WHERE id = ?")
                .params(key, person).update();
        jdbc.sql("INSERT INTO proposal_nominee (business_key, seq, person_id, nominee_code, display_name, council_passed)"
                + " SELECT ?, 1, id, code, full_name, TRUE FROM person WHERE id = ?").params(key, person).update();
        int seq = 900000 + new java.util.Random().nextInt(99999);
        jdbc.sql("INSERT INTO decision (decision_number, sequence_number, issuing_year, signed_on, signer_user_id,"
                        + " signer_name, signer_title, subject, award_type_code, award_year, commendation_kind,"
                        + " achievement_text, legal_bases, business_key) VALUES (?, ?, 2018, ?, 'chutich', 'Chủ tịch',"
                        + " 'CHỦ TỊCH', 'Khen thưởng', 'BK_TINH', 2024, 'CONG_TRANG', 'Thành tích', 'Luật', ?)")
                .params(number, seq, LocalDate.of(2025, 2, 20), key).update();
        jdbc.sql("INSERT INTO decision_awardee (decision_id, seq, person_id, display_name, award_record_id) SELECT"
                        + " (SELECT id FROM decision WHERE issuing_year = 2018 AND sequence_number = ?), 1, id, full_name, ?"
                        + " FROM person WHERE id = ?").params(seq, award, person).update();
        ProcessInstance pi = checkStart("award-revocation", "thamdinh", revocationRequest(number, award));
        String appraisal = "Đủ căn cứ hủy bỏ theo kết luận thanh tra đã nêu trong hồ sơ.";
        check(pi, "Task_Appraise", "thamdinh", Map.of("appraisalOpinion", appraisal));
        check(pi, "Task_HeadReview", "lanhdao.snv", Map.of("headDecision", "return",
                "headComment", "Bổ sung kết luận thanh tra."));
        check(pi, "Task_Appraise", "thamdinh", Map.of("appraisalOpinion", appraisal));
        check(pi, "Task_HeadReview", "lanhdao.snv", Map.of("headDecision", "approve"));
        check(pi, "Task_CouncilOpinion", "thuky.hd", Map.of("councilOpinion", "agree",
                "councilRef", "Biên bản số 9/BB-HĐTĐKT", "councilDate", today.toString()));
        check(pi, "Task_ChairmanDecision", "chutich", Map.of("chairmanDecision", "sign"));
        check(pi, "Task_Recovery", "canbo.stp", Map.of("objectReturned", "yes", "bonusRefunded", 3510000,
                "refundDate", today.toString(), "receiptRef", "Biên lai số 0012345"));
        check(pi, "Task_ConfirmRecovery", "thamdinh", Map.of("confirmDecision", "confirm"));
        BpmnAwareTests.assertThat(pi).isEnded();

        String upward = (800000 + new java.util.Random().nextInt(99999)) + "/QĐ-TTg";
        long high = revocationAward(person, "CSTD_TQ", upward);
        ProcessInstance up = checkStart("award-revocation", "thamdinh", revocationRequest(upward, high));
        check(up, "Task_Appraise", "thamdinh", Map.of("appraisalOpinion", appraisal));
        check(up, "Task_HeadReview", "lanhdao.snv", Map.of("headDecision", "approve"));
        check(up, "Task_SignUpward", "chutich", Map.of("upwardDecision", "sign"));
        check(up, "Task_CentralDecision", "thamdinh", Map.of("centralAnnulled", "no",
                "centralNumber", "12/VPCP-TCCV", "centralDate", today.toString()));
        BpmnAwareTests.assertThat(up).isEnded();

        // a unit-level title: the head of the recipient's unit signs the annulment with his own number
        String unitNumber = (600000 + new java.util.Random().nextInt(99999)) + "/QĐ-STP";
        long unitLevel = revocationAward(person, "CSTDCS", unitNumber);
        ProcessInstance unit = checkStart("award-revocation", "thamdinh", revocationRequest(unitNumber, unitLevel));
        check(unit, "Task_Appraise", "thamdinh", Map.of("appraisalOpinion", appraisal));
        check(unit, "Task_HeadReview", "lanhdao.snv", Map.of("headDecision", "approve"));
        check(unit, "Task_UnitHeadDecision", "thutruong.stp", Map.of("unitHeadDecision", "sign",
                "unitDecisionNumber", "15/QĐ-STP", "unitDecisionDate", today.toString()));
        check(unit, "Task_Recovery", "canbo.stp", Map.of("objectReturned", "yes", "bonusRefunded", 0,
                "refundDate", today.toString(), "receiptRef", "Biên bản thu hồi số 3"));
        check(unit, "Task_ConfirmRecovery", "thamdinh", Map.of("confirmDecision", "confirm"));
        BpmnAwareTests.assertThat(unit).isEnded();
    }

    private long revocationAward(long person, String type, String number) {
        jdbc.sql("INSERT INTO award_record (award_type_code, person_id, award_year, commendation_kind, decision_number,"
                        + " decision_date) VALUES (?, ?, 2024, 'CONG_TRANG', ?, ?)")
                .params(type, person, number, LocalDate.of(2025, 2, 20)).update();
        return jdbc.sql("SELECT MAX(id) FROM award_record WHERE decision_number = ?").param(number)
                .query(Long.class).single();
    }

    private static Map<String, Object> revocationRequest(String number, long award) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("decisionKey", number + "|2025-02-20");
        request.put("awardIds", List.of(String.valueOf(award)));
        request.put("grounds", List.of("FALSE_DECLARATION"));
        request.put("source", "INSPECTION");
        request.put("reasons", "Kết luận thanh tra cho thấy kê khai thành tích không trung thực.");
        return request;
    }

    private void fireTimer(ProcessInstance pi, String activityId) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(activityId).singleResult();
        assertThat(timer).as(activityId).isNotNull();
        engine.getManagementService().executeJob(timer.getId());
    }

    /** A small picture, as a phone would upload one. */
    private static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(16, 16,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private void nothingLeftOut() throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    expected.add(processOf(task).getId() + " / " + task.getId());
                }
                for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                    if (start.getCamundaFormRef() != null && start.getParentElement() instanceof Process process) {
                        expected.add(process.getId() + " / start form");
                    }
                }
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(36);
        assertThat(checked).containsExactlyInAnyOrderElementsOf(expected);
    }

    // ---- the two submissions

    /** The start form refused with a broken field (no instance), then submitted as the user would: the new instance. */
    private ProcessInstance checkStart(String processKey, String user, Map<String, Object> valid) throws Exception {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count();
        String formRef = formRefOfStart(processKey);
        Invalid invalid = invalidInput(formRef, processKey);
        String url = "/engine-rest/process-definition/key/" + processKey + "/submit-form";
        ResponseEntity<String> refused = post(user, url, invalid.variables());
        assertThat(refused.getStatusCode().value()).as(processKey + " " + refused.getBody()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).path("message").asText()).contains(invalid.expectedInMessage());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count())
                .as("no instance started").isEqualTo(before);

        ResponseEntity<String> accepted = post(user, url, restVariables(valid));
        assertThat(accepted.getStatusCode().value()).as(processKey + " valid start " + accepted.getBody()).isEqualTo(200);
        String id = json.readTree(accepted.getBody()).path("id").asText();
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
        assertThat(pi).as(processKey + " started").isNotNull();
        checked.add(processKey + " / start form");
        return started(pi);
    }

    private void check(ProcessInstance pi, String taskKey, String user, Map<String, Object> valid) throws Exception {
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(taskKey).list();
        assertThat(open).as("task " + taskKey + " reached").hasSize(1);
        check(pi, open.get(0), user, valid);
    }

    /**
     * The task refused with a broken field and left open, then completed by the same user with what the form would
     * send: 204 and the task gone.
     */
    private void check(ProcessInstance pi, Task task, String user, Map<String, Object> valid) throws Exception {
        assertThat(task).as("task in place").isNotNull();
        String key = task.getTaskDefinitionKey();
        assertOwnUser(task, user);

        Invalid invalid = invalidInput(formRefOf(pi, key), key);
        ResponseEntity<String> refused = post(user, "/engine-rest/task/" + task.getId() + "/complete", invalid.variables());
        assertThat(refused.getStatusCode().value()).as(key + " " + refused.getBody()).isEqualTo(400);
        String message = json.readTree(refused.getBody()).path("message").asText();
        assertThat(message).as(key).isNotBlank();
        if (message.startsWith("Chưa lưu được:")) {
            // the form's rules answered: the field broken on purpose is named
            assertThat(message).as(key).contains(invalid.expectedInMessage());
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as(key + " still open").isOne();

        ResponseEntity<String> accepted = post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
                restVariables(valid));
        assertThat(accepted.getStatusCode().value()).as(key + " valid answer " + accepted.getBody()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as(key + " done").isZero();
        checked.add(engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey() + " / " + key);
    }

    /** The user is the task's assignee, or (when it has none) a member of one of its candidate groups. */
    private void assertOwnUser(Task task, String user) {
        if (task.getAssignee() != null) {
            assertThat(user).as(task.getTaskDefinitionKey() + " is assigned").isEqualTo(task.getAssignee());
            return;
        }
        boolean candidate = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .anyMatch(l -> user.equals(l.getUserId()) || (l.getGroupId() != null && engine.getIdentityService()
                        .createUserQuery().userId(user).memberOfGroup(l.getGroupId()).count() > 0));
        assertThat(candidate).as(user + " is a candidate of " + task.getTaskDefinitionKey()).isTrue();
    }

    private ResponseEntity<String> post(String user, String url, Map<String, Object> variables) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity(url,
                new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers), String.class);
    }

    /** Variables as Tasklist sends them: strings, numbers and booleans typed, lists and objects as Json. */
    private Map<String, Object> restVariables(Map<String, Object> values) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            if (v instanceof List<?> || v instanceof Map<?, ?>) {
                out.put(e.getKey(), Map.of("value", json.writeValueAsString(v), "type", "Json"));
            } else {
                out.put(e.getKey(), typed(v));
            }
        }
        return out;
    }

    // ---- fixtures

    private ProposalFixture proposals() {
        return new ProposalFixture(engine, jdbc, dossiers);
    }

    private static ProcessInstance started(ProcessInstance pi) {
        started.add(pi.getId());
        return pi;
    }

    /** Attendance rows as Tasklist sends them: the first {@code present} present, the next {@code written} absent with a written ballot. */
    private List<Map<String, Object>> attendance(ProposalFixture f, ProcessInstance session, int present, int written) {
        List<Map<String, Object>> rows = f.list(session, "attendanceList");
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).remove("userId");
            rows.get(i).put("attendance", i < present ? "PRESENT" : i < present + written ? "ABSENT_WRITTEN" : "ABSENT");
        }
        return rows;
    }

    private static Map<String, Choice> allYes(CouncilFixture council, ProcessInstance session) {
        Map<String, Choice> yes = new LinkedHashMap<>();
        council.candidates(session).values().forEach(c -> yes.put(c, Choice.DONG_Y));
        return yes;
    }

    /** A unit of its own (nothing registered or proposed yet) with an officer cb.<code> and a head tt.<code>. */
    private String newUnit() {
        String code = "f" + UUID.randomUUID().toString().substring(0, 6).toLowerCase();
        return new TestOrganisation(rest, engine.getIdentityService(), unitGroups, profiles, jdbc)
                .staffedUnit(code, "Đơn vị kiểm tra " + code);
    }

    private String formRefOf(ProcessInstance pi, String taskKey) {
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(pi.getProcessDefinitionId());
        return ((UserTask) model.getModelElementById(taskKey)).getCamundaFormRef();
    }

    private String formRefOfStart(String processKey) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition);
        return model.getModelElementsByType(StartEvent.class).stream()
                .filter(s -> s.getCamundaFormRef() != null && s.getParentElement() instanceof Process)
                .findFirst().orElseThrow().getCamundaFormRef();
    }

    record Invalid(Map<String, Object> variables, String expectedInMessage) { }

    /** The first rule of the task's form broken on purpose; for a ballot or a computed choice, the process's rule. */
    private boolean checkableByForm(FieldRule rule) {
        boolean choice = Set.of("select", "radio", "checklist", "taglist").contains(rule.type());
        return !choice || (rule.allowedValues() != null && !rule.allowedValues().isEmpty());
    }

    private Invalid invalidInput(String formRef, String element) throws IOException {
        String form = Files.readString(formFile(formRef));
        FormRules rules = FormRuleParser.parse(form);
        if (rules.fields().isEmpty()) {
            return processRuleInput(element, form);
        }
        // a choice whose options Tasklist reads from a URL at form open has no fixed list the form's rules can hold
        // it to (the process checks it against the catalogue), so the field broken on purpose is one with its own rule
        FieldRule f = rules.fields().stream().filter(r -> r.listPath() == null).filter(this::checkableByForm)
                .findFirst().orElse(rules.fields().get(0));
        Map<String, Object> value;
        String expected = "«" + f.displayName() + "»";
        Object bad = switch (f.type()) {
            case "number" -> f.max() != null ? f.max() + 1 : f.min() != null ? f.min() - 1 : "không phải số";
            case "select", "radio", "checklist", "taglist" -> "KHONG_CO_LUA_CHON_NAY";
            case "datetime" -> "31/02/2026";
            case "checkbox" -> f.required() ? false : "có lẽ";
            default -> f.required() ? "   " : 12345;
        };
        if (f.listPath() == null) {
            value = Map.of(f.key(), typed(bad));
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(f.key(), bad);
            value = Map.of(f.listPath(), Map.of("value", json.writeValueAsString(List.of(row)), "type", "Json"));
        }
        return new Invalid(value, expected);
    }

    private Invalid processRuleInput(String element, String form) {
        assertThat(form).as(element + ": a form without rules must be a secret ballot").contains("\"secretBallot");
        // a ballot with a choice that is not on it: the ballot box refuses it, nothing is cast
        String ballot = "[{\"candidateCode\":\"KHONG_CO\",\"choice\":\"BAY_BA\"}]";
        return new Invalid(Map.of("secretBallot", Map.of("value", ballot, "type", "Json")), "phiếu");
    }

    private static Map<String, Object> typed(Object value) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value);
        if (value instanceof String) {
            v.put("type", "String");
        } else if (value instanceof Boolean) {
            v.put("type", "Boolean");
        } else if (value instanceof Double) {
            v.put("type", "Double");
        } else if (value instanceof Integer) {
            v.put("type", "Integer");
        }
        return v;
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance e = element;
        while (!(e instanceof Process)) {
            e = e.getParentElement();
        }
        return (Process) e;
    }

    private static Path formFile(String formRef) throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            return forms.filter(p -> p.toString().endsWith(".form")).filter(p -> {
                try {
                    return formRef.equals(FormRuleParser.parse(Files.readString(p)).formId());
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow(() -> new AssertionError("no form " + formRef));
        }
    }
}

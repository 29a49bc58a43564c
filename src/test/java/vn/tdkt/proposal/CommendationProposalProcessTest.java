package vn.tdkt.proposal;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of commendation-proposal, on the deployed models with the real registry, dossier store, decision
 * register and outbox: the happy path, returns by the head and by intake (once and twice), a missing document,
 * an ineligible nominee, an override, hiệp y with its deadline, the council session's result message, khen cao with
 * consultation and a blocking comment, the SLA timers, and the đột xuất fast track.
 */
@IntegrationTest
class CommendationProposalProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;
    @Autowired vn.tdkt.awarddecision.AwardDecisionService decisions;
    @Autowired vn.tdkt.awarddecision.pdf.DecisionPdf decisionPdf;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;

    ProposalFixture f;
    int year;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        year = LocalDate.now(clock).getYear() - 1;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Two consecutive CSTĐCS: Bằng khen of the chairman under Art. 74(1)(d). */
    private String meritoriousPerson(String name) {
        return f.person("stp", name, Map.of("CSTDCS", List.of(year - 1, year), "LDTT", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
    }

    private ProcessInstance submittedToIntake(String kind, String award, String... nominees) {
        ProcessInstance pi = f.start("canbo.stp", kind, award, year, nominees);
        assertThat(pi).isWaitingAt(ProposalSteps.COMPLETE_DOSSIER);
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        f.headApproves(pi);
        assertThat(pi).isWaitingAt(ProposalSteps.INTAKE);
        return pi;
    }

    private int awards(String personCode, String awardType) {
        return jdbc.sql("SELECT COUNT(*) FROM award_record r JOIN person p ON p.id = r.person_id"
                + " WHERE p.code = ? AND r.award_type_code = ?").params(personCode, awardType)
                .query(Integer.class).single();
    }

    private int outbox(String businessKey, String subjectPart) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE business_key = ? AND subject LIKE ?")
                .params(businessKey, "%" + subjectPart + "%").query(Integer.class).single();
    }

    @Test
    void happyPathFromDossierToSignedDecisionAndMail() {
        String nominee = meritoriousPerson("Nguyễn Thị Ánh Tuyết");
        ProcessInstance pi = submittedToIntake("CONG_TRANG", "BK_TINH", nominee);
        String key = f.businessKey(pi);
        Assertions.assertThat(key).matches("DNKT-\\d{4}-\\d{5}");
        Assertions.assertThat(f.required(pi)).containsExactlyInAnyOrder("TTR", "BCTT", "BB");
        assertThat(f.task(pi, ProposalSteps.INTAKE)).hasCandidateGroup("sa-receiver");

        f.intakeAccepts(pi);
        assertThat(pi).isWaitingAt(ProposalSteps.APPRAISE);
        Assertions.assertThat(f.var(pi, ProposalVariables.PROCESSING_DUE_DATE)).isInstanceOf(Date.class);
        assertThat(f.task(pi, ProposalSteps.APPRAISE)).hasCandidateGroup("sa-specialist")
                .hasDueDate((Date) f.var(pi, ProposalVariables.PROCESSING_DUE_DATE));
        Assertions.assertThat(f.list(pi, ProposalVariables.APPRAISAL)).singleElement()
                .satisfies(i -> Assertions.assertThat(i).containsEntry("conclusion", "DAT"));

        f.appraiseAsIs(pi);
        // someone goes on to the chairman: the Sở head's approval carries the Sở's tờ trình, refused without it
        Assertions.assertThat(f.var(pi, AgencySubmission.NEEDED)).isEqualTo(true);
        Assertions.assertThatThrownBy(() -> f.complete(pi, ProposalSteps.APPROVE_APPRAISAL, "lanhdao.snv",
                        Map.of(ProposalVariables.APPRAISAL_APPROVAL, "APPROVE", AgencySubmission.NEEDED, false)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Phải ghi số tờ trình của Sở Nội vụ");
        f.headApprovesAppraisal(pi);
        assertThat(pi).hasPassed("Task_NeedsCouncil").isWaitingAt(ProposalSteps.CHAIRMAN_DECISION);
        String agencyNumber = (String) f.agencyLetter(pi).get(AgencySubmission.NUMBER);
        Assertions.assertThat(f.var(pi, AgencySubmission.TEXT)).isEqualTo("Số " + agencyNumber + " ngày "
                + ProposalTexts.VN_DATE.format(ProposalFixture.engineToday()));
        assertThat(f.task(pi, ProposalSteps.CHAIRMAN_DECISION)).hasCandidateGroup("chairman");
        f.complete(pi, ProposalSteps.CHAIRMAN_DECISION, "chutich", Map.of(ProposalVariables.CHAIRMAN_DECISION,
                f.edited(pi, ProposalVariables.CHAIRMAN_DECISION, Map.of("approve", "DONG_Y"))));

        // the chairman's answer commits with the decision; telling the unit is a job of its own, so that a failing
        // notification is retried without taking the signed decision back
        assertThat(pi).hasPassed("Task_IssueDecision").isWaitingAt(ProposalSteps.NOTIFY_AWARDED);
        assertThat(BpmnAwareTests.job(pi)).hasActivityId(ProposalSteps.NOTIFY_AWARDED);
        Assertions.assertThat(decisions.byBusinessKey(key)).hasSize(1);
        Assertions.assertThat(outbox(key, "Quyết định khen thưởng số ")).as("not told yet").isZero();
        f.runJobs(pi);

        assertThat(pi).hasPassed("Task_IssueDecision", ProposalSteps.NOTIFY_AWARDED).isEnded();
        Assertions.assertThat(BpmnAwareTests.historyService().createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId()).activityId("End_Awarded").count()).isOne();
        String number = (String) BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(ProposalVariables.DECISION_NUMBER).singleResult().getValue();
        Assertions.assertThat(number).matches("\\d+/QĐ-UBND");
        // the decision cites the unit's tờ trình and the Sở's
        Assertions.assertThat(decisions.byBusinessKey(key)).singleElement().satisfies(d -> Assertions
                .assertThat(d.legalBases()).last().asString().startsWith("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số "
                        + f.submissionNumber(pi)).endsWith(" và của Giám đốc Sở Nội vụ tại Tờ trình số " + agencyNumber
                        + " " + vn.tdkt.awarddecision.VietnameseDates.longForm(ProposalFixture.engineToday()) + "."));
        Assertions.assertThat(awards(nominee, "BK_TINH")).isOne();
        Assertions.assertThat(outbox(key, "Quyết định khen thưởng số " + number)).as("the unit's mail").isOne();
        Assertions.assertThat(outbox(key, "Đã ban hành Quyết định số " + number)).as("the chairman's mail").isOne();
        Assertions.assertThat(jdbc.sql("SELECT status FROM commendation_proposal WHERE business_key = ?").param(key)
                .query(String.class).single()).isEqualTo("AWARDED");
    }

    /** A vice-chairman may decide in the chairman's place: the decision is signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
    @Test
    void aViceChairmanDecidesAndSignsForTheChairman() throws Exception {
        String nominee = meritoriousPerson("Lâm Thị Bích Vân");
        ProcessInstance pi = submittedToIntake("CONG_TRANG", "BK_TINH", nominee);
        f.intakeAccepts(pi);
        f.appraiseAsIs(pi);
        f.headApprovesAppraisal(pi);
        assertThat(f.task(pi, ProposalSteps.CHAIRMAN_DECISION)).hasCandidateGroup("chairman").hasCandidateGroup("vice-chairman");
        // as Tasklist sends it, signed in as the vice-chairman
        String taskId = f.task(pi, ProposalSteps.CHAIRMAN_DECISION).getId();
        String answer = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("variables",
                Map.of(ProposalVariables.CHAIRMAN_DECISION, Map.of("value", JsonVars.toJson(approvedRows(pi)), "type", "Json"))));
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var done = rest.withBasicAuth("phochutich", "demo").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new org.springframework.http.HttpEntity<>(answer, headers), String.class);
        Assertions.assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(204);
        assertThat(pi).hasPassed("Task_IssueDecision").isWaitingAt(ProposalSteps.NOTIFY_AWARDED);
        f.runJobs(pi);
        assertThat(pi).isEnded();
        vn.tdkt.awarddecision.DecisionView d = decisions.byBusinessKey(f.businessKey(pi)).get(0);
        Assertions.assertThat(d.signerTitle()).isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        Assertions.assertThat(d.signerUserId()).isEqualTo("phochutich");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(decisionPdf.render(d))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            Assertions.assertThat(text).contains("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thanh Ngọc");
        }
    }

    private List<Map<String, Object>> approvedRows(ProcessInstance pi) {
        List<Map<String, Object>> rows = f.list(pi, ProposalVariables.CHAIRMAN_DECISION);
        rows.forEach(r -> r.put("approve", "DONG_Y"));
        return rows;
    }

    @Test
    void aMissingDocumentKeepsTheDossierTaskOpen() {
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, meritoriousPerson("Trần Văn Đức"));
        f.upload(pi, "TTR", "canbo.stp");
        Assertions.assertThatThrownBy(() -> f.submitDossier(pi)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Hồ sơ còn thiếu").hasMessageContaining("Báo cáo thành tích");
        assertThat(pi).isWaitingAt(ProposalSteps.COMPLETE_DOSSIER);
    }

    @Test
    void theHeadSendsBackAndIntakeReturnsTwiceEveryRoundKept() {
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, meritoriousPerson("Lê Hoàng Phụng"));
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        Assertions.assertThatThrownBy(() -> f.complete(pi, ProposalSteps.HEAD_SIGN, "thutruong.stp",
                Map.of(ProposalVariables.HEAD_DECISION, "RETURN"))).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("lý do");
        f.complete(pi, ProposalSteps.HEAD_SIGN, "thutruong.stp", Map.of(ProposalVariables.HEAD_DECISION, "RETURN",
                ProposalVariables.HEAD_COMMENT, "Báo cáo thành tích chưa có số liệu năm."));
        assertThat(pi).isWaitingAt(ProposalSteps.COMPLETE_DOSSIER);
        Assertions.assertThat((String) f.var(pi, ProposalVariables.RETURN_REASON)).contains("Thủ trưởng").contains("số liệu");

        for (int round = 1; round <= 2; round++) {
            f.submitDossier(pi);
            f.headApproves(pi);
            f.complete(pi, ProposalSteps.INTAKE, "tiepnhan", Map.of(ProposalVariables.INTAKE_DECISION, "RETURN",
                    ProposalVariables.INTAKE_COMMENT, "Bổ sung biên bản họp xét lần " + round));
            assertThat(pi).isWaitingAt(ProposalSteps.COMPLETE_DOSSIER);
            f.upload(pi, "BB", "canbo.stp");
        }
        f.submitDossier(pi);
        f.headApproves(pi);
        f.intakeAccepts(pi);
        assertThat(pi).isWaitingAt(ProposalSteps.APPRAISE);

        String key = f.businessKey(pi);
        List<Integer> intakeRounds = jdbc.sql("SELECT round_no FROM proposal_event WHERE business_key = ?"
                + " AND stage = 'Task_Intake' ORDER BY id").param(key).query(Integer.class).list();
        Assertions.assertThat(intakeRounds).containsExactly(2, 3, 4);
        Assertions.assertThat(jdbc.sql("SELECT outcome FROM proposal_event WHERE business_key = ? AND stage = 'Task_Intake'"
                + " ORDER BY id").param(key).query(String.class).list()).containsExactly("RETURN", "RETURN", "ACCEPT");
        Assertions.assertThat(outbox(key, "trả lại")).isEqualTo(2);
    }

    @Test
    void theSpecialistReturnsTheDossierAfterAppraisalAndTheClockStartsAgain() {
        ProcessInstance pi = submittedToIntake("CONG_TRANG", "BK_TINH", meritoriousPerson("Quách Thị Nga"));
        f.intakeAccepts(pi);
        Date firstDue = (Date) f.var(pi, ProposalVariables.PROCESSING_DUE_DATE);
        Assertions.assertThatThrownBy(() -> f.complete(pi, ProposalSteps.APPRAISE, "thamdinh", Map.of(ProposalVariables.APPRAISAL_ACTION, "RETURN")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("trả lại");
        f.complete(pi, ProposalSteps.APPRAISE, "thamdinh", Map.of(ProposalVariables.APPRAISAL_ACTION, "RETURN",
                ProposalVariables.APPRAISAL_NOTE, "Báo cáo thành tích chưa có xác nhận của thủ trưởng đơn vị."));
        assertThat(pi).hasPassed("End_ReturnedAtAppraisal", ProposalSteps.RETURN_BY_APPRAISAL).isWaitingAt(ProposalSteps.COMPLETE_DOSSIER);
        Assertions.assertThat((String) f.var(pi, ProposalVariables.RETURN_REASON)).contains("Sở Nội vụ", "xác nhận");
        Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count())
                .as("the SLA timers stop with the return").isZero();
        Assertions.assertThat(outbox(f.businessKey(pi), "trả lại")).isOne();

        f.upload(pi, "BCTT", "canbo.stp");
        f.submitDossier(pi);
        f.headApproves(pi);
        ClockUtil.setCurrentTime(new Date(firstDue.getTime() - 86_400_000L));
        f.intakeAccepts(pi);
        Assertions.assertThat((Date) f.var(pi, ProposalVariables.PROCESSING_DUE_DATE)).isAfter(firstDue);
        assertThat(pi).isWaitingAt(ProposalSteps.APPRAISE);
    }

    /**
     * Where the legal parameters say the time resumes after a return (DEADLINE_AFTER_RETURN = RESUME), the working
     * days the Sở spent before returning are deducted: accepted again the day of the return, the dossier keeps its
     * first due date. The table is deployed as an admin would from the Modeler, then removed.
     */
    @Test
    void whereTheTimeResumesTheDaysSpentBeforeAReturnAreDeducted() throws Exception {
        String resume = java.nio.file.Files.readString(java.nio.file.Path.of("processes/legal-parameters.dmn"))
                .replace("&quot;RESTART&quot;", "&quot;RESUME&quot;");
        org.camunda.bpm.engine.repository.Deployment deployment = engine.getRepositoryService().createDeployment()
                .name("tham-so-tiep-tuc-thoi-han").addString("legal-parameters.dmn", resume).deploy();
        try {
            ProcessInstance pi = submittedToIntake("CONG_TRANG", "BK_TINH", meritoriousPerson("Tạ Thị Tiếp Tục"));
            f.intakeAccepts(pi);
            Date firstDue = (Date) f.var(pi, ProposalVariables.PROCESSING_DUE_DATE);
            ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 7 * 86_400_000L));
            f.complete(pi, ProposalSteps.APPRAISE, "thamdinh", Map.of(ProposalVariables.APPRAISAL_ACTION, "RETURN",
                    ProposalVariables.APPRAISAL_NOTE, "Thiếu xác nhận của thủ trưởng đơn vị."));
            Assertions.assertThat(((Number) f.var(pi, ProposalVariables.PROCESSING_DAYS_USED)).intValue()).isBetween(4, 7);
            f.upload(pi, "BCTT", "canbo.stp");
            f.submitDossier(pi);
            f.headApproves(pi);
            f.intakeAccepts(pi);
            Assertions.assertThat((Date) f.var(pi, ProposalVariables.PROCESSING_DUE_DATE)).isEqualTo(firstDue);
            runtimeService.deleteProcessInstance(pi.getId(), "kiểm thử xong");
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void anIneligibleNomineeEndsNotAwardedWithTheReasons() {
        String nobody = f.person("stp", "Phạm Minh Khôi", Map.of(), Map.of(year, "TOT"));
        ProcessInstance pi = submittedToIntake("CONG_TRANG", "BK_TINH", nobody);
        f.intakeAccepts(pi);
        Assertions.assertThat(f.list(pi, ProposalVariables.APPRAISAL).get(0).get("autoResult").toString())
                .contains("Chưa đủ điều kiện").contains("2 lần liên tục");
        f.appraiseAsIs(pi);
        // nobody goes on to the chairman: no tờ trình of the Sở is asked for
        Assertions.assertThat(f.var(pi, AgencySubmission.NEEDED)).isEqualTo(false);
        f.complete(pi, ProposalSteps.APPROVE_APPRAISAL, "lanhdao.snv", Map.of(ProposalVariables.APPRAISAL_APPROVAL, "APPROVE"));
        assertThat(pi).hasPassed("End_NoneEligible", ProposalSteps.NOTIFY_NOT_AWARDED).isEnded();
        Assertions.assertThat(outbox(f.businessKey(pi), "không được khen thưởng")).isOne();
        Assertions.assertThat(awards(nobody, "BK_TINH")).isZero();
    }

    @Test
    void aSpecialistOverridesOnlyWithAWrittenJustification() {
        String nobody = f.person("stp", "Đặng Thu Hà", Map.of(), Map.of(year, "XUAT_SAC"));
        ProcessInstance pi = submittedToIntake("CONG_TRANG", "BK_TINH", nobody);
        f.intakeAccepts(pi);
        Object overridden = f.edited(pi, ProposalVariables.APPRAISAL, Map.of("conclusion", "DAT", "justification", "ngắn"));
        Assertions.assertThatThrownBy(() -> f.complete(pi, ProposalSteps.APPRAISE, "thamdinh", Map.of(ProposalVariables.APPRAISAL, overridden,
                ProposalVariables.APPRAISAL_ACTION, "CONCLUDE"))).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("phải ghi căn cứ");
        Object justified = f.edited(pi, ProposalVariables.APPRAISAL, Map.of("conclusion", "DAT", "justification",
                "Có thành tích đột xuất trong phòng chống thiên tai, được UBND tỉnh ghi nhận."));
        f.complete(pi, ProposalSteps.APPRAISE, "thamdinh", Map.of(ProposalVariables.APPRAISAL, justified, ProposalVariables.APPRAISAL_ACTION, "CONCLUDE"));
        Assertions.assertThat((String) f.var(pi, ProposalVariables.APPRAISAL_SUMMARY)).as("what the Sở head reads before approving")
                .contains("1/1 đối tượng đủ điều kiện", "Đặng Thu Hà", "khác kết quả xét tự động", "thiên tai");
        f.headApprovesAppraisal(pi);
        assertThat(pi).isWaitingAt(ProposalSteps.CHAIRMAN_DECISION);
        Assertions.assertThat(jdbc.sql("SELECT override_justification FROM proposal_nominee WHERE business_key = ?")
                .param(f.businessKey(pi)).query(String.class).single()).contains("thiên tai");
    }

    @Test
    void concurrenceRunsInParallelAndTheDeadlineRecordsTheSilenceForTheSpecialist() {
        ProcessInstance pi = submittedToIntake("CONG_TRANG", "BK_TINH", meritoriousPerson("Võ Thanh Sơn"));
        f.intakeAccepts(pi);
        Assertions.assertThatThrownBy(() -> f.complete(pi, ProposalSteps.APPRAISE, "thamdinh", Map.of(ProposalVariables.APPRAISAL,
                JsonVars.json(f.list(pi, ProposalVariables.APPRAISAL)), ProposalVariables.APPRAISAL_ACTION, "CONCURRENCE")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("cơ quan");
        f.complete(pi, ProposalSteps.APPRAISE, "thamdinh", Map.of(ProposalVariables.APPRAISAL, JsonVars.json(f.list(pi, ProposalVariables.APPRAISAL)),
                ProposalVariables.APPRAISAL_ACTION, "CONCURRENCE", ProposalVariables.CONCURRENCE_AGENCY_LIST, "Cục Thuế tỉnh\nBảo hiểm xã hội tỉnh"));
        Assertions.assertThat(f.tasks(pi, ProposalSteps.RECORD_CONCURRENCE)).hasSize(2);
        var first = f.tasks(pi, ProposalSteps.RECORD_CONCURRENCE).get(0);
        TestUsers.as(engine.getIdentityService(), "thamdinh", () -> engine.getTaskService().complete(first.getId(),
                Map.of(ProposalVariables.CONCURRENCE_OPINION, "DONG_Y", ProposalVariables.CONCURRENCE_NOTE, "Công văn số 12/CT ngày 01/12")));
        Assertions.assertThat(f.tasks(pi, ProposalSteps.RECORD_CONCURRENCE)).hasSize(1);

        Job deadline = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("Timer_ConcurrenceDeadline").singleResult();
        Assertions.assertThat(deadline.getDuedate()).isEqualTo((Date) f.var(pi, ProposalVariables.CONCURRENCE_DUE_DATE));
        managementService.executeJob(deadline.getId());

        assertThat(pi).hasPassed("Task_ConcurrenceTimeout").isWaitingAt(ProposalSteps.APPRAISE);
        Assertions.assertThat((String) f.var(pi, ProposalVariables.CONCURRENCE_SUMMARY)).contains("đồng ý – Công văn số 12/CT")
                .contains("quá hạn không trả lời; quy định coi như đồng ý chưa được xác nhận");
    }

    @Test
    void theCouncilPathWaitsForTheCouncilSessionsResult() {
        String a = f.person("stp", "Huỳnh Văn Nam", Map.of("CSTDCS", List.of(year - 2, year - 1, year)), Map.of(year, "XUAT_SAC"));
        String b = f.person("stp", "Ngô Thị Lan", Map.of("CSTDCS", List.of(year - 2, year - 1, year)), Map.of(year, "XUAT_SAC"));
        f.initiative(a, year, "TINH");
        f.initiative(b, year, "TINH");
        ProcessInstance pi = submittedToIntake("CONG_TRANG", "CSTD_TINH", a, b);
        f.intakeAccepts(pi);
        f.appraiseAsIs(pi);
        f.headApprovesAppraisal(pi);
        assertThat(pi).isWaitingAt(ProposalSteps.AWAIT_COUNCIL);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        Assertions.assertThat(jdbc.sql("SELECT status FROM commendation_proposal WHERE business_key = ?")
                .param(f.businessKey(pi)).query(String.class).single()).isEqualTo("COUNCIL");

        // a result that does not add up is refused and the proposal keeps waiting
        List<Map<String, Object>> results = f.list(pi, ProposalVariables.COUNCIL_RESULTS);
        results.get(0).putAll(Map.of("yesVotes", 16, "totalMembers", 15, "passed", true));
        results.get(1).putAll(Map.of("yesVotes", 12, "totalMembers", 15, "passed", false));
        Assertions.assertThatThrownBy(() -> correlateCouncil(pi, results)).isInstanceOf(FormFieldValidationException.class);
        assertThat(pi).isWaitingAt(ProposalSteps.AWAIT_COUNCIL);

        results.get(0).put("yesVotes", 14);
        correlateCouncil(pi, results);
        assertThat(pi).hasPassed(ProposalSteps.AWAIT_COUNCIL, "Task_ApplyCouncilResult").isWaitingAt(ProposalSteps.CHAIRMAN_DECISION);
        Assertions.assertThat(jdbc.sql("SELECT status FROM commendation_proposal WHERE business_key = ?")
                .param(f.businessKey(pi)).query(String.class).single()).isEqualTo("WAITING_DECISION");
        Assertions.assertThat(f.list(pi, ProposalVariables.CHAIRMAN_DECISION)).extracting(i -> i.get("nomineeCode"))
                .containsExactly(results.get(0).get("nomineeCode"));
        Assertions.assertThat(jdbc.sql("SELECT note FROM proposal_event WHERE business_key = ? AND stage = 'COUNCIL'")
                .param(f.businessKey(pi)).query(String.class).single()).isEqualTo("Biên bản số 5/BB-HĐTĐKT");

        // nobody passed: the proposal ends as not awarded and the unit is told
        String c = f.person("stp", "Trịnh Quốc Bảo", Map.of("CSTDCS", List.of(year - 2, year - 1, year)), Map.of(year, "XUAT_SAC"));
        f.initiative(c, year, "TINH");
        ProcessInstance other = submittedToIntake("CONG_TRANG", "CSTD_TINH", c);
        f.intakeAccepts(other);
        f.appraiseAsIs(other);
        f.headApprovesAppraisal(other);
        f.councilDecides(other, false);
        assertThat(other).hasPassed("End_NotPassed").isEnded();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE business_key = ?")
                .param(f.businessKey(other)).query(Integer.class).single()).isPositive();
    }

    private void correlateCouncil(ProcessInstance pi, List<Map<String, Object>> results) {
        runtimeService.createMessageCorrelation(ProposalSteps.COUNCIL_RESULT_MESSAGE).processInstanceBusinessKey(f.businessKey(pi))
                .setVariable(ProposalVariables.COUNCIL_RESULTS, JsonVars.json(results))
                .setVariable(ProposalVariables.COUNCIL_MINUTES_REF, "Biên bản số 5/BB-HĐTĐKT").correlate();
    }

    @Test
    void khenCaoGoesThroughConsultationWhereASubstantiatedCommentStopsANominee() {
        String a = meritoriousPerson("Lý Thị Hồng");
        String b = meritoriousPerson("Châu Văn Tài");
        ProcessInstance pi = submittedToIntake("KHEN_CAO", "BK_TTG", a, b);
        Assertions.assertThat(f.required(pi)).contains("HY", "TU");
        f.intakeAccepts(pi);
        Object overridden = f.edited(pi, ProposalVariables.APPRAISAL, Map.of("conclusion", "DAT",
                "justification", "Đủ tiêu chuẩn Bằng khen Thủ tướng theo hồ sơ kèm theo, đã có Bằng khen tỉnh."));
        f.complete(pi, ProposalSteps.APPRAISE, "thamdinh", Map.of(ProposalVariables.APPRAISAL, overridden, ProposalVariables.APPRAISAL_ACTION, "CONCLUDE"));
        f.headApprovesAppraisal(pi);
        f.councilDecides(pi, true);
        assertThat(pi).isWaitingAt(ProposalSteps.TIMER_CONSULTATION_WINDOW);
        String key = f.businessKey(pi);
        jdbc.sql("INSERT INTO consultation_comment (business_key, nominee_code, author_name, content, submitted_by, submitted_at)"
                        + " VALUES (?, ?, 'Nguyễn Văn Dân', 'Cá nhân này đang bị khiếu nại về việc kê khai thành tích.', 'canbo.syt', CURRENT_TIMESTAMP)")
                .params(key, b).update();
        Job window = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(ProposalSteps.TIMER_CONSULTATION_WINDOW)
                .singleResult();
        managementService.executeJob(window.getId());
        assertThat(pi).isWaitingAt(ProposalSteps.REVIEW_COMMENTS);
        Assertions.assertThat((String) f.var(pi, ProposalVariables.CONSULTATION_COMMENTS)).contains("khiếu nại");

        List<Map<String, Object>> review = f.list(pi, ProposalVariables.CONSULTATION_REVIEW);
        review.stream().filter(i -> b.equals(i.get("nomineeCode"))).forEach(i -> i.putAll(Map.of("action", "DUNG",
                "reason", "Ý kiến phản ánh có căn cứ, đang xác minh khiếu nại.")));
        f.complete(pi, ProposalSteps.REVIEW_COMMENTS, "thamdinh", Map.of(ProposalVariables.CONSULTATION_REVIEW, JsonVars.json(review)));
        f.complete(pi, ProposalSteps.SIGN_UPWARD, "chutich", Map.of(ProposalVariables.UPWARD_DECISION, "SIGN"));
        assertThat(pi).hasPassed("Task_ForwardUpward").isWaitingAt(ProposalSteps.RECORD_CENTRAL_DECISION);
        Assertions.assertThat(f.list(pi, ProposalVariables.CENTRAL_RESULTS)).extracting(i -> i.get("nomineeCode")).containsExactly(a);

        f.complete(pi, ProposalSteps.RECORD_CENTRAL_DECISION, "thamdinh", Map.of(ProposalVariables.CENTRAL_DECISION_NUMBER, "231/QĐ-TTg",
                ProposalVariables.CENTRAL_DECISION_DATE, LocalDate.now(clock).toString(), ProposalVariables.CENTRAL_AUTHORITY, "Thủ tướng Chính phủ",
                ProposalVariables.CENTRAL_RESULTS, JsonVars.json(f.list(pi, ProposalVariables.CENTRAL_RESULTS))));
        assertThat(pi).hasPassed(ProposalSteps.NOTIFY_CENTRAL).isEnded();
        Assertions.assertThat(awards(a, "BK_TTG")).isOne();
        Assertions.assertThat(awards(b, "BK_TTG")).isZero();
    }

    @Test
    void remindersAndOverdueEscalationFireFromTheSlaTimers() {
        ProcessInstance pi = submittedToIntake("CONG_TRANG", "BK_TINH", meritoriousPerson("Tạ Minh Trí"));
        f.intakeAccepts(pi);
        Date due = (Date) f.var(pi, ProposalVariables.PROCESSING_DUE_DATE);
        Date reminder = (Date) f.var(pi, ProposalVariables.REMINDER_DATE);
        Assertions.assertThat(reminder).isBefore(due);
        Job remind = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_Reminder").singleResult();
        Job overdue = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_Overdue").singleResult();
        Assertions.assertThat(remind.getDuedate()).isEqualTo(reminder);
        Assertions.assertThat(overdue.getDuedate()).isEqualTo(due);

        ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
        managementService.executeJob(remind.getId());
        managementService.executeJob(overdue.getId());
        assertThat(pi).hasPassed("Task_SendReminder").isWaitingAt(ProposalSteps.APPRAISE, ProposalSteps.ESCALATE);
        assertThat(f.task(pi, ProposalSteps.ESCALATE)).hasCandidateGroup("sa-head");
        Assertions.assertThat(outbox(f.businessKey(pi), "sắp đến hạn")).isOne();
        Assertions.assertThatThrownBy(() -> f.complete(pi, ProposalSteps.ESCALATE, "lanhdao.snv", Map.of()))
                .isInstanceOf(FormFieldValidationException.class);
        f.complete(pi, ProposalSteps.ESCALATE, "lanhdao.snv", Map.of(ProposalVariables.ESCALATION_INSTRUCTION, "Hoàn thành thẩm định trong tuần."));
        assertThat(pi).isWaitingAt(ProposalSteps.APPRAISE);
    }

    @Test
    void exceptionalMeritIsFastTrackedAndNeverCountsTowardStreaks() {
        String hero = f.person("stp", "Bùi Anh Dũng", Map.of(), Map.of());
        ProcessInstance pi = submittedToIntake("DOT_XUAT", "BK_TINH", hero);
        Assertions.assertThat(f.required(pi)).containsExactlyInAnyOrder("TTR", "BCTT");
        f.intakeAccepts(pi);
        Assertions.assertThat((String) f.var(pi, ProposalVariables.PROCESSING_DUE_TEXT)).contains("10 ngày làm việc");
        Assertions.assertThat(f.list(pi, ProposalVariables.APPRAISAL).get(0)).containsEntry("conclusion", "DAT");
        f.appraiseAsIs(pi);
        f.headApprovesAppraisal(pi);
        assertThat(pi).hasNotPassed(ProposalSteps.AWAIT_COUNCIL).isWaitingAt(ProposalSteps.CHAIRMAN_DECISION);
        f.chairmanApprovesAll(pi);
        assertThat(pi).isEnded();
        Assertions.assertThat(jdbc.sql("SELECT r.commendation_kind FROM award_record r JOIN person p ON p.id = r.person_id"
                + " WHERE p.code = ?").param(hero).query(String.class).single()).isEqualTo("DOT_XUAT");
    }

    @Test
    void theChairmanRejectingEveryoneEndsNotAwarded() {
        ProcessInstance pi = submittedToIntake("CONG_TRANG", "BK_TINH", meritoriousPerson("Mai Xuân Thưởng"));
        f.intakeAccepts(pi);
        f.appraiseAsIs(pi);
        f.headApprovesAppraisal(pi);
        Assertions.assertThatThrownBy(() -> f.complete(pi, ProposalSteps.CHAIRMAN_DECISION, "chutich", Map.of(ProposalVariables.CHAIRMAN_DECISION,
                f.edited(pi, ProposalVariables.CHAIRMAN_DECISION, Map.of("approve", "KHONG_DONG_Y", "note", ""))))).isInstanceOf(FormFieldValidationException.class);
        f.complete(pi, ProposalSteps.CHAIRMAN_DECISION, "chutich", Map.of(ProposalVariables.CHAIRMAN_DECISION,
                f.edited(pi, ProposalVariables.CHAIRMAN_DECISION, Map.of("approve", "KHONG_DONG_Y", "note", "Chưa tiêu biểu."))));
        assertThat(pi).hasPassed(ProposalSteps.NOTIFY_NOT_AWARDED).isEnded();
    }

    @Test
    void theStartIsRefusedForAnotherUnitsPersonAndBadInput() {
        String sytPerson = f.person("syt", "Đỗ Văn Y", Map.of(), Map.of());
        Assertions.assertThatThrownBy(() -> f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, sytPerson))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("không thuộc");
        // the start form's rules first (a kind the form does not offer), then the process's own (year, nominees)
        Assertions.assertThatThrownBy(() -> f.start("canbo.stp", "KHAC", "BK_TINH", year + 5, "NOPE-1"))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("«Loại hình khen thưởng»: \"KHAC\" không phải một lựa chọn");
        Assertions.assertThatThrownBy(() -> f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year + 5, "NOPE-1"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Năm thành tích");
        Assertions.assertThatThrownBy(() -> f.start("canbo.stp", "CONG_TRANG", "TTLDXS", year, meritoriousPerson("X Y")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("chỉ dành cho tập thể");
    }
}

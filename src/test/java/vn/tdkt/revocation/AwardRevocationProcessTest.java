package vn.tdkt.revocation;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.registry.award.AwardHistoryService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of award-revocation in the whole application: an award annulled in the province (with and without the
 * council), the other nominee of the decision still counted, the PDF, a khen cao annulled upward, the head's return
 * and refusal, the chairman's refusal, the recovery confirmed and overdue, refusals of bad input, who may read what.
 */
@IntegrationTest
class AwardRevocationProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;
    @Autowired AwardHistoryService history;
    @Autowired vn.tdkt.eligibility.NomineeHistoryRepository nominees;
    @Autowired vn.tdkt.rules.LegalParameters law;

    LocalDate today;

    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        today = LocalDate.now(clock);
        TestOrganisation org = new TestOrganisation(rest, identityService, unitGroups, profiles, jdbc);
        org.department("sct", "Sở Công Thương");
        org.department("stc", "Sở Tài chính");
        org.department("sxd", "Sở Xây dựng");
        org.department("bhxh", "Bảo hiểm xã hội tỉnh", "CO_QUAN_TRUNG_UONG");
    }

    /** Two nominees of one decision of the province; the first is annulled without the council, the second stays. */
    @Test
    void annulsOneOfTwoNomineesWithoutCouncilRecoversAndKeepsTheOther() throws Exception {
        List<Long> people = persons("stp", 2);
        String number = number();
        long first = award("BK_TINH", people.get(0), number, 2024);
        long second = award("BK_TINH", people.get(1), number, 2024);
        String flagged = runningProposal(people.get(0));
        // the start form's choices: the decision (with its two awards) and each award, for the Sở only
        Assertions.assertThat(rest.withBasicAuth("thamdinh", "demo").getForObject(
                "/api/revocations/decision-options", String.class)).contains("Quyết định số " + number, "(2 khen thưởng)");
        Assertions.assertThat(rest.withBasicAuth("thamdinh", "demo").getForObject(
                "/api/revocations/award-options", String.class)).contains("\"" + first + "\"", "\"" + second + "\"");
        Assertions.assertThat(rest.withBasicAuth("canbo.stp", "demo").getForEntity(
                "/api/revocations/decision-options", String.class).getStatusCode().value()).isEqualTo(403);

        ProcessInstance pi = start(request(number, first));
        assertThat(pi).isWaitingAt("Task_Appraise");
        long id = revocationId(pi);
        Assertions.assertThat(runtimeService.getVariable(pi.getId(), "throughCouncil")).isEqualTo(false);
        Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), "consequencesText"))
                .contains("thu hồi hiện vật").contains("30 ngày làm việc");
        // the same award cannot be in two running revocations
        Assertions.assertThatThrownBy(() -> start(request(number, first)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("đang được xem xét hủy bỏ");

        appraise(pi);
        head(pi, "approve", null);
        assertThat(pi).isWaitingAt("Task_ChairmanDecision");
        Task chairman = task(pi, "Task_ChairmanDecision");
        Assertions.assertThat(candidate(chairman, "chutich")).isTrue();
        Assertions.assertThat(candidate(chairman, "phochutich")).isTrue();
        Assertions.assertThat(candidate(chairman, "thamdinh")).isFalse();
        // the vice-chairman signs for the chairman
        complete(chairman, "phochutich", Variables.createVariables().putValue("chairmanDecision", "sign"));
        assertThat(pi).isWaitingAt("Task_Recovery");
        Assertions.assertThat(status(id)).isEqualTo("RECOVERY");
        String annulment = (String) runtimeService.getVariable(pi.getId(), "annulmentNumber");
        Assertions.assertThat(annulment).endsWith("/QĐ-UBND");
        Assertions.assertThat(jdbc.sql("SELECT annulment_number FROM award_record WHERE id = ?").param(first)
                .query(String.class).single()).isEqualTo(annulment);
        Assertions.assertThat(jdbc.sql("SELECT annulled_on FROM award_record WHERE id = ?").param(second)
                .query(LocalDate.class).optional()).isEmpty();
        // the running proposal naming the same person is flagged to its specialist
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal_revocation_flag WHERE business_key = ?")
                .param(flagged).query(Integer.class).single()).isEqualTo(1);
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'REVOCATION_PROPOSAL_FLAGGED'"
                + " AND business_key = ?").param(flagged).query(Integer.class).single()).isEqualTo(1);

        // the registry shows it annulled; the PDF carries the number, the signer's title and the name
        String registry = rest.withBasicAuth("thamdinh", "demo").getForObject("/api/awards?personCode="
                + personCode(people.get(0)), String.class);
        Assertions.assertThat(registry).contains("\"annulmentNumber\":\"" + annulment + "\"");
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("canbo.stp", "demo")
                .getForEntity("/api/revocations/" + id + "/decision.pdf", byte[].class);
        Assertions.assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = pdfText(pdf.getBody());
        Assertions.assertThat(text).contains(annulment).contains("KT. CHỦ TỊCH").contains(name(people.get(0)))
                .doesNotContain(name(people.get(1)));

        // the unit's officer records the recovery; a refund day in the future is refused
        Task recovery = unitTask(pi, "Task_Recovery", "stp");
        Assertions.assertThat(candidate(recovery, "canbo.stp")).isTrue();
        Assertions.assertThat(candidate(recovery, "canbo.sct")).isFalse();
        Assertions.assertThatThrownBy(() -> complete(recovery, "canbo.stp", recovered(today.plusDays(3))))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("không được sau ngày hôm nay");
        complete(recovery, "canbo.stp", recovered(today));
        // the specialist returns it once, then confirms
        complete(task(pi, "Task_ConfirmRecovery"), "thamdinh", Variables.createVariables()
                .putValue("confirmDecision", "return").putValue("confirmComment", "Thiếu biên lai nộp tiền."));
        complete(unitTask(pi, "Task_Recovery", "stp"), "canbo.stp", recovered(today));
        complete(task(pi, "Task_ConfirmRecovery"), "thamdinh", Variables.createVariables()
                .putValue("confirmDecision", "confirm"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Completed");
        Assertions.assertThat(status(id)).isEqualTo("COMPLETED");
        ledger.sealWaiting();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'REVOCATION_ANNULLED'"
                + " AND business_key = ?").param(code(id)).query(Integer.class).single()).isEqualTo(1);

        // access: the unit sees its revocation, another unit does not, anonymous is refused
        Assertions.assertThat(rest.withBasicAuth("canbo.stp", "demo").getForObject("/api/revocations", String.class))
                .contains(code(id));
        Assertions.assertThat(rest.withBasicAuth("canbo.syt", "demo").getForObject("/api/revocations", String.class))
                .doesNotContain(code(id));
        Assertions.assertThat(rest.withBasicAuth("canbo.syt", "demo").getForEntity("/api/revocations/" + id,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(rest.withBasicAuth("thanhtra", "demo").getForEntity("/api/revocations/" + id,
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(rest.withBasicAuth("chutich", "demo").getForEntity("/api/revocations/" + id,
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(rest.getForEntity("/api/revocations", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        Assertions.assertThat(rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/revocations/award-options",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(rest.withBasicAuth("thamdinh", "demo").getForObject("/api/revocations/award-options",
                String.class)).contains("\"value\":\"" + second + "\"").doesNotContain("\"value\":\"" + first + "\"");
    }

    @Test
    void withTheCouncilTheSecretaryRecordsItsOpinionAndTheChairmanSigns() {
        List<Long> people = persons("sct", 1);
        String number = number();
        long award = award("BK_TINH", people.get(0), number, 2024);
        councilPassed(award, people.get(0), number);
        ProcessInstance pi = start(request(number, award));
        Assertions.assertThat(runtimeService.getVariable(pi.getId(), "throughCouncil")).isEqualTo(true);
        appraise(pi);
        head(pi, "approve", null);
        assertThat(pi).isWaitingAt("Task_CouncilOpinion");
        Task council = task(pi, "Task_CouncilOpinion");
        Assertions.assertThat(candidate(council, "thuky.hd")).isTrue();
        Assertions.assertThatThrownBy(() -> complete(council, "thuky.hd", Variables.createVariables()
                        .putValue("councilOpinion", "agree").putValue("councilRef", "Biên bản số 5/BB-HĐTĐKT")
                        .putValue("councilDate", today.plusDays(2).toString())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("không được sau hôm nay");
        complete(council, "thuky.hd", Variables.createVariables().putValue("councilOpinion", "agree")
                .putValue("councilRef", "Biên bản số 5/BB-HĐTĐKT").putValue("councilDate", today.toString()));
        assertThat(pi).isWaitingAt("Task_ChairmanDecision");
        Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), "councilOpinionText"))
                .contains("Đồng ý hủy bỏ");
        complete(task(pi, "Task_ChairmanDecision"), "chutich", Variables.createVariables()
                .putValue("chairmanDecision", "sign"));
        assertThat(pi).isWaitingAt("Task_Recovery");
        Assertions.assertThat(jdbc.sql("SELECT signer_title FROM award_revocation WHERE id = ?")
                .param(revocationId(pi)).query(String.class).single()).isEqualTo("CHỦ TỊCH");
    }

    @Test
    void aKhenCaoIsForwardedUpwardAndTheCentralDecisionAnnulsIt() {
        List<Long> people = persons("syt", 1);
        String number = number().replace("QĐ-UBND", "QĐ-TTg");
        long award = award("CSTD_TQ", people.get(0), number, 2023);
        ProcessInstance pi = start(request(number, award));
        appraise(pi);
        head(pi, "approve", null);
        assertThat(pi).isWaitingAt("Task_SignUpward");
        complete(task(pi, "Task_SignUpward"), "chutich", Variables.createVariables().putValue("upwardDecision", "sign"));
        Assertions.assertThat(status(revocationId(pi))).isEqualTo("FORWARDED");
        Task central = task(pi, "Task_CentralDecision");
        Assertions.assertThatThrownBy(() -> complete(central, "thamdinh", Variables.createVariables()
                        .putValue("centralAnnulled", "yes").putValue("centralDate", today.toString())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Số quyết định");
        complete(central, "thamdinh", Variables.createVariables().putValue("centralAnnulled", "yes")
                .putValue("centralNumber", "77/QĐ-TTg").putValue("centralDate", today.toString()));
        assertThat(pi).isWaitingAt("Task_Recovery");
        Assertions.assertThat(jdbc.sql("SELECT annulment_number FROM award_record WHERE id = ?").param(award)
                .query(String.class).single()).isEqualTo("77/QĐ-TTg");
    }

    /** A CSTĐCS decided by the head of Sở Tư pháp: annulled by that head, numbered by the unit, no chairman. */
    @Test
    void aUnitLevelTitleIsAnnulledByTheHeadOfItsUnit() throws Exception {
        List<Long> people = persons("stp", 2);
        String number = number().replace("QĐ-UBND", "QĐ-STP");
        long award = unitAward("CSTDCS", people.get(0), number, 2024);
        String flagged = runningProposal(people.get(0));
        ProcessInstance pi = start(request(number, award));
        long id = revocationId(pi);
        Assertions.assertThat(jdbc.sql("SELECT above_province FROM award_revocation WHERE id = ?").param(id)
                .query(Boolean.class).single()).isFalse();
        Assertions.assertThat((String) runtimeService.getVariable(pi.getId(), "authorityText"))
                .contains("Thủ trưởng").contains("[B]").contains("chưa xác nhận");
        appraise(pi);
        head(pi, "approve", null);
        assertThat(pi).isWaitingAt("Task_UnitHeadDecision").hasNotPassed("Task_ChairmanDecision");
        Assertions.assertThat(status(id)).isEqualTo("WAITING_UNIT_HEAD");
        Task unitHead = task(pi, "Task_UnitHeadDecision");
        Assertions.assertThat(candidate(unitHead, "thutruong.stp")).isTrue();
        Assertions.assertThat(candidate(unitHead, "thutruong.sct")).isFalse();
        Assertions.assertThat(candidate(unitHead, "chutich")).isFalse();
        Assertions.assertThat(candidate(unitHead, "phochutich")).isFalse();
        Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskCandidateUser("chutich").count()).isZero();
        // bad answers are refused, nothing changes
        Assertions.assertThatThrownBy(() -> complete(unitHead, "thutruong.stp", Variables.createVariables()
                        .putValue("unitHeadDecision", "sign").putValue("unitDecisionNumber", "mười lăm")
                        .putValue("unitDecisionDate", today.toString())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("15/QĐ-STP");
        Assertions.assertThatThrownBy(() -> complete(unitHead, "thutruong.stp", Variables.createVariables()
                        .putValue("unitHeadDecision", "sign").putValue("unitDecisionNumber", "15/QĐ-STP")
                        .putValue("unitDecisionDate", today.plusDays(2).toString())))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("sau ngày hôm nay");
        Assertions.assertThatThrownBy(() -> complete(unitHead, "thutruong.stp", Variables.createVariables()
                        .putValue("unitHeadDecision", "sign").putValue("unitDecisionNumber", "15/QĐ-STP")
                        .putValue("unitDecisionDate", "2025-01-02")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("trước ngày quyết định khen thưởng");
        Assertions.assertThat(status(id)).isEqualTo("WAITING_UNIT_HEAD");
        complete(unitHead, "thutruong.stp", Variables.createVariables().putValue("unitHeadDecision", "sign")
                .putValue("unitDecisionNumber", " 15/qđ-stp ").putValue("unitDecisionDate", today.toString()));
        assertThat(pi).hasPassed("Task_UnitHeadAnnul").hasNotPassed("Task_Annul").isWaitingAt("Task_Recovery");
        Assertions.assertThat(status(id)).isEqualTo("RECOVERY");
        Assertions.assertThat(jdbc.sql("SELECT annulment_number FROM award_record WHERE id = ?").param(award)
                .query(String.class).single()).isEqualTo("15/QĐ-STP");
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal_revocation_flag WHERE business_key = ?")
                .param(flagged).query(Integer.class).single()).isEqualTo(1);
        ledger.sealWaiting();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'REVOCATION_ANNULLED'"
                + " AND business_key = ?").param(code(id)).query(Integer.class).single()).isEqualTo(1);
        // the page and the API show who signed; the unit issues the decision on its own paper: no PDF here
        String detail = rest.withBasicAuth("canbo.stp", "demo").getForObject("/api/revocations/" + id, String.class);
        Assertions.assertThat(detail).contains("\"signedByUnitHead\":true").contains("Thủ trưởng Sở Tư pháp");
        ResponseEntity<String> pdf = rest.withBasicAuth("canbo.stp", "demo")
                .getForEntity("/api/revocations/" + id + "/decision.pdf", String.class);
        Assertions.assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Assertions.assertThat(pdf.getBody()).contains("văn bản của đơn vị");
        // then the recovery as for the province's decisions
        complete(unitTask(pi, "Task_Recovery", "stp"), "canbo.stp", recovered(today));
        complete(task(pi, "Task_ConfirmRecovery"), "thamdinh", Variables.createVariables()
                .putValue("confirmDecision", "confirm"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Completed");
    }

    @Test
    void theUnitHeadRefusesAndNothingChanges() {
        List<Long> people = persons("stp", 1);
        String number = number().replace("QĐ-UBND", "QĐ-STP");
        long award = unitAward("LDTT", people.get(0), number, 2024);
        ProcessInstance pi = start(request(number, award));
        appraise(pi);
        head(pi, "approve", null);
        Task unitHead = task(pi, "Task_UnitHeadDecision");
        Assertions.assertThatThrownBy(() -> complete(unitHead, "thutruong.stp", Variables.createVariables()
                .putValue("unitHeadDecision", "refuse"))).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("lý do");
        complete(unitHead, "thutruong.stp", Variables.createVariables().putValue("unitHeadDecision", "refuse")
                .putValue("unitHeadComment", "Kết luận thanh tra chưa đủ căn cứ."));
        assertThat(pi).isEnded().hasPassed("EndEvent_UnitHeadRefused");
        Assertions.assertThat(status(revocationId(pi))).isEqualTo("REFUSED");
        Assertions.assertThat(jdbc.sql("SELECT annulled_on FROM award_record WHERE id = ?").param(award)
                .query(LocalDate.class).optional()).isEmpty();
    }

    @Test
    void aUnitLevelRequestNamingTwoUnitsIsRefused() {
        String number = number().replace("QĐ-UBND", "QĐ-STP");
        long a = unitAward("LDTT", persons("stp", 1).get(0), number, 2024);
        long b = unitAward("LDTT", persons("sct", 1).get(0), number, 2024);
        int before = jdbc.sql("SELECT COUNT(*) FROM award_revocation").query(Integer.class).single();
        Assertions.assertThatThrownBy(() -> start(request(number, a, b))).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("lập hồ sơ hủy bỏ riêng cho từng đơn vị");
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM award_revocation").query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void theCentreMayRefuseAndNothingChanges() {
        List<Long> people = persons("syt", 1);
        String number = number().replace("QĐ-UBND", "QĐ-TTg");
        long award = award("CSTD_TQ", people.get(0), number, 2022);
        ProcessInstance pi = start(request(number, award));
        appraise(pi);
        head(pi, "approve", null);
        complete(task(pi, "Task_SignUpward"), "chutich", Variables.createVariables().putValue("upwardDecision", "sign"));
        complete(task(pi, "Task_CentralDecision"), "thamdinh", Variables.createVariables()
                .putValue("centralAnnulled", "no").putValue("centralNumber", "12/VPCP-TCCV")
                .putValue("centralDate", today.toString()));
        assertThat(pi).isEnded().hasPassed("EndEvent_NotAnnulled");
        Assertions.assertThat(status(revocationId(pi))).isEqualTo("REFUSED");
        Assertions.assertThat(jdbc.sql("SELECT annulled_on FROM award_record WHERE id = ?").param(award)
                .query(LocalDate.class).optional()).isEmpty();
    }

    @Test
    void theHeadReturnsThenRefusesAndNothingChanges() {
        List<Long> people = persons("stc", 1);
        String number = number();
        long award = award("BK_TINH", people.get(0), number, 2024);
        ProcessInstance pi = start(request(number, award));
        appraise(pi);
        Assertions.assertThatThrownBy(() -> head(pi, "return", null))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("lý do");
        head(pi, "return", "Bổ sung kết luận thanh tra.");
        assertThat(pi).isWaitingAt("Task_Appraise");
        Assertions.assertThat(status(revocationId(pi))).isEqualTo("APPRAISAL");
        appraise(pi);
        head(pi, "refuse", "Chứng cứ chưa đủ để hủy bỏ.");
        assertThat(pi).isEnded().hasPassed("EndEvent_HeadRefused");
        Assertions.assertThat(status(revocationId(pi))).isEqualTo("REFUSED");
        Assertions.assertThat(jdbc.sql("SELECT annulled_on FROM award_record WHERE id = ?").param(award)
                .query(LocalDate.class).optional()).isEmpty();
        ledger.sealWaiting();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'REVOCATION_REFUSED'"
                + " AND business_key = ?").param(code(revocationId(pi))).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theChairmanRefuses() {
        List<Long> people = persons("stc", 1);
        String number = number();
        long award = award("BK_TINH", people.get(0), number, 2023);
        ProcessInstance pi = start(request(number, award));
        appraise(pi);
        head(pi, "approve", null);
        Task chairman = task(pi, "Task_ChairmanDecision");
        Assertions.assertThatThrownBy(() -> complete(chairman, "chutich", Variables.createVariables()
                .putValue("chairmanDecision", "refuse"))).isInstanceOf(InputRejectedException.class);
        complete(chairman, "chutich", Variables.createVariables().putValue("chairmanDecision", "refuse")
                .putValue("chairmanComment", "Chưa đủ căn cứ."));
        assertThat(pi).isEnded().hasPassed("EndEvent_ChairmanRefused");
        Assertions.assertThat(status(revocationId(pi))).isEqualTo("REFUSED");
    }

    @Test
    void anOverdueRecoveryIsRemindedAndEscalatedWithTheTaskLeftOpen() {
        List<Long> people = persons("sxd", 1);
        String number = number();
        long award = award("BK_TINH", people.get(0), number, 2024);
        ProcessInstance pi = start(request(number, award));
        appraise(pi);
        head(pi, "approve", null);
        complete(task(pi, "Task_ChairmanDecision"), "chutich", Variables.createVariables()
                .putValue("chairmanDecision", "sign"));
        String code = code(revocationId(pi));
        int before = outbox(code);
        String timer = managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId("Timer_RecoveryOverdue").timers().singleResult().getId();
        managementService.executeJob(timer);
        Assertions.assertThat(unitTask(pi, "Task_Recovery", "sxd")).isNotNull();
        Assertions.assertThat(outbox(code)).isEqualTo(before + 2);
        Assertions.assertThat(jdbc.sql("SELECT recovery_overdue FROM award_revocation_item WHERE revocation_id = ?")
                .param(revocationId(pi)).query(Boolean.class).single()).isTrue();
        ledger.sealWaiting();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'REVOCATION_RECOVERY_OVERDUE'"
                + " AND business_key = ?").param(code).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void badRequestsAreRefusedAndNothingIsRecorded() {
        List<Long> people = persons("stp", 1);
        String number = number();
        long award = award("BK_TINH", people.get(0), number, 2024);
        long other = award("BK_TINH", people.get(0), number(), 2023);
        int before = jdbc.sql("SELECT COUNT(*) FROM award_revocation").query(Integer.class).single();
        Assertions.assertThatThrownBy(() -> start(request(number, award).putValue("grounds", JsonVars.json(List.of()))))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Căn cứ hủy bỏ");
        Assertions.assertThatThrownBy(() -> start(request(number, award).putValue("reasons", "ngắn")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Lý do hủy bỏ");
        Assertions.assertThatThrownBy(() -> start(request(number, award).putValue("source", "COMPLAINT")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("khiếu nại");
        Assertions.assertThatThrownBy(() -> start(request(number, other)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("không thuộc quyết định");
        Assertions.assertThatThrownBy(() -> start(request("999999/QĐ-KHONGCO", award)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("Không có quyết định");
        Assertions.assertThatThrownBy(() -> TestUsers.as(identityService, "canbo.stp", () -> formService
                .submitStartForm(definitionId(), request(number, award))))
                .isInstanceOfAny(InputRejectedException.class, org.camunda.bpm.engine.AuthorizationException.class);
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM award_revocation").query(Integer.class).single())
                .isEqualTo(before);
        // an award already annulled cannot be annulled again
        jdbc.sql("UPDATE award_record SET annulled_on = ?, annulment_number = 'X' WHERE id = ?").params(today, award)
                .update();
        Assertions.assertThatThrownBy(() -> start(request(number, award)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("đã bị hủy bỏ");
    }

    /** An annulled CSTĐCS no longer counts in a streak. */
    @Test
    void anAnnulledCstdcsBreaksTheStreak() {
        long person = persons("bhxh", 1).get(0);
        jdbc.sql("DELETE FROM award_record WHERE person_id = ? AND award_type_code IN ('CSTDCS', 'LDTT')"
                + " AND award_year >= 2030").param(person).update();
        // each CSTĐCS with the LĐTT of its year, as the law asks (Art. 23)
        for (int year = 2030; year <= 2032; year++) {
            award("LDTT", person, number(), year);
        }
        long a = award("CSTDCS", person, number(), 2030);
        long b = award("CSTDCS", person, number(), 2031);
        award("CSTDCS", person, number(), 2032);
        Assertions.assertThat(history.consecutiveYears(person, "CSTDCS", 2032)).isEqualTo(3);
        jdbc.sql("UPDATE award_record SET annulled_on = ?, annulment_number = 'HB' WHERE id = ?").params(today, b)
                .update();
        Assertions.assertThat(history.consecutiveYears(person, "CSTDCS", 2032)).isEqualTo(1);
        Assertions.assertThat(history.consecutiveYears(person, "CSTDCS", 2030)).isEqualTo(1);
        // the eligibility facts of a proposal read the same history without it
        vn.tdkt.eligibility.NomineeRef ref = nominees.person(personCode(person)).orElseThrow();
        Assertions.assertThat(nominees.history(ref, 2032, today, java.util.Set.of(), law.on(today)).meritAwardYears()
                .get("CSTDCS")).contains(2030, 2032).doesNotContain(2031);
        Assertions.assertThat(a).isPositive();
    }

    // ---------------------------------------------------------------- helpers

    private VariableMap request(String number, long... awards) {
        LocalDate date = jdbc.sql("SELECT MIN(decision_date) FROM award_record WHERE decision_number = ?").param(number)
                .query(LocalDate.class).optional().orElse(today);
        return Variables.createVariables().putValue("decisionKey", number + "|" + date)
                .putValue("awardIds", JsonVars.json(java.util.Arrays.stream(awards).mapToObj(String::valueOf).toList()))
                .putValue("grounds", JsonVars.json(List.of("FALSE_DECLARATION")))
                .putValue("source", "INSPECTION")
                .putValue("reasons", "Kết luận thanh tra cho thấy kê khai thành tích không trung thực.")
                .putValue("evidence", "Kết luận thanh tra số 12/KL-TTr ngày 01/10/2026.");
    }

    private VariableMap recovered(LocalDate day) {
        return Variables.createVariables().putValue("objectReturned", "yes").putValue("bonusRefunded", 3510000)
                .putValue("refundDate", day.toString()).putValue("receiptRef", "Biên lai số 0012345");
    }

    private void appraise(ProcessInstance pi) {
        complete(task(pi, "Task_Appraise"), "thamdinh", Variables.createVariables()
                .putValue("appraisalOpinion", "Đủ căn cứ hủy bỏ theo kết luận thanh tra đã nêu."));
    }

    private void head(ProcessInstance pi, String decision, String comment) {
        complete(task(pi, "Task_HeadReview"), "lanhdao.snv", Variables.createVariables()
                .putValue("headDecision", decision).putValue("headComment", comment));
    }

    private void complete(Task task, String user, VariableMap vars) {
        TestUsers.as(identityService, user, () -> taskService.complete(task.getId(), vars));
    }

    private ProcessInstance start(VariableMap variables) {
        return TestUsers.as(identityService, "thamdinh", () -> formService.submitStartForm(definitionId(), variables));
    }

    private String definitionId() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("award-revocation")
                .latestVersion().singleResult().getId();
    }

    private String number() {
        return (9000 + ThreadLocalRandom.current().nextInt(900000)) + "/QĐ-UBND";
    }

    /** New people of the unit, without any award yet. */
    private List<Long> persons(String unit, int n) {
        ProposalFixture people = new ProposalFixture(processEngine, jdbc, null);
        String[] names = {"Nguyễn Thị Hồng", "Trần Văn Khải", "Lê Thị Ngân"};
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> people.person(unit, names[i % names.length],
                        Map.of(), Map.of()))
                .map(code -> jdbc.sql("SELECT id FROM person WHERE code = ?").param(code).query(Long.class).single())
                .toList();
    }

    private long award(String type, long person, String number, int year) {
        jdbc.sql("INSERT INTO award_record (award_type_code, person_id, award_year, commendation_kind, decision_number,"
                        + " decision_date, decision_authority) VALUES (?, ?, ?, 'CONG_TRANG', ?, ?, 'Chủ tịch UBND tỉnh')")
                .params(type, person, year, number, LocalDate.of(year + 1, 2, 20)).update();
        return jdbc.sql("SELECT MAX(id) FROM award_record WHERE decision_number = ? AND person_id = ?")
                .params(number, person).query(Long.class).single();
    }

    /** A unit-level award, decided by the head of the recipient's unit. */
    private long unitAward(String type, long person, String number, int year) {
        long id = award(type, person, number, year);
        jdbc.sql("UPDATE award_record SET decision_authority = 'Thủ trưởng cơ quan, đơn vị' WHERE id = ?").param(id)
                .update();
        return id;
    }

    /** The decision of the award was taken on a proposal the council voted on. */
    private void councilPassed(long award, long person, String number) {
        String key = "TEST-HB-" + ThreadLocalRandom.current().nextInt(1000000);
        jdbc.sql("INSERT INTO commendation_proposal (business_key, process_instance_id, unit_id, award_type_code,"
                        + " commendation_kind, period_year, achievement_summary, status) SELECT ?, 'khong-co', unit_id,"
                        + " 'BK_TINH', 'CONG_TRANG', 2024, 'Thành tích năm 2024', 'AWARDED' FROM person WHERE id = ?")
                .params(key, person).update();
        jdbc.sql("INSERT INTO proposal_nominee (business_key, seq, person_id, nominee_code, display_name, council_passed)"
                        + " SELECT ?, 1, id, code, full_name, TRUE FROM person WHERE id = ?").params(key, person).update();
        int seq = 100000 + ThreadLocalRandom.current().nextInt(800000);
        jdbc.sql("INSERT INTO decision (decision_number, sequence_number, issuing_year, signed_on, signer_user_id,"
                        + " signer_name, signer_title, subject, award_type_code, award_year, commendation_kind,"
                        + " achievement_text, legal_bases, business_key) VALUES (?, ?, 2019, ?, 'chutich', 'Chủ tịch',"
                        + " 'CHỦ TỊCH', 'Khen thưởng', 'BK_TINH', 2024, 'CONG_TRANG', 'Thành tích', 'Luật', ?)")
                .params(number, seq, LocalDate.of(2025, 2, 20), key).update();
        long decision = jdbc.sql("SELECT id FROM decision WHERE issuing_year = 2019 AND sequence_number = ?").param(seq)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO decision_awardee (decision_id, seq, person_id, display_name, award_record_id)"
                + " SELECT ?, 1, id, full_name, ? FROM person WHERE id = ?").params(decision, award, person).update();
    }

    /** A proposal still in appraisal naming the person. */
    private String runningProposal(long person) {
        String key = "TEST-DN-" + ThreadLocalRandom.current().nextInt(1000000);
        jdbc.sql("INSERT INTO commendation_proposal (business_key, process_instance_id, unit_id, award_type_code,"
                        + " commendation_kind, period_year, achievement_summary, status) SELECT ?, 'khong-co', unit_id,"
                        + " 'CSTD_TINH', 'CONG_TRANG', 2026, 'Thành tích năm 2026', 'ACCEPTED' FROM person WHERE id = ?")
                .params(key, person).update();
        jdbc.sql("INSERT INTO proposal_nominee (business_key, seq, person_id, nominee_code, display_name)"
                + " SELECT ?, 1, id, code, full_name FROM person WHERE id = ?").params(key, person).update();
        return key;
    }

    private String name(long person) {
        return jdbc.sql("SELECT full_name FROM person WHERE id = ?").param(person).query(String.class).single();
    }

    private String personCode(long person) {
        return jdbc.sql("SELECT code FROM person WHERE id = ?").param(person).query(String.class).single();
    }

    private long revocationId(ProcessInstance pi) {
        return ((Number) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("revocationId").singleResult().getValue()).longValue();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM award_revocation WHERE id = ?").param(id).query(String.class).single();
    }

    private String code(long id) {
        return jdbc.sql("SELECT code FROM award_revocation WHERE id = ?").param(id).query(String.class).single();
    }

    private int outbox(String businessKey) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE business_key = ?").param(businessKey)
                .query(Integer.class).single();
    }

    private Task task(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private Task unitTask(ProcessInstance pi, String key, String unit) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .taskCandidateGroup("unit-officer." + unit).singleResult();
    }

    private boolean candidate(Task task, String user) {
        return taskService.createTaskQuery().taskId(task.getId()).taskCandidateUser(user).count() > 0;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder sb = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            sb.append(extractor.getTextFromPage(i)).append('\n');
        }
        return sb.toString();
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> none() {
        return Map.of();
    }
}

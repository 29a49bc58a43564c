package vn.tdkt.block.supervision;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.block.cycle.BlockCycleFixture;
import vn.tdkt.block.cycle.BlockCycleSteps;
import vn.tdkt.block.cycle.BlockCycleVariables;
import vn.tdkt.council.CouncilAgenda;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestProvince;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The council's supervision of a block in the whole application: the secretary assigns a council member to a block
 * (others refused, non-members refused, audited); the member's tasks come to him alone at the pact, the mid-year
 * review, the inspection plan and its visits, the reminder to late members (mail to each late unit) and the opinion
 * on the suy tôn before the proposals start; the opinion is what the council reads next to the block's proposals.
 */
@IntegrationTest
class BlockSupervisionProcessTest {

    static final String SECRETARY = TestProvince.COUNCIL_SECRETARY;
    /** Two members of the council (Sở Tư pháp's head supervises the test block, the chairman does not). */
    static final String SUPERVISOR = TestProvince.UNIT_HEAD;
    static final String OTHER_MEMBER = TestProvince.CHAIRMAN;

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired DossierService dossiers;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;
    @Autowired CouncilAgenda agenda;

    BlockCycleFixture fixture;
    int year;

    @BeforeEach
    void block() {
        BpmnAwareTests.init(engine);
        fixture = new BlockCycleFixture(engine, jdbc, dossiers, unitGroups, profiles, rest,
                LocalDate.now(clock).getYear() - 1, 4);
        year = fixture.year;
    }

    private ResponseEntity<String> assign(String user, String member, String from, String to) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"userId\":\"" + member + "\",\"termFrom\":\"" + from + "\",\"termTo\":\"" + to + "\"}";
        return rest.withBasicAuth(user, "demo").exchange("/api/block-supervision/" + fixture.block + "/" + year,
                HttpMethod.PUT, new HttpEntity<>(body, json), String.class);
    }

    private void assigned() {
        ResponseEntity<String> ok = assign(SECRETARY, SUPERVISOR, (year - 1) + "-01-01", (year + 1) + "-12-31");
        Assertions.assertThat(ok.getStatusCode()).as(ok.getBody()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyTheSecretaryAssignsAndOnlyCouncilMembers() {
        Assertions.assertThat(assign(OTHER_MEMBER, SUPERVISOR, year + "-01-01", year + "-12-31").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(assign(fixture.outsiderOfficer(), SUPERVISOR, year + "-01-01", year + "-12-31").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> notMember = assign(SECRETARY, "cb." + fixture.units.get(1), year + "-01-01", year + "-12-31");
        Assertions.assertThat(notMember.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(notMember.getBody()).contains("không phải thành viên Hội đồng");
        Assertions.assertThat(assign(SECRETARY, SUPERVISOR, (year + 1) + "-01-01", (year + 2) + "-12-31").getBody())
                .contains("không bao gồm năm thi đua");
        Assertions.assertThat(assign(SECRETARY, SUPERVISOR, year + "-12-31", year + "-01-01").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(assign(SECRETARY, SUPERVISOR, "31/12/2026", year + "-01-01").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM block_supervisor s JOIN emulation_block b ON b.id = s.block_id"
                + " WHERE b.code = ?").param(fixture.block).query(Integer.class).single()).as("nothing stored").isZero();

        assigned();
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'BLOCK_SUPERVISOR_ASSIGNED'"
                + " AND payload LIKE ?").param("%" + fixture.block + "%").query(Integer.class).single()).isOne();
        Assertions.assertThat(rest.withBasicAuth(SUPERVISOR, "demo").getForEntity("/api/block-supervision/mine?year="
                + year, String.class).getBody()).contains(fixture.block);
        Assertions.assertThat(rest.withBasicAuth(OTHER_MEMBER, "demo").getForEntity("/api/block-supervision/mine?year="
                + year, String.class).getBody()).doesNotContain(fixture.block);
        Assertions.assertThat(rest.withBasicAuth(OTHER_MEMBER, "demo").getForEntity("/api/block-supervision?year="
                + year, String.class).getBody()).contains(fixture.block, SUPERVISOR);
        Assertions.assertThat(rest.withBasicAuth(fixture.outsiderOfficer(), "demo").getForEntity("/api/block-supervision?year="
                + year, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theSupervisorsStepsComeToHimAloneAndHisOpinionReachesTheCouncil() {
        assigned();
        ProcessInstance pi = fixture.startCycle();
        for (String unit : fixture.units) {
            fixture.complete(fixture.taskFor(pi, BlockCycleSteps.SIGN_PACT, "unit-head." + unit), "tt." + unit,
                    Map.of(BlockCycleVariables.PACT_SIGNED, true, BlockCycleVariables.REGISTERED_TITLE, "TTLDXS"));
        }
        fixture.complete(fixture.tasks(pi, BlockCycleSteps.CLOSE_PACT).get(0), fixture.leaderOfficer(),
                Map.of(BlockCycleVariables.PACT_CLOSED, true));

        // the pact: his, not another council member's nor the secretary's; a short remark refused
        Task pact = fixture.tasks(pi, BlockCycleSteps.SUPERVISE_PACT).get(0);
        Assertions.assertThat(pact.getAssignee()).isEqualTo(SUPERVISOR);
        Map<String, Object> attended = Map.of(BlockCycleVariables.SUPERVISOR_ATTENDED, true,
                BlockCycleVariables.SUPERVISOR_REMARKS, "Các đơn vị ký giao ước đầy đủ, đúng thời hạn.");
        Assertions.assertThatThrownBy(() -> fixture.complete(pact, OTHER_MEMBER, attended))
                .isInstanceOf(ProcessEngineException.class);
        Assertions.assertThatThrownBy(() -> fixture.complete(pact, SECRETARY, attended))
                .isInstanceOf(ProcessEngineException.class);
        Assertions.assertThatThrownBy(() -> fixture.complete(pact, SUPERVISOR, Map.of(
                BlockCycleVariables.SUPERVISOR_ATTENDED, true, BlockCycleVariables.SUPERVISOR_REMARKS, "Tốt.")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ít nhất 20 ký tự");
        Assertions.assertThat(fixture.tasks(pi, BlockCycleSteps.SUPERVISE_PACT)).hasSize(1);
        fixture.complete(pact, SUPERVISOR, attended);
        assertThat(pi).isWaitingAt("Timer_MidYear");

        // mid-year, a plan visiting two members (a date outside the year refused), the two visits
        fixture.executeTimer(pi, "Timer_MidYear");
        for (String unit : fixture.units) {
            fixture.complete(fixture.taskFor(pi, BlockCycleSteps.MID_YEAR_REPORT, "unit-officer." + unit), "cb." + unit,
                    Map.of(BlockCycleVariables.MID_YEAR_REPORT, "Sáu tháng đầu năm hoàn thành 55% chỉ tiêu, đúng tiến độ."));
        }
        fixture.complete(fixture.tasks(pi, BlockCycleSteps.CONSOLIDATE_MID_YEAR).get(0), fixture.leaderOfficer(),
                Map.of(BlockCycleVariables.MID_YEAR_SUMMARY, "Các đơn vị trong khối hoàn thành tốt nhiệm vụ sáu tháng."));
        fixture.complete(fixture.tasks(pi, BlockCycleSteps.SUPERVISE_MID_YEAR).get(0), SUPERVISOR, Map.of(
                BlockCycleVariables.SUPERVISOR_ATTENDED, false,
                BlockCycleVariables.SUPERVISOR_REMARKS, "Vắng mặt do họp Hội đồng; đã đọc báo cáo sơ kết của khối."));
        Task plan = fixture.tasks(pi, BlockCycleSteps.PLAN_INSPECTION).get(0);
        Assertions.assertThat(plan.getAssignee()).isEqualTo(SUPERVISOR);
        List<Map<String, Object>> rows = fixture.local(plan, BlockCycleVariables.INSPECTION_ROWS);
        Assertions.assertThat(rows).hasSize(4);
        rows.get(1).put("visit", true);
        rows.get(2).put("visit", true);
        Assertions.assertThatThrownBy(() -> fixture.complete(plan, SUPERVISOR, Map.of(BlockCycleVariables.INSPECTION_FROM,
                (year + 1) + "-01-05", BlockCycleVariables.INSPECTION_TO, (year + 1) + "-01-10",
                BlockCycleVariables.INSPECTION_ROWS, JsonVars.json(rows)))).hasMessageContaining("năm thi đua");
        fixture.complete(plan, SUPERVISOR, Map.of(BlockCycleVariables.INSPECTION_FROM, year + "-09-15",
                BlockCycleVariables.INSPECTION_TO, year + "-09-30", BlockCycleVariables.INSPECTION_ROWS, JsonVars.json(rows)));
        List<Task> visits = fixture.tasks(pi, BlockCycleSteps.INSPECT_VISIT);
        Assertions.assertThat(visits).hasSize(2).allSatisfy(v -> Assertions.assertThat(v.getAssignee()).isEqualTo(SUPERVISOR));
        for (Task v : visits) {
            fixture.complete(v, SUPERVISOR, Map.of(BlockCycleVariables.VISIT_FINDINGS,
                    "Đơn vị thực hiện giao ước đúng kế hoạch, hồ sơ minh chứng đầy đủ."));
        }
        String key = fixture.key();
        Assertions.assertThat(jdbc.sql("SELECT unit_code FROM block_supervision_record WHERE business_key = ? AND step = 'VISIT'")
                .param(key).query(String.class).list()).containsExactlyInAnyOrder(fixture.units.get(1), fixture.units.get(2));

        // self-scoring due with three members still scoring: each gets the reminder
        fixture.executeTimer(pi, "Timer_YearEnd");
        Task firstSheet = fixture.taskFor(pi, BlockCycleSteps.SELF_SCORE, "unit-officer." + fixture.units.get(0));
        List<Map<String, Object>> items = fixture.local(firstSheet, BlockCycleVariables.SCORE_ITEMS);
        long doc = dossiers.store(key + "-" + fixture.units.get(0), "KHAC", "minh-chung.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "cb." + fixture.units.get(0)).id();
        items.forEach(m -> {
            m.put("score", BlockCycleFixture.points(0, m));
            m.put("evidenceDocumentId", String.valueOf(doc));
        });
        fixture.complete(firstSheet, "cb." + fixture.units.get(0), Map.of(BlockCycleVariables.SCORE_ITEMS, JsonVars.json(items)));
        fixture.executeTimer(pi, BlockCycleSteps.TIMER_SELF_SCORE_DUE);
        Task urge = fixture.tasks(pi, BlockCycleSteps.URGE_LATE_MEMBERS).get(0);
        Assertions.assertThat(urge.getAssignee()).isEqualTo(SUPERVISOR);
        Assertions.assertThat((String) engine.getRuntimeService().getVariableLocal(urge.getExecutionId(),
                BlockCycleVariables.LATE_MEMBERS_TEXT)).contains("Đơn vị thử 2", "Đơn vị thử 4").doesNotContain("Đơn vị thử 1 ");
        fixture.complete(urge, SUPERVISOR, Map.of(BlockCycleVariables.REMINDER_TEXT,
                "Đề nghị đơn vị gửi bảng tự chấm điểm trước ngày 05/12 để khối kịp chấm chéo."));
        Assertions.assertThat(jdbc.sql("SELECT recipient_unit_code FROM notification_outbox WHERE business_key = ?")
                .param(key).query(String.class).list()).containsExactlyInAnyOrderElementsOf(fixture.units.subList(1, 4));

        // the rest of the year as the units do it
        for (int i = 1; i < fixture.units.size(); i++) {
            String unit = fixture.units.get(i);
            Task t = fixture.taskFor(pi, BlockCycleSteps.SELF_SCORE, "unit-officer." + unit);
            long d = dossiers.store(key + "-" + unit, "KHAC", "minh-chung.pdf", "application/pdf",
                    "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "cb." + unit).id();
            List<Map<String, Object>> sheet = fixture.local(t, BlockCycleVariables.SCORE_ITEMS);
            final int idx = i;
            sheet.forEach(m -> {
                m.put("score", BlockCycleFixture.points(idx, m));
                m.put("evidenceDocumentId", String.valueOf(d));
            });
            fixture.complete(t, "cb." + unit, Map.of(BlockCycleVariables.SCORE_ITEMS, JsonVars.json(sheet)));
        }
        fixture.crossCheckAsScored(pi);
        fixture.complete(fixture.tasks(pi, BlockCycleSteps.OPEN_VOTE).get(0), fixture.leaderOfficer(),
                Map.of(BlockCycleVariables.VOTE_OPENED, true));
        for (String unit : fixture.units) {
            fixture.vote(pi, unit, c -> "DONG_Y");
        }
        fixture.complete(fixture.tasks(pi, BlockCycleSteps.CLOSE_VOTE).get(0), fixture.leaderOfficer(),
                Map.of(BlockCycleVariables.VOTE_CLOSED, true));
        fixture.complete(fixture.tasks(pi, BlockCycleSteps.CONFIRM_MINUTES).get(0), fixture.leaderOfficer(),
                Map.of(BlockCycleVariables.MINUTES_CONFIRMED, true));

        // the opinion before the proposals: a disagreement needs its reason
        assertThat(pi).isWaitingAt(BlockCycleSteps.SUPERVISOR_OPINION).hasNotPassed("Task_StartProposals");
        Task opinion = fixture.tasks(pi, BlockCycleSteps.SUPERVISOR_OPINION).get(0);
        Assertions.assertThat(opinion.getAssignee()).isEqualTo(SUPERVISOR);
        Assertions.assertThatThrownBy(() -> fixture.complete(opinion, SUPERVISOR,
                Map.of(BlockCycleVariables.SUPERVISOR_OPINION, "DISAGREE"))).hasMessageContaining("Lý do không đồng ý");
        Assertions.assertThatThrownBy(() -> fixture.complete(opinion, SUPERVISOR,
                Map.of(BlockCycleVariables.SUPERVISOR_OPINION, "DONG_Y"))).isInstanceOf(ProcessEngineException.class);
        fixture.complete(opinion, SUPERVISOR, Map.of(BlockCycleVariables.SUPERVISOR_OPINION, "AGREE_WITH_REMARKS",
                BlockCycleVariables.SUPERVISOR_OPINION_NOTE, "Đồng ý; đề nghị khối công khai bảng điểm đến các đơn vị."));
        assertThat(pi).isEnded();

        // the council reads it next to each proposal the block started
        List<String> proposals = jdbc.sql("SELECT proposal_key FROM block_cycle_proposal WHERE business_key = ?")
                .param(key).query(String.class).list();
        Assertions.assertThat(proposals).isNotEmpty();
        for (String proposalKey : proposals) {
            String proposalPid = jdbc.sql("SELECT process_instance_id FROM commendation_proposal WHERE business_key = ?")
                    .param(proposalKey).query(String.class).single();
            Assertions.assertThat(agenda.blockSupervisorOpinion(proposalPid)).startsWith("Đồng ý, có ý kiến: Đồng ý; đề nghị")
                    .endsWith(")");
        }
        ledger.sealWaiting();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'BLOCK_SUPERVISION_RECORDED'"
                + " AND business_key = ?").param(key).query(Integer.class).single()).isGreaterThanOrEqualTo(8);
    }
}

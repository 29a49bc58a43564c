package vn.tdkt.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.support.Http;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Hồ sơ của đơn vị" ({@code GET /api/proposals/of-my-unit}): a unit follows each of its proposals — step, holder,
 * deadline, outcome — and sees no other unit's; the standing agency, auditors and administrators choose the unit;
 * every other role is refused.
 */
@IntegrationTest
class UnitProposalsTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    private final ObjectMapper json = new ObjectMapper();

    private Http.Response get(String user, String query) {
        return Http.to(port).get("/api/proposals/of-my-unit" + query, user);
    }

    private JsonNode view(String user, String query) throws Exception {
        Http.Response r = get(user, query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static JsonNode row(JsonNode view, String businessKey) {
        for (JsonNode row : view.get("proposals")) {
            if (row.get("businessKey").asText().equals(businessKey)) {
                return row;
            }
        }
        throw new AssertionError(businessKey + " not listed for " + view.get("unitCode"));
    }

    private String fullName(String userId) {
        User u = identityService.createUserQuery().userId(userId).singleResult();
        return (u.getFirstName() + " " + u.getLastName()).strip();
    }

    private String groupName(String groupId) {
        return identityService.createGroupQuery().groupId(groupId).singleResult().getName();
    }

    private ProposalFixture proposals() {
        return new ProposalFixture(engine, jdbc, dossiers);
    }

    private ProcessInstance newStpProposal(ProposalFixture proposals, String nomineeName) {
        int year = LocalDate.now(clock).getYear() - 1;
        String nominee = proposals.person("stp", nomineeName, Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        return proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
    }

    @Test
    void theUnitFollowsItsProposalFromStepToStepWithItsHolderAndDeadline() throws Exception {
        ProposalFixture proposals = proposals();
        ProcessInstance pi = newStpProposal(proposals, "Lê Thị Theo Dõi");
        String key = proposals.businessKey(pi);
        String awardName = jdbc.sql("SELECT name FROM award_type WHERE code = 'BK_TINH'").query(String.class).single();

        JsonNode view = view("canbo.stp", "");
        assertThat(view.get("unitCode").asText()).isEqualTo("stp");
        assertThat(view.get("unitName").asText()).isEqualTo("Sở Tư pháp");
        assertThat(view.get("mayChooseUnit").asBoolean()).isFalse();
        assertThat(view.get("count").asInt()).isEqualTo(view.get("proposals").size());
        JsonNode row = row(view, key);
        assertThat(row.get("awardName").asText()).isEqualTo(awardName);
        assertThat(row.get("nominees").toString()).isEqualTo("[\"Lê Thị Theo Dõi\"]");
        assertThat(row.get("finished").asBoolean()).isFalse();
        assertThat(row.get("steps")).hasSize(1);
        assertThat(row.get("steps").get(0).get("name").asText()).isEqualTo("Hoàn thiện hồ sơ đề nghị khen thưởng");
        assertThat(row.get("steps").get(0).get("holder").asText()).isEqualTo(fullName("canbo.stp"));
        assertThat(row.get("dossierUrl").asText()).isEqualTo("/pages/ho-so.html?hoSo=" + key);
        assertThat(row.get("createdOn").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
        // newest first
        List<LocalDate> created = new ArrayList<>();
        view.get("proposals").forEach(r -> created.add(LocalDate.parse(r.get("createdOn").asText(), DAY)));
        assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // with the head: the unit's heads as a group, named in Vietnamese
        proposals.uploadAll(pi, "canbo.stp");
        proposals.submitDossier(pi);
        JsonNode signing = row(view("thutruong.stp", ""), key).get("steps").get(0);
        assertThat(signing.get("name").asText()).isEqualTo("Thủ trưởng ký tờ trình đề nghị khen thưởng");
        assertThat(signing.get("holder").asText()).isEqualTo(groupName("unit-head.stp"))
                .contains("Sở Tư pháp");

        // returned by the head: back with the officer, and why
        proposals.complete(pi, "Task_HeadSign", "thutruong.stp", Map.of("headDecision", "RETURN",
                "headComment", "Bổ sung biên bản họp xét."));
        JsonNode returned = row(view("canbo.stp", ""), key);
        assertThat(returned.get("statusLabel").asText()).isEqualTo(ProposalStatus.RETURNED.label());
        assertThat(returned.get("steps").get(0).get("name").asText()).isEqualTo("Hoàn thiện hồ sơ đề nghị khen thưởng");
        assertThat(returned.get("note").asText()).contains("Bổ sung biên bản họp xét.", "Thủ trưởng");

        // at the standing agency, then under appraisal with the processing deadline in province time
        proposals.submitDossier(pi);
        proposals.headApproves(pi);
        JsonNode intake = row(view("canbo.stp", ""), key);
        assertThat(intake.get("steps").get(0).get("name").asText()).isEqualTo("Tiếp nhận hồ sơ đề nghị khen thưởng");
        assertThat(intake.get("steps").get(0).get("holder").asText()).isEqualTo(groupName("sa-receiver"));
        assertThat(intake.get("note").isNull()).isTrue();
        proposals.intakeAccepts(pi);
        Task appraise = proposals.task(pi, "Task_Appraise");
        assertThat(appraise.getDueDate()).isNotNull();
        JsonNode appraisal = row(view("canbo.stp", ""), key).get("steps").get(0);
        assertThat(appraisal.get("name").asText()).isEqualTo("Thẩm định hồ sơ đề nghị khen thưởng");
        assertThat(appraisal.get("holder").asText()).isEqualTo(groupName("sa-specialist"));
        assertThat(appraisal.get("dueDate").asText())
                .isEqualTo(DAY.format(appraise.getDueDate().toInstant().atZone(PROVINCE)));
    }

    @Test
    void aFinishedProposalShowsItsOutcomeAndAWaitForTheCouncilNamesTheCouncil() throws Exception {
        ProposalFixture proposals = proposals();
        int year = LocalDate.now(clock).getYear() - 1;
        // a Bằng khen decided by the chairman
        ProcessInstance decided = proposals.awarded("BK_TINH", year,
                proposals.meritoriousPerson("stp", "Mạc Văn Xong", year));
        String decidedKey = proposals.businessKey(decided);
        String number = jdbc.sql("SELECT decision_number FROM commendation_proposal WHERE business_key = ?"
                + " AND status = 'AWARDED'").param(decidedKey).query(String.class).single();
        JsonNode done = row(view("canbo.stp", ""), decidedKey);
        assertThat(done.get("finished").asBoolean()).isTrue();
        assertThat(done.get("steps")).isEmpty();
        assertThat(done.get("outcome").asText()).isEqualTo("Đã có quyết định số " + number);
        assertThat(done.get("closedOn").asText()).matches("\\d{2}/\\d{2}/\\d{4}");

        // a Chiến sĩ thi đua cấp tỉnh, appraised and waiting for the council's session
        String fighter = proposals.person("stp", "Lâm Thị Chờ", Map.of("CSTDCS", List.of(year - 2, year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        proposals.initiative(fighter, year, "TINH");
        ProcessInstance waiting = proposals.acceptedAtIntake("CSTD_TINH", year, fighter);
        proposals.appraiseAsIs(waiting);
        proposals.headApprovesAppraisal(waiting);
        assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(waiting.getId())
                .activityId("Task_AwaitCouncil").count()).as("waiting for the council").isEqualTo(1);
        JsonNode council = row(view("canbo.stp", ""), proposals.businessKey(waiting));
        assertThat(council.get("steps").get(0).get("name").asText()).isEqualTo("Chờ kết quả phiên họp Hội đồng TĐKT tỉnh");
        assertThat(council.get("steps").get(0).get("holder").asText()).isEqualTo("Hội đồng Thi đua - Khen thưởng tỉnh");
    }

    @Test
    void aUnitSeesItsOwnProposalsOnlyAndTheStandingAgencyChoosesTheUnit() throws Exception {
        ProposalFixture proposals = proposals();
        String key = proposals.businessKey(newStpProposal(proposals, "Đỗ Văn Riêng"));

        assertThat(get(null, "").status()).isEqualTo(401);
        // another unit's officer: his own unit's list has none of Sở Tư pháp's, and asking for it is refused
        JsonNode syt = view("canbo.syt", "");
        assertThat(syt.get("unitCode").asText()).isEqualTo("syt");
        List<String> sytKeys = new ArrayList<>();
        syt.get("proposals").forEach(r -> sytKeys.add(r.get("businessKey").asText()));
        assertThat(sytKeys).doesNotContain(key);
        assertThat(sytKeys).allSatisfy(k -> assertThat(jdbc.sql("""
                        SELECT u.code FROM commendation_proposal p JOIN org_unit u ON u.id = p.unit_id
                        WHERE p.business_key = ?""").param(k).query(String.class).single()).isEqualTo("syt"));
        Http.Response refused = get("canbo.syt", "?unitCode=stp");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("chỉ xem được hồ sơ đề nghị khen thưởng của đơn vị mình");
        assertThat(view("canbo.stp", "?unitCode=STP").get("unitCode").asText()).isEqualTo("stp");

        // the standing agency, the auditor and the administrator choose the unit
        for (String chooser : List.of("tiepnhan", "thamdinh", "lanhdao.snv", "thanhtra", "admin")) {
            JsonNode chosen = view(chooser, "?unitCode=stp");
            assertThat(chosen.get("mayChooseUnit").asBoolean()).as(chooser).isTrue();
            assertThat(chosen.get("unitName").asText()).isEqualTo("Sở Tư pháp");
            row(chosen, key);
        }
        Http.Response unknown = get("thamdinh", "?unitCode=khong-co");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có đơn vị mã 'khong-co'");
    }

    /** Roles outside the unit's people and the provincial readers: refused, whatever unit they ask for. */
    @ParameterizedTest
    @CsvSource({"chutich,", "thuky.hd,", "phothutruong.stp,", "chutich,stp", "thutruong.syt,stp", "thutruong.cat,stp",
            "thutruong.vksnd,stp"})
    void othersAreRefused(String user, String unit) {
        Http.Response r = get(user, unit == null ? "" : "?unitCode=" + unit);
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.body()).contains("FORBIDDEN");
    }
}

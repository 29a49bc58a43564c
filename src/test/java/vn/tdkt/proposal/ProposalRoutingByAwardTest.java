package vn.tdkt.proposal;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Each award the start form offers, with each commendation kind: the proposal either takes the route of who decides
 * the award (the catalogue's deciding level) — the chairman for the province's awards, the public consultation and
 * the way upward for the central ones — or is refused at the start with a message naming what fits. None reaches a
 * step whose only exit is refusing every nominee.
 */
@IntegrationTest
class ProposalRoutingByAwardTest {

    /** The awards of the start form (proposal-start.form): the unit-level titles are decided by the unit's head. */
    static final List<String> OFFERED = List.of("BK_TINH", "CSTD_TINH", "CO_TINH", "TTLDXS", "CSTD_TQ", "CO_CP", "BK_TTG");
    static final List<String> KINDS = List.of("CONG_TRANG", "CHUYEN_DE", "DOT_XUAT", "KHEN_CAO");
    private static final String WHY = "Thành tích đặc biệt xuất sắc, được Ủy ban nhân dân tỉnh ghi nhận trong năm.";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    ProposalFixture f;
    int year;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        year = LocalDate.now(clock).getYear() - 1;
    }

    private Map<String, Object> catalogue(String award) {
        return jdbc.sql("SELECT name, deciding_level, recipient_kind FROM award_type WHERE code = ?").param(award)
                .query().singleRow();
    }

    /** The list above is the start form's, and the form offers no award a unit's head decides. */
    @Test
    void theStartFormOffersNoUnitLevelAward() throws Exception {
        com.fasterxml.jackson.databind.JsonNode form = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("forms/proposal-start.form").toFile());
        List<String> offered = form.findParents("key").stream().filter(c -> "awardType".equals(c.path("key").asText()))
                .flatMap(c -> java.util.stream.StreamSupport.stream(c.path("values").spliterator(), false))
                .map(v -> v.path("value").asText()).toList();
        Assertions.assertThat(offered).containsExactlyInAnyOrderElementsOf(OFFERED);
        for (String award : offered) {
            Assertions.assertThat(catalogue(award).get("deciding_level")).as(award).isNotEqualTo("CO_SO");
        }
    }

    @Test
    void eachOfferedAwardWithEachKindTakesItsRouteOrIsRefusedAtTheStart() {
        for (String award : OFFERED) {
            Map<String, Object> row = catalogue(award);
            String level = (String) row.get("deciding_level");
            boolean upward = "TRUNG_UONG".equals(level);
            for (String kind : KINDS) {
                String nominee = "TAP_THE".equals(row.get("recipient_kind")) ? "stp"
                        : f.person("stp", "Người thử " + award + " " + kind, Map.of(), Map.of(year, "XUAT_SAC"));
                // a unit may be proposed once per award and year: each of its cases takes a year still free
                int periodYear = "stp".equals(nominee) ? freeYearOfTheUnit(award) : year;
                boolean fits = upward == "KHEN_CAO".equals(kind);
                if (!fits) {
                    Assertions.assertThatThrownBy(() -> f.start("canbo.stp", kind, award, periodYear, nominee))
                            .as(award + " " + kind).isInstanceOf(FormFieldValidationException.class)
                            .hasMessageContaining((String) row.get("name"))
                            .hasMessageContaining(upward ? "Đề nghị khen cao" : "chỉ dành cho hình thức do Trung ương");
                    continue;
                }
                ProcessInstance pi = f.start("canbo.stp", kind, award, periodYear, nominee);
                Assertions.assertThat(f.var(pi, "decidingLevel")).as(award).isEqualTo(level);
                walkToTheRoute(pi);
                if (upward) {
                    assertThat(pi).as(award + " " + kind).hasPassed("Task_OpenConsultation")
                            .isWaitingAt("Timer_ConsultationWindow");
                } else {
                    assertThat(pi).as(award + " " + kind).isWaitingAt("Task_ChairmanDecision");
                }
                discard(pi);
            }
        }
    }

    @Test
    void unitLevelTitlesAreNotProposedToTheProvince() {
        for (String award : List.of("LDTT", "CSTDCS")) {
            String person = f.person("stp", "Người thử " + award, Map.of(), Map.of(year, "XUAT_SAC"));
            Assertions.assertThatThrownBy(() -> f.start("canbo.stp", "CONG_TRANG", award, year, person))
                    .isInstanceOf(FormFieldValidationException.class);
        }
    }

    @Test
    void anExceptionalFeatMayBeRewardedInAYearThatAlreadyHasTheYearsMeritAward() {
        String person = f.person("stp", "Trương Văn Dũng Cảm", Map.of("BK_TINH", List.of(year)), Map.of(year, "XUAT_SAC"));

        Assertions.assertThatThrownBy(() -> f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, person))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("cho cùng thành tích");
        ProcessInstance feat = f.start("canbo.stp", "DOT_XUAT", "BK_TINH", year, person);
        assertThat(feat).isWaitingAt("Task_CompleteDossier");
        discard(feat);
    }

    /**
     * The catalogue is dated: an award whose period starts after the achievement year (as "Xã, phường, đặc khu tiêu
     * biểu" starts with Decree 152/2025 on 01/7/2025) is refused at the start naming the period; a started proposal
     * keeps the day its procedure is judged by.
     */
    @Test
    void anAwardOutsideItsPeriodIsRefusedAtTheStartAndAStartedProposalKeepsItsDayOfRules() {
        Assertions.assertThat(jdbc.sql("SELECT effective_from FROM award_type WHERE code = 'XA_TIEU_BIEU'")
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 7, 1));
        String person = f.person("stp", "Lê Thị Ngày Xét", Map.of(), Map.of(year, "XUAT_SAC"));
        // a province loads the Bằng khen of a new decree for the achievements from next year
        jdbc.sql("UPDATE award_type SET effective_from = ? WHERE code = 'BK_TINH'").param(LocalDate.of(year + 1, 1, 1))
                .update();
        try {
            Assertions.assertThatThrownBy(() -> f.start("canbo.stp", "DOT_XUAT", "BK_TINH", year, person))
                    .isInstanceOf(FormFieldValidationException.class)
                    .hasMessageContaining("chỉ áp dụng cho thành tích từ 01/01/" + (year + 1))
                    .hasMessageContaining("năm " + year);
        } finally {
            jdbc.sql("UPDATE award_type SET effective_from = NULL WHERE code = 'BK_TINH'").update();
        }
        ProcessInstance pi = f.start("canbo.stp", "DOT_XUAT", "BK_TINH", year, person);
        Assertions.assertThat(f.var(pi, "judgedOn")).isEqualTo(LocalDate.now(clock).toString());
        discard(pi);
    }

    /** A year the start accepts for the unit (the last five) in which it has neither this award nor a proposal for it. */
    private int freeYearOfTheUnit(String award) {
        for (int y = year; y >= year - 4; y--) {
            int taken = jdbc.sql("""
                            SELECT (SELECT COUNT(*) FROM award_record r JOIN org_unit u ON u.id = r.unit_id
                                    WHERE u.code = 'stp' AND r.award_type_code = ? AND r.award_year = ?)
                                 + (SELECT COUNT(*) FROM commendation_proposal p JOIN proposal_nominee n
                                    ON n.business_key = p.business_key WHERE UPPER(n.nominee_code) = 'STP'
                                    AND p.award_type_code = ? AND p.period_year = ? AND p.closed_at IS NULL)""")
                    .params(award, y, award, y).query(Integer.class).single();
            if (taken == 0) {
                return y;
            }
        }
        throw new AssertionError("no free year for the unit's " + award);
    }

    /** Ends the case so that it blocks no other proposal of the same nominee, award and year. */
    private void discard(ProcessInstance pi) {
        String key = f.businessKey(pi);
        engine.getRuntimeService().deleteProcessInstance(pi.getId(), "routing test done");
        jdbc.sql("UPDATE commendation_proposal SET status = 'NOT_AWARDED', closed_at = CURRENT_TIMESTAMP"
                + " WHERE business_key = ?").param(key).update();
    }

    /** Dossier, signature, intake, an appraisal that concludes eligible, approval, and the council where needed. */
    private void walkToTheRoute(ProcessInstance pi) {
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        f.headApproves(pi);
        f.intakeAccepts(pi);
        f.complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisal",
                f.edited(pi, "appraisal", Map.of("conclusion", "DAT", "justification", WHY)),
                "appraisalAction", "CONCLUDE"));
        f.headApprovesAppraisal(pi);
        if (f.task(pi, "Task_AwaitCouncil") != null || engine.getRuntimeService().createExecutionQuery()
                .processInstanceId(pi.getId()).activityId("Task_AwaitCouncil").count() > 0) {
            f.councilDecides(pi, true);
        }
    }
}

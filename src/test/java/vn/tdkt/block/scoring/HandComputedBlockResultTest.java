package vn.tdkt.block.scoring;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.block.cycle.BlockCycleFixture;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.workflow.JsonVars;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * A block of four new units scored through the real block cycle (self-scores with evidence, cross-checks, the
 * leader's arbitration, ranking, score-classification), against totals, ranks and classes computed by hand.
 *
 * <p>The table is the illustrative one a block without its own gets (ScoringTemplates): criteria I.1 30, I.2 15,
 * I.3 10 | II.1 5, II.2 5, II.3 5 | III.1 10, III.2 5, III.3 5 | IV.1 5, IV.2 5 (100 in all); bonus B1, B2, B3 of 5
 * each under a cap of 10; penalties P1 5, P2 5, P3 10; tolerance 3 between the own and the cross-checked total;
 * tie-breaks: higher group I, then fewer penalties, then more bonus; three candidates on the ballot.
 * score-classification: ≥ 91 Xuất sắc, ≥ 70 Tốt, ≥ 50 Hoàn thành, below Chưa hoàn thành.
 *
 * <pre>
 * unit | own sheet (I / II / III / IV, bonus, penalty)      | own  | cross-check             | cross | final
 * A    | 28+15+10 / 15 / 20 / 10 = 98; B1+B2+B3 = 15 → 10; 0 | 108  | I.2 15 → 13: 96 + 10    | 106   | 106 (|108−106| = 2 ≤ 3: the cross-check stands)
 * B    | 25+15+10 / 15 / 20 / 10 = 95; 0; P1 5              |  90  | as scored               |  90   |  90
 * C    | 25+15+10 / 15 / 15 / 10 = 90; 0; 0  (III.3 = 0)    |  90  | as scored               |  90   |  90
 * D    | 20+10+5 / 10 / 15 / 5 = 65; 0; 0                   |  65  | I.1 20 → 10: 55         |  55   | |65−55| = 10 > 3: the leader arbitrates I.1 = 5 → 50
 *
 * rank | unit | final | class         | why
 * 1    | A    | 106   | XUAT_SAC      | 106 ≥ 91
 * 2    | C    |  90   | TOT           | ties B at 90; group I 50 = 50; penalties 0 < 5: C first
 * 3    | B    |  90   | TOT           | 90 &lt; 91
 * 4    | D    |  50   | HOAN_THANH    | 50 ≥ 50, the lowest mark of the class
 * ballot: A, C, B (the first three)
 * </pre>
 */
@IntegrationTest
class HandComputedBlockResultTest {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    BlockCycleFixture b;
    ProcessInstance pi;

    @BeforeEach
    void block() {
        BpmnAwareTests.init(engine);
        b = new BlockCycleFixture(engine, jdbc, dossiers, unitGroups, profiles, rest, LocalDate.now(clock).getYear() - 1, 4);
    }

    @AfterEach
    void removeTheCycle() {
        if (pi != null && engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0) {
            engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test cleanup", true, true);
        }
    }

    @Test
    void totalsRanksAndClassesAreTheOnesCountedByHand() {
        String a = b.units.get(0);
        String bb = b.units.get(1);
        String c = b.units.get(2);
        String d = b.units.get(3);
        Map<String, Map<String, Number>> own = Map.of(
                a, sheet(28, 15, 10, 5, 5, 5, 10, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0),
                bb, sheet(25, 15, 10, 5, 5, 5, 10, 5, 5, 5, 5, 0, 0, 0, 5, 0, 0),
                c, sheet(25, 15, 10, 5, 5, 5, 10, 5, 0, 5, 5, 0, 0, 0, 0, 0, 0),
                d, sheet(20, 10, 5, 5, 0, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0, 0, 0));

        pi = b.startCycle();
        b.signAll(pi);
        b.midYear(pi);
        for (String unit : b.units) {
            Task t = b.taskFor(pi, "Task_SelfScore", "unit-officer." + unit);
            long doc = dossiers.store(b.key() + "-" + unit, "KHAC", "minh-chung.pdf", "application/pdf",
                    ("%PDF-1.4\n% " + unit + "\n%%EOF").getBytes(StandardCharsets.US_ASCII), "cb." + unit).id();
            List<Map<String, Object>> items = b.local(t, "scoreItems");
            items.forEach(m -> {
                m.put("score", own.get(unit).get((String) m.get("code")));
                m.put("evidenceDocumentId", String.valueOf(doc));
            });
            b.complete(t, "cb." + unit, Map.of("scoreItems", JsonVars.json(items)));
        }

        // the cross-checkers: A's I.2 marked 13 instead of 15, D's I.1 10 instead of 20, the others as scored
        Map<String, Map<String, Number>> lowered = Map.of(a, Map.of("I.2", 13), d, Map.of("I.1", 10));
        for (Task t : b.tasks(pi, "Task_CrossCheck")) {
            String target = (String) engine.getRuntimeService().getVariableLocal(t.getExecutionId(), "target");
            String checker = (String) engine.getRuntimeService().getVariableLocal(t.getExecutionId(), "checker");
            List<Map<String, Object>> items = b.local(t, "scoreItems");
            items.forEach(m -> m.put("score", lowered.getOrDefault(target, Map.of())
                    .getOrDefault((String) m.get("code"), (Number) m.get("selfScore"))));
            b.complete(t, "cb." + checker, Map.of("scoreItems", JsonVars.json(items)));
        }

        // only D is beyond the tolerance; the leader settles its I.1 at 5
        List<Task> arbitration = b.tasks(pi, "Task_Arbitrate");
        Assertions.assertThat(arbitration).hasSize(1);
        Task arb = arbitration.get(0);
        Assertions.assertThat(engine.getRuntimeService().getVariableLocal(arb.getExecutionId(), "target")).isEqualTo(d);
        List<Map<String, Object>> settled = b.local(arb, "scoreItems");
        settled.forEach(m -> m.put("score", "I.1".equals(m.get("code")) ? 5 : m.get("selfScore")));
        b.complete(arb, b.leaderOfficer(), Map.of("scoreItems", JsonVars.json(settled)));
        assertThat(pi).isWaitingAt("Task_OpenVote");

        // the stored sheets
        Assertions.assertThat(stored("SELF")).containsExactlyInAnyOrderEntriesOf(Map.of(
                a, n(108), bb, n(90), c, n(90), d, n(65)));
        Assertions.assertThat(stored("CROSS")).containsExactlyInAnyOrderEntriesOf(Map.of(
                a, n(106), bb, n(90), c, n(90), d, n(55)));
        Assertions.assertThat(stored("FINAL")).containsExactlyInAnyOrderEntriesOf(Map.of(
                a, n(106), bb, n(90), c, n(90), d, n(50)));

        // the ranking the process made: rank, unit, final, criteria, bonus, penalties, class
        List<Map<String, Object>> ranking = JsonVars.listOfObjects(engine.getRuntimeService().getVariable(pi.getId(), "ranking"));
        Assertions.assertThat(ranking).extracting(r -> List.of(((Number) r.get("rank")).intValue(), r.get("unitCode"),
                        decimal(r.get("finalScore")), decimal(r.get("criteria")), decimal(r.get("bonus")),
                        decimal(r.get("penalties")), r.get("classification")))
                .containsExactly(
                        List.of(1, a, n(106), n(96), n(10), n(0), "XUAT_SAC"),
                        List.of(2, c, n(90), n(90), n(0), n(0), "TOT"),
                        List.of(3, bb, n(90), n(95), n(0), n(5), "TOT"),
                        List.of(4, d, n(50), n(50), n(0), n(0), "HOAN_THANH"));
        Assertions.assertThat(JsonVars.listOfObjects(engine.getRuntimeService().getVariable(pi.getId(), "ballotPaper")))
                .extracting(l -> l.get("candidateCode")).containsExactly(a, c, bb);
    }

    /**
     * One sheet: I.1, I.2, I.3, II.1, II.2, II.3, III.1, III.2, III.3, IV.1, IV.2, B1, B2, B3, P1, P2, P3.
     */
    private static Map<String, Number> sheet(int... points) {
        String[] codes = {"I.1", "I.2", "I.3", "II.1", "II.2", "II.3", "III.1", "III.2", "III.3", "IV.1", "IV.2",
                "B1", "B2", "B3", "P1", "P2", "P3"};
        Assertions.assertThat(points).hasSameSizeAs(codes);
        Map<String, Number> m = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            m.put(codes[i], points[i]);
        }
        return m;
    }

    private Map<String, BigDecimal> stored(String kind) {
        Map<String, BigDecimal> byUnit = new HashMap<>();
        jdbc.sql("""
                        SELECT u.code, s.final_score FROM block_score_sheet s JOIN org_unit u ON u.id = s.unit_id
                        JOIN emulation_block k ON k.id = s.block_id WHERE k.code = ? AND s.emulation_year = ? AND s.kind = ?""")
                .params(b.block, b.year, kind)
                .query((rs, n) -> byUnit.put(rs.getString(1), decimal(rs.getBigDecimal(2)))).list();
        return byUnit;
    }

    /** A number as the ranking or the database gives it, to two decimals. */
    private static BigDecimal decimal(Object number) {
        return new BigDecimal(String.valueOf(number)).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal n(int points) {
        return BigDecimal.valueOf(points).setScale(2);
    }
}

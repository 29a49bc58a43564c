package vn.tdkt.decisions;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;
import vn.tdkt.revocation.RevocationConsequences;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows of processes/revocation-grounds.dmn (D15): every ground of Law 2022 ch. VII annuls and recovers. */
class RevocationGroundsTableTest {

    private static DmnDecisionResult evaluate(boolean falseDeclaration, boolean forged, boolean unlawful,
                                              boolean adverse, String judgedOn) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("falseDeclaration", falseDeclaration);
        vars.put("forgedDocuments", forged);
        vars.put("unlawfulProcedure", unlawful);
        vars.put("adverseConclusion", adverse);
        vars.put("judgedOn", judgedOn);
        return DmnTables.evaluate("revocation-grounds", vars);
    }

    @Test
    void eachGroundAloneAnnulsAndRecoversObjectAndBonus() {
        boolean[][] cases = {{true, false, false, false}, {false, true, false, false}, {false, false, true, false},
            {false, false, false, true}};
        for (boolean[] c : cases) {
            DmnDecisionResult r = evaluate(c[0], c[1], c[2], c[3], "2026-11-02");
            assertThat(r.getResultList()).hasSize(1);
            RevocationConsequences k = RevocationConsequences.of(r.getResultList());
            assertThat(k.annul()).isTrue();
            assertThat(k.recoverObject()).isTrue();
            assertThat(k.recoverBonus()).isTrue();
            assertThat(k.recoveryWorkingDays()).isEqualTo(30);
            assertThat(k.legalBases()).contains("Luật Thi đua, khen thưởng 2022").contains("[U]");
        }
    }

    @Test
    void severalGroundsAreReadTogether() {
        DmnDecisionResult r = evaluate(true, true, false, true, "2026-11-02");
        assertThat(r.getResultList()).hasSize(3);
        assertThat(RevocationConsequences.of(r.getResultList()).text()).contains("Hủy bỏ quyết định khen thưởng")
                .contains("thu hồi tiền thưởng").contains("30 ngày làm việc");
    }

    @Test
    void noGroundOrADayBeforeTheLawAnnulsNothing() {
        assertThat(RevocationConsequences.of(evaluate(false, false, false, false, "2026-11-02").getResultList())
                .annul()).isFalse();
        assertThat(evaluate(true, false, false, false, "2023-06-01").getResultList()).isEmpty();
    }
}

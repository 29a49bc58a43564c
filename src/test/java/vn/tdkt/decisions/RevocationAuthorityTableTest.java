package vn.tdkt.decisions;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of processes/revocation-authority.dmn (D16): the level that decided the award annuls it — the unit head for
 * unit-level titles, the chairman for the province's, the centre (on the chairman's tờ trình) for khen cao; every row
 * flagged unconfirmed ([B]) with its legal basis.
 */
class RevocationAuthorityTableTest {

    private static DmnDecisionResult evaluate(String level, String judgedOn) {
        return DmnTables.evaluate("revocation-authority", Map.of("decidingLevel", level, "judgedOn", judgedOn));
    }

    private static String authority(String level) {
        return (String) evaluate(level, "2026-12-05").getSingleResult().getEntry("authority");
    }

    @Test
    void theLevelThatDecidedAnnuls() {
        assertThat(authority("CO_SO")).isEqualTo("UNIT_HEAD");
        assertThat(authority("TINH")).isEqualTo("PROVINCE_CHAIRMAN");
        assertThat(authority("TRUNG_UONG")).isEqualTo("CENTRAL");
    }

    @Test
    void everyRowHasItsLegalBasisAndIsFlaggedUnconfirmed() {
        for (String level : new String[] {"CO_SO", "TINH", "TRUNG_UONG"}) {
            var row = evaluate(level, "2026-12-05").getSingleResult();
            assertThat((String) row.getEntry("legalBasis")).contains("[B]").contains("Luật Thi đua, khen thưởng 2022");
            assertThat((Boolean) row.getEntry("confirmed")).isFalse();
        }
        assertThat((String) evaluate("CO_SO", "2026-12-05").getSingleResult().getEntry("legalBasis"))
                .contains("Điều 75");
    }

    @Test
    void aDayBeforeTheLawOrAnUnknownLevelHasNoRow() {
        assertThat(evaluate("CO_SO", "2023-06-01").getResultList()).isEmpty();
        assertThat(evaluate("HUYEN", "2026-12-05").getResultList()).isEmpty();
    }
}

package vn.tdkt.block.cycle;

import org.junit.jupiter.api.Test;
import vn.tdkt.block.scoring.ScoreSheet;
import vn.tdkt.block.scoring.ScoringTable;
import vn.tdkt.block.scoring.ScoringTemplates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A score sheet as Tasklist submits it: only the visible fields of each row, the kind taken from the table. */
class ScoreItemsTest {

    final ScoringTable table = ScoringTemplates.illustrative();

    /** The rows as form-js submits them: code (readonly), score, evidence; no kind. */
    List<Map<String, Object>> submitted(String bonusOrPenaltyCode, int score) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> blank : ScoreItems.blank(table)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", blank.get("code"));
            row.put("score", blank.get("code").equals(bonusOrPenaltyCode) ? score : "CRITERION".equals(blank.get("kind")) ? 1 : 0);
            rows.add(row);
        }
        return rows;
    }

    @Test
    void bonusAndPenaltyRowsAreRecognisedByTheirCodeWithoutAKind() {
        String bonus = String.valueOf(ScoreItems.blank(table).stream().filter(i -> "BONUS".equals(i.get("kind")))
                .findFirst().orElseThrow().get("code"));
        String penalty = String.valueOf(ScoreItems.blank(table).stream().filter(i -> "PENALTY".equals(i.get("kind")))
                .findFirst().orElseThrow().get("code"));
        List<Map<String, Object>> rows = submitted(bonus, 2);
        rows.stream().filter(r -> r.get("code").equals(penalty)).findFirst().orElseThrow().put("score", 3);

        ScoreSheet sheet = ScoreItems.toSheet("stp", ScoreItems.withKinds(table, rows));

        assertThat(sheet.bonus()).containsEntry(bonus, new BigDecimal("2"));
        assertThat(sheet.penalties()).containsEntry(penalty, new BigDecimal("3"));
        assertThat(sheet.criteria()).doesNotContainKeys(bonus, penalty).isNotEmpty();
    }

    @Test
    void aKindSentByTheClientDoesNotCount() {
        String criterion = String.valueOf(ScoreItems.blank(table).get(0).get("code"));
        List<Map<String, Object>> rows = submitted("none", 0);
        rows.get(0).put("kind", "BONUS");
        ScoreSheet sheet = ScoreItems.toSheet("stp", ScoreItems.withKinds(table, rows));
        assertThat(sheet.criteria()).containsKey(criterion);
        assertThat(sheet.bonus()).doesNotContainKey(criterion);
    }

    @Test
    void anUnknownCodeStaysUnknownForTheRulesToRefuse() {
        List<Map<String, Object>> rows = submitted("none", 0);
        rows.add(new LinkedHashMap<>(Map.of("code", "X.9", "score", 5)));
        List<Map<String, Object>> withKinds = ScoreItems.withKinds(table, rows);
        assertThat(withKinds.get(withKinds.size() - 1).get("kind")).isNull();
        assertThat(ScoreItems.withKinds(table, null)).isNull();
    }
}

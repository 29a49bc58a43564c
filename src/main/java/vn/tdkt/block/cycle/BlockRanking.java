package vn.tdkt.block.cycle;

import org.springframework.stereotype.Service;
import vn.tdkt.block.scoring.ScoreCalculator;
import vn.tdkt.block.scoring.ScoreResult;
import vn.tdkt.block.scoring.ScoringTable;
import vn.tdkt.block.scoring.ScoringTableStore;
import vn.tdkt.engine.LatestDecisions;
import vn.tdkt.format.VietnameseNumbers;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.rules.RuleDates;
import vn.tdkt.workflow.JsonVars;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The block's ranking from the final sheets: scores by {@link ScoreCalculator}, classification by the DMN decision
 * {@code score-classification}, order by the table's tie-breaks.
 */
@Service
public class BlockRanking {

    private final BlockCycleRepository cycles;
    private final ScoringTableStore tables;
    private final LatestDecisions decisions;
    private final UnitRepository units;

    public BlockRanking(BlockCycleRepository cycles, ScoringTableStore tables, LatestDecisions decisions,
                        UnitRepository units) {
        this.cycles = cycles;
        this.tables = tables;
        this.decisions = decisions;
        this.units = units;
    }

    /** One line of the ranking. */
    public record Ranked(int rank, String unitCode, String unitName, BigDecimal finalScore, BigDecimal criteria,
                         BigDecimal bonus, BigDecimal penalties, String classification, String classificationName) { }

    public List<Ranked> rank(long blockId, int year) {
        String judgedOn = RuleDates.judgedOn(RuleDates.achievementYear(year));
        return results(tables.tableOf(blockId, year), blockId, year).stream().map(r -> ranked(r, judgedOn)).toList();
    }

    /** Which tie-break ordered each pair of members with the same final score, as the minutes say it. */
    public List<String> tieBreakNotes(long blockId, int year) {
        ScoringTable table = tables.tableOf(blockId, year);
        return ScoreCalculator.tieBreakNotes(table, results(table, blockId, year),
                code -> units.findByCode(code).map(u -> u.name()).orElse(code));
    }

    private List<ScoreResult> results(ScoringTable table, long blockId, int year) {
        var sheets = cycles.sheets(blockId, year, "FINAL").stream()
                .map(s -> ScoreItems.toSheet(s.unitCode(), ScoreItems.withKinds(table, JsonVars.listOfObjects(s.sheet()))))
                .toList();
        return ScoreCalculator.rank(table, sheets);
    }

    public ScoringTable table(long blockId, int year) {
        return tables.tableOf(blockId, year);
    }

    /** Classifies by the table's rows valid on the last day of the emulation year. */
    private Ranked ranked(ScoreResult r, String judgedOn) {
        Map<String, Object> c = decisions.evaluate("score-classification",
                Map.of("finalScore", r.finalScore().doubleValue(), RuleDates.VARIABLE, judgedOn))
                .getSingleResult().getEntryMap();
        return new Ranked(r.rank(), r.unitCode(), units.findByCode(r.unitCode()).map(u -> u.name()).orElse(r.unitCode()),
                r.finalScore(), r.criteriaTotal(), r.bonus(), r.penalties(), (String) c.get("classification"),
                (String) c.get("classificationName"));
    }

    public static String text(List<Ranked> ranking) {
        StringBuilder sb = new StringBuilder();
        for (Ranked r : ranking) {
            sb.append(r.rank()).append(". ").append(r.unitName()).append(": ")
                    .append(VietnameseNumbers.decimal(r.finalScore())).append(" điểm – ")
                    .append(r.classificationName()).append('\n');
        }
        return sb.toString().strip();
    }
}

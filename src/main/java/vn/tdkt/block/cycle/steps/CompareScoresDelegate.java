package vn.tdkt.block.cycle.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleRepository;
import vn.tdkt.block.cycle.BlockCycleStage;
import vn.tdkt.block.scoring.ScoreCalculator;
import vn.tdkt.block.scoring.ScoringTable;
import vn.tdkt.block.scoring.ScoringTableStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static vn.tdkt.block.cycle.BlockCycleVariables.ARBITRATION_TARGETS;
import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_ID;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBERS;

/**
 * Compares each member's own total with the cross-checker's: within the table's tolerance the cross-checked
 * sheet becomes final; beyond it the block leader arbitrates.
 */
@Component("compareScoresDelegate")
public class CompareScoresDelegate implements JavaDelegate {

    private final Clock clock;

    private final BlockCycleRepository cycles;
    private final ScoringTableStore tables;

    public CompareScoresDelegate(BlockCycleRepository cycles, ScoringTableStore tables, Clock clock) {

        this.clock = clock;
        this.cycles = cycles;
        this.tables = tables;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        long blockId = ((Number) execution.getVariable(BLOCK_ID)).longValue();
        int year = ((Number) execution.getVariable(EMULATION_YEAR)).intValue();
        ScoringTable table = tables.tableOf(blockId, year);
        List<String> arbitration = new ArrayList<>();
        for (String member : (List<String>) execution.getVariable(MEMBERS)) {
            var self = cycles.sheet(blockId, year, member, "SELF").orElseThrow();
            var cross = cycles.sheet(blockId, year, member, "CROSS").orElseThrow();
            if (ScoreCalculator.needsArbitration(table, self.finalScore(), cross.finalScore())) {
                arbitration.add(member);
            } else {
                cycles.saveSheet(blockId, year, member, "FINAL", cross.scoredByUnitCode(), cross.sheet(),
                        cross.finalScore(), "he-thong", clock.instant());
            }
        }
        execution.setVariable(ARBITRATION_TARGETS, arbitration);
        cycles.changeStage(execution.getProcessBusinessKey(),
                arbitration.isEmpty() ? BlockCycleStage.SCORED : BlockCycleStage.ARBITRATION);
    }
}

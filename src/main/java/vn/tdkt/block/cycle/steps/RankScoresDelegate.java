package vn.tdkt.block.cycle.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleRepository;
import vn.tdkt.block.cycle.BlockCycleStage;
import vn.tdkt.block.cycle.BlockRanking;
import vn.tdkt.workflow.JsonVars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.tdkt.block.cycle.BlockCycleVariables.BALLOT_PAPER;
import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_ID;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.RANKING;
import static vn.tdkt.block.cycle.BlockCycleVariables.RANKING_TEXT;
import static vn.tdkt.block.cycle.BlockCycleVariables.VOTE_CANDIDATES_TEXT;

/** Ranks the members and prepares the ballot paper with the top-ranked units (as many as the table says). */
@Component("rankScoresDelegate")
public class RankScoresDelegate implements JavaDelegate {

    private final BlockRanking ranking;
    private final BlockCycleRepository cycles;

    public RankScoresDelegate(BlockRanking ranking, BlockCycleRepository cycles) {
        this.ranking = ranking;
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long blockId = ((Number) execution.getVariable(BLOCK_ID)).longValue();
        int year = ((Number) execution.getVariable(EMULATION_YEAR)).intValue();
        List<BlockRanking.Ranked> ranked = ranking.rank(blockId, year);
        int candidates = Math.min(ranking.table(blockId, year).voteCandidates(), ranked.size());
        List<BlockRanking.Ranked> onBallot = ranked.subList(0, candidates);
        execution.setVariable(RANKING, JsonVars.json(ranked));
        execution.setVariable(RANKING_TEXT, BlockRanking.text(ranked));
        execution.setVariable(VOTE_CANDIDATES_TEXT, String.join("\n", onBallot.stream()
                .map(r -> r.rank() + ". " + r.unitName()).toList()));
        execution.setVariable(BALLOT_PAPER, JsonVars.json(onBallot.stream().map(r -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("candidateCode", r.unitCode());
            line.put("candidateName", r.unitName());
            line.put("choice", null);
            return line;
        }).toList()));
        cycles.changeStage(execution.getProcessBusinessKey(), BlockCycleStage.RANKED);
    }
}

package vn.tdkt.block.cycle.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleStage;
import vn.tdkt.block.cycle.BlockCycleRepository;
import vn.tdkt.block.cycle.BlockRanking;
import vn.tdkt.workflow.JsonVars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        long blockId = ((Number) execution.getVariable("blockId")).longValue();
        int year = ((Number) execution.getVariable("emulationYear")).intValue();
        List<BlockRanking.Ranked> ranked = ranking.rank(blockId, year);
        int candidates = Math.min(ranking.table(blockId, year).voteCandidates(), ranked.size());
        List<BlockRanking.Ranked> onBallot = ranked.subList(0, candidates);
        execution.setVariable("ranking", JsonVars.json(ranked));
        execution.setVariable("rankingText", BlockRanking.text(ranked));
        execution.setVariable("voteCandidatesText", String.join("\n", onBallot.stream()
                .map(r -> r.rank() + ". " + r.unitName()).toList()));
        execution.setVariable("ballotPaper", JsonVars.json(onBallot.stream().map(r -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("candidateCode", r.unitCode());
            line.put("candidateName", r.unitName());
            line.put("choice", null);
            return line;
        }).toList()));
        cycles.changeStage(execution.getProcessBusinessKey(), BlockCycleStage.RANKED);
    }
}

package vn.tdkt.block.cycle.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.ballot.BallotBox;
import vn.tdkt.ballot.Tally;
import vn.tdkt.block.cycle.BlockCycleRepository;
import vn.tdkt.block.cycle.BlockCycleStage;
import vn.tdkt.block.cycle.BlockMinutes;
import vn.tdkt.block.cycle.BlockRanking;
import vn.tdkt.engine.LatestDecisions;
import vn.tdkt.rules.LegalParameters;
import vn.tdkt.rules.RuleDates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static vn.tdkt.block.cycle.BlockCycleVariables.BALLOT_SESSION_ID;
import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_ID;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBERS;
import static vn.tdkt.block.cycle.BlockCycleVariables.MINUTES_TEXT;

/**
 * Counts the ballot and decides, unit by unit in rank order, what the block proposes, by the DMN decision
 * {@code block-result-to-award} (rank, classification, share of "đồng ý" votes, block size → Cờ thi đua, Bằng
 * khen or nothing; the quota per block is in the table's rows). Whether the share is taken of the ballots cast or of
 * all member units is the legal parameter BLOCK_VOTE_DENOMINATOR of the year.
 */
@Component("tallyVoteDelegate")
public class TallyVoteDelegate implements JavaDelegate {

    private final BallotBox box;
    private final BlockRanking ranking;
    private final BlockCycleRepository cycles;
    private final LatestDecisions decisions;
    private final BlockMinutes minutes;
    private final LegalParameters law;

    public TallyVoteDelegate(BallotBox box, BlockRanking ranking, BlockCycleRepository cycles,
                             LatestDecisions decisions, BlockMinutes minutes, LegalParameters law) {
        this.law = law;
        this.box = box;
        this.ranking = ranking;
        this.cycles = cycles;
        this.decisions = decisions;
        this.minutes = minutes;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        String session = (String) execution.getVariable(BALLOT_SESSION_ID);
        box.close(session);
        Tally tally = box.tally(session);
        long blockId = ((Number) execution.getVariable(BLOCK_ID)).longValue();
        int year = ((Number) execution.getVariable(EMULATION_YEAR)).intValue();
        int blockSize = ((List<String>) execution.getVariable(MEMBERS)).size();
        LocalDate judgedOn = RuleDates.achievementYear(year);
        // the share is of the ballots cast or of all member units, as the legal parameters of the year say
        int denominator = law.on(judgedOn).blockVoteOfAllMembers() ? blockSize : tally.votesCast();
        for (BlockRanking.Ranked r : ranking.rank(blockId, year)) {
            BigDecimal share = tally.candidates().stream().filter(c -> c.code().equals(r.unitCode())).findFirst()
                    .map(c -> denominator == 0 ? BigDecimal.ZERO
                            : BigDecimal.valueOf(c.agree()).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP))
                    .orElse(BigDecimal.ZERO);
            Map<String, Object> vars = Map.of("rank", r.rank(), "classification", r.classification(),
                    "voteShare", share.doubleValue(), "blockSize", blockSize,
                    RuleDates.VARIABLE, RuleDates.judgedOn(judgedOn));
            String award = (String) decisions.evaluate("block-result-to-award", vars).getFirstResult()
                    .getEntry("award");
            if (!"KHONG".equals(award)) {
                cycles.addProposal(key, r.unitCode(), award, r.rank(), r.finalScore(), share);
            }
        }
        execution.setVariable(MINUTES_TEXT, minutes.summary(key));
        cycles.changeStage(key, BlockCycleStage.MINUTES);
    }
}

package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import java.util.Map;

import static vn.tdkt.block.cycle.BlockCycleVariables.ARBITRATION_TARGET;
import static vn.tdkt.block.cycle.BlockCycleVariables.BALLOT_VOTER;
import static vn.tdkt.block.cycle.BlockCycleVariables.CHECKER;
import static vn.tdkt.block.cycle.BlockCycleVariables.CROSS_CHECK_TARGETS;
import static vn.tdkt.block.cycle.BlockCycleVariables.EVIDENCE_DOSSIER;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBER;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBER_NAME;
import static vn.tdkt.block.cycle.BlockCycleVariables.SCORE_ITEMS;
import static vn.tdkt.block.cycle.BlockCycleVariables.TARGET;
import static vn.tdkt.block.cycle.BlockCycleVariables.TARGET_NAME;

/**
 * Start listener of the block's per-member tasks: sets the task-local variables each instance's form shows (the
 * member's name, its blank or assigned sheet, its evidence dossier, the voter of a ballot). Input mappings cannot
 * do it because they run before the multi-instance element variable exists.
 */
@Component("blockTaskInputs")
public class BlockTaskInputs implements ExecutionListener {

    private final BlockScores scores;

    public BlockTaskInputs(BlockScores scores) {
        this.scores = scores;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateExecution execution) {
        String member = (String) execution.getVariableLocal(MEMBER);
        switch (execution.getCurrentActivityId()) {
            case BlockCycleSteps.SIGN_PACT, BlockCycleSteps.MID_YEAR_REPORT -> execution.setVariableLocal(MEMBER_NAME, scores.unitName(member));
            case BlockCycleSteps.SELF_SCORE -> {
                execution.setVariableLocal(MEMBER_NAME, scores.unitName(member));
                execution.setVariableLocal(SCORE_ITEMS, scores.blankSheet(execution));
                execution.setVariableLocal(EVIDENCE_DOSSIER, scores.evidenceDossier(execution, member));
            }
            case BlockCycleSteps.CROSS_CHECK -> {
                String checker = (String) execution.getVariableLocal(CHECKER);
                String target = ((Map<String, String>) execution.getVariable(CROSS_CHECK_TARGETS)).get(checker);
                execution.setVariableLocal(TARGET, target);
                execution.setVariableLocal(TARGET_NAME, scores.unitName(target));
                execution.setVariableLocal(SCORE_ITEMS, scores.crossCheckSheet(execution, target));
            }
            case BlockCycleSteps.ARBITRATE -> {
                String target = (String) execution.getVariableLocal(ARBITRATION_TARGET);
                execution.setVariableLocal(TARGET, target);
                execution.setVariableLocal(TARGET_NAME, scores.unitName(target));
                execution.setVariableLocal(SCORE_ITEMS, scores.arbitrationSheet(execution, target));
            }
            case BlockCycleSteps.VOTE -> execution.setVariableLocal(BALLOT_VOTER, member);
            default -> throw new IllegalStateException("No inputs for " + execution.getCurrentActivityId());
        }
    }
}

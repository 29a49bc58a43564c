package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import java.util.Map;

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
        String member = (String) execution.getVariableLocal("member");
        switch (execution.getCurrentActivityId()) {
            case "Task_SignPact", "Task_MidYearReport" -> execution.setVariableLocal("memberName", scores.unitName(member));
            case "Task_SelfScore" -> {
                execution.setVariableLocal("memberName", scores.unitName(member));
                execution.setVariableLocal("scoreItems", scores.blankSheet(execution));
                execution.setVariableLocal("evidenceDossier", scores.evidenceDossier(execution, member));
            }
            case "Task_CrossCheck" -> {
                String checker = (String) execution.getVariableLocal("checker");
                String target = ((Map<String, String>) execution.getVariable("crossCheckTargets")).get(checker);
                execution.setVariableLocal("target", target);
                execution.setVariableLocal("targetName", scores.unitName(target));
                execution.setVariableLocal("scoreItems", scores.crossCheckSheet(execution, target));
            }
            case "Task_Arbitrate" -> {
                String target = (String) execution.getVariableLocal("arbitrationTarget");
                execution.setVariableLocal("target", target);
                execution.setVariableLocal("targetName", scores.unitName(target));
                execution.setVariableLocal("scoreItems", scores.arbitrationSheet(execution, target));
            }
            case "Task_Vote" -> execution.setVariableLocal("ballotVoter", member);
            default -> throw new IllegalStateException("No inputs for " + execution.getCurrentActivityId());
        }
    }
}

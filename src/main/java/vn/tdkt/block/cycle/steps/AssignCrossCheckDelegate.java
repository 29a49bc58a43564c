package vn.tdkt.block.cycle.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleRepository;
import vn.tdkt.block.cycle.BlockCycleStage;
import vn.tdkt.block.scoring.CrossCheckAssignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static vn.tdkt.block.cycle.BlockCycleVariables.CHECKERS;
import static vn.tdkt.block.cycle.BlockCycleVariables.CROSS_CHECK_TARGETS;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBERS;

/** Gives each member another member's sheet to cross-check (never its own, one each, rotating by year). */
@Component("assignCrossCheckDelegate")
public class AssignCrossCheckDelegate implements JavaDelegate {

    private final BlockCycleRepository cycles;

    public AssignCrossCheckDelegate(BlockCycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        List<String> members = (List<String>) execution.getVariable(MEMBERS);
        var pairs = CrossCheckAssignment.assign(members, ((Number) execution.getVariable(EMULATION_YEAR)).intValue());
        execution.setVariable(CHECKERS, new ArrayList<>(pairs.keySet()));
        execution.setVariable(CROSS_CHECK_TARGETS, new HashMap<>(pairs));
        cycles.changeStage(execution.getProcessBusinessKey(), BlockCycleStage.CROSS_CHECK);
    }
}

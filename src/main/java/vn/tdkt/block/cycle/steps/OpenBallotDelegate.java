package vn.tdkt.block.cycle.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.ballot.BallotBox;
import vn.tdkt.ballot.BallotTurnoutText;
import vn.tdkt.block.cycle.BlockCycleRepository;
import vn.tdkt.block.cycle.BlockCycleStage;
import vn.tdkt.workflow.JsonVars;

import java.util.HashSet;
import java.util.List;

import static vn.tdkt.block.cycle.BlockCycleVariables.BALLOT_PAPER;
import static vn.tdkt.block.cycle.BlockCycleVariables.BALLOT_SESSION_ID;
import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_NAME;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBERS;

/** Opens the block's secret ballot: the candidates of the ballot paper, one vote per member unit. */
@Component("openBallotDelegate")
public class OpenBallotDelegate implements JavaDelegate {

    private final BallotBox box;
    private final BallotTurnoutText turnout;
    private final BlockCycleRepository cycles;

    public OpenBallotDelegate(BallotBox box, BallotTurnoutText turnout, BlockCycleRepository cycles) {
        this.box = box;
        this.turnout = turnout;
        this.cycles = cycles;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        List<BallotBox.Candidate> candidates = JsonVars.listOfObjects(execution.getVariable(BALLOT_PAPER)).stream()
                .map(m -> new BallotBox.Candidate((String) m.get("candidateCode"), (String) m.get("candidateName")))
                .toList();
        String key = execution.getProcessBusinessKey();
        String session = box.open("BLOCK_SUY_TON", key, "Suy tôn đơn vị dẫn đầu " + execution.getVariable(BLOCK_NAME)
                + " năm " + execution.getVariable(EMULATION_YEAR), candidates,
                new HashSet<>((List<String>) execution.getVariable(MEMBERS)));
        execution.setVariable(BALLOT_SESSION_ID, session);
        execution.setVariable(BallotTurnoutText.VARIABLE, turnout.text(session, true));
        cycles.ballot(key, session);
        cycles.changeStage(key, BlockCycleStage.VOTE);
    }
}

package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalNotifier;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStatus;

/**
 * A dossier sent back, by the unit head or by the standing agency's intake: a new round opens for uploads, the
 * reason is shown to the officer, the previous answers are cleared so that each round is answered afresh, and
 * a return by the standing agency is mailed to the unit.
 */
@Component("reopenDossierDelegate")
public class ReopenDossierDelegate implements JavaDelegate {

    private final DossierService dossiers;
    private final ProposalRepository proposals;
    private final ProposalNotifier notifier;

    public ReopenDossierDelegate(DossierService dossiers, ProposalRepository proposals, ProposalNotifier notifier) {
        this.dossiers = dossiers;
        this.proposals = proposals;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        boolean byIntake = "Task_ReturnByIntake".equals(execution.getCurrentActivityId());
        int round = ((Number) execution.getVariable("roundNumber")).intValue() + 1;
        String reason = (String) execution.getVariable(byIntake ? "intakeComment" : "headComment");
        dossiers.startNewRound(key);
        execution.setVariable("roundNumber", round);
        execution.setVariable("returnReason", (byIntake ? "Sở Nội vụ trả lại để bổ sung, hoàn chỉnh: "
                : "Thủ trưởng đơn vị trả lại: ") + reason);
        for (String answer : new String[]{"headDecision", "headComment", "intakeDecision", "intakeComment"}) {
            execution.removeVariable(answer);
        }
        proposals.setStatus(key, ProposalStatus.RETURNED);
        if (byIntake) {
            notifier.returned(execution, reason);
        }
    }
}

package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalDeadlines;
import vn.tdkt.proposal.ProposalNotifier;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStatus;
import vn.tdkt.proposal.ProposalSteps;

import java.time.LocalDate;

import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_ACTION;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_NOTE;
import static vn.tdkt.proposal.ProposalVariables.HEAD_COMMENT;
import static vn.tdkt.proposal.ProposalVariables.HEAD_DECISION;
import static vn.tdkt.proposal.ProposalVariables.INTAKE_COMMENT;
import static vn.tdkt.proposal.ProposalVariables.INTAKE_DECISION;
import static vn.tdkt.proposal.ProposalVariables.RETURN_REASON;
import static vn.tdkt.proposal.ProposalVariables.ROUND_NUMBER;

/**
 * A dossier sent back, by the unit head, by the standing agency's intake or by its specialist after appraisal
 * (trả lại xét duyệt): a new round opens for uploads, the reason is shown to the officer, the previous answers are
 * cleared so that each round is answered afresh, and a return by the standing agency is mailed to the unit.
 * The processing clock stops: the working days it ran are added up in {@code processingDaysUsed}; it starts again
 * when the completed dossier is accepted (whole or for what was left: legal parameter DEADLINE_AFTER_RETURN).
 */
@Component("reopenDossierDelegate")
public class ReopenDossierDelegate implements JavaDelegate {

    private final DossierService dossiers;
    private final ProposalRepository proposals;
    private final ProposalNotifier notifier;
    private final ProposalDeadlines deadlines;

    public ReopenDossierDelegate(DossierService dossiers, ProposalRepository proposals, ProposalNotifier notifier,
                                 ProposalDeadlines deadlines) {
        this.deadlines = deadlines;
        this.dossiers = dossiers;
        this.proposals = proposals;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        String step = execution.getCurrentActivityId();
        boolean byHead = ProposalSteps.RETURN_BY_HEAD.equals(step);
        int round = ((Number) execution.getVariable(ROUND_NUMBER)).intValue() + 1;
        String reason = (String) execution.getVariable(switch (step) {
            case ProposalSteps.RETURN_BY_HEAD -> HEAD_COMMENT;
            case ProposalSteps.RETURN_BY_INTAKE -> INTAKE_COMMENT;
            default -> APPRAISAL_NOTE;
        });
        dossiers.startNewRound(key);
        if (execution.getVariable(ProposalRuleDates.ACCEPTED_ON) instanceof String acceptedOn) {
            Number used = (Number) execution.getVariable(ProposalRuleDates.DAYS_USED);
            int spent = Math.max(0, deadlines.workingDaysBetween(LocalDate.parse(acceptedOn), deadlines.today()));
            execution.setVariable(ProposalRuleDates.DAYS_USED, (used == null ? 0 : used.intValue()) + spent);
            execution.removeVariable(ProposalRuleDates.ACCEPTED_ON);
        }
        execution.setVariable(ROUND_NUMBER, round);
        execution.setVariable(RETURN_REASON, (byHead ? "Thủ trưởng đơn vị trả lại: "
                : "Sở Nội vụ trả lại để bổ sung, hoàn chỉnh: ") + reason);
        for (String answer : new String[]{HEAD_DECISION, HEAD_COMMENT, INTAKE_DECISION, INTAKE_COMMENT,
                APPRAISAL_ACTION, APPRAISAL_NOTE}) {
            execution.removeVariable(answer);
        }
        proposals.changeStatus(key, ProposalStatus.RETURNED);
        if (!byHead) {
            notifier.returned(execution, reason);
        }
    }
}

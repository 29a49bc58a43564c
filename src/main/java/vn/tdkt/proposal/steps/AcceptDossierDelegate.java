package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalDeadlines;
import vn.tdkt.proposal.ProposalRepository;

import java.time.Clock;
import java.util.List;

import static vn.tdkt.proposal.ProposalVariables.COMMENDATION_KIND;
import static vn.tdkt.proposal.ProposalVariables.PROCESSING_DUE_DATE;
import static vn.tdkt.proposal.ProposalVariables.PROCESSING_DUE_TEXT;
import static vn.tdkt.proposal.ProposalVariables.REMINDER_DATE;
import static vn.tdkt.proposal.ProposalVariables.REQUIRED_DOCUMENTS;

/**
 * The complete dossier is accepted: the processing clock starts, with its due date and reminder. After a return by
 * the appraisal the time already spent ({@code processingDaysUsed}, kept by {@link ReopenDossierDelegate}) is deducted
 * where the legal parameters say the time resumes rather than restarts.
 */
@Component("acceptDossierDelegate")
public class AcceptDossierDelegate implements JavaDelegate {

    private final Clock clock;

    private final ProposalDeadlines deadlines;
    private final ProposalRepository proposals;

    public AcceptDossierDelegate(ProposalDeadlines deadlines, ProposalRepository proposals, Clock clock) {

        this.clock = clock;
        this.deadlines = deadlines;
        this.proposals = proposals;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        List<String> required = (List<String>) execution.getVariable(REQUIRED_DOCUMENTS);
        boolean concurrence = required != null && required.contains("HY");
        Number used = (Number) execution.getVariable(ProposalRuleDates.DAYS_USED);
        ProposalDeadlines.Deadline d = deadlines.processing((String) execution.getVariable(COMMENDATION_KIND),
                concurrence, ProposalRuleDates.judgedOn(execution, deadlines.today()),
                used == null ? 0 : used.intValue());
        execution.setVariable(ProposalRuleDates.ACCEPTED_ON, deadlines.today().toString());
        execution.setVariable(PROCESSING_DUE_DATE, d.due());
        execution.setVariable(REMINDER_DATE, d.reminder());
        execution.setVariable(PROCESSING_DUE_TEXT, d.text());
        proposals.accepted(execution.getProcessBusinessKey(),
                clock.instant(), d.due().toInstant());
    }
}

package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalDeadlines;
import vn.tdkt.proposal.ProposalRepository;

import static vn.tdkt.proposal.ProposalVariables.COMMENDATION_KIND;
import static vn.tdkt.proposal.ProposalVariables.CONSULTATION_ENDS_AT;
import static vn.tdkt.proposal.ProposalVariables.CONSULTATION_ENDS_TEXT;

/**
 * Opens the public consultation window of a proposal upward (khen cao): comments are taken through
 * {@code POST /api/proposals/{key}/comments} until the window closes (DMN step CONSULTATION, 10 working days).
 */
@Component("openConsultationDelegate")
public class OpenConsultationDelegate implements JavaDelegate {

    private final ProposalDeadlines deadlines;
    private final ProposalRepository proposals;

    public OpenConsultationDelegate(ProposalDeadlines deadlines, ProposalRepository proposals) {
        this.deadlines = deadlines;
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProposalDeadlines.Deadline d = deadlines.step("CONSULTATION", (String) execution.getVariable(COMMENDATION_KIND),
                ProposalRuleDates.judgedOn(execution, deadlines.today()));
        execution.setVariable(CONSULTATION_ENDS_AT, d.due());
        execution.setVariable(CONSULTATION_ENDS_TEXT, d.text());
        proposals.consultationOpen(execution.getProcessBusinessKey(), d.due().toInstant());
    }
}

package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.AgencySubmission;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.workflow.JsonVars;

import static vn.tdkt.proposal.ProposalVariables.APPRAISAL;

/**
 * The Sở head approved the appraisal: the Sở's tờ trình to the chairman he numbered (checked by
 * {@link vn.tdkt.proposal.ProposalAnswerValidator} on the way out of his task) becomes data of the proposal, cited by
 * the decision, and the chairman's forms show it ({@value AgencySubmission#TEXT}). Taken on the flow "Duyệt".
 */
@Component("agencySubmissionRecorder")
public class AgencySubmissionRecorder implements ExecutionListener {

    private final ProposalRepository proposals;

    public AgencySubmissionRecorder(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object number = execution.getVariable(AgencySubmission.NUMBER);
        if (number == null || !AgencySubmission.needed(JsonVars.listOfObjects(execution.getVariable(APPRAISAL)))) {
            return; // nobody eligible (no tờ trình goes to the chairman), or a form that did not ask for it yet
        }
        AgencySubmission letter = AgencySubmission.of(number, execution.getVariable(AgencySubmission.DATE));
        if (letter.number() == null || letter.date() == null) {
            return;
        }
        proposals.agencySubmission(execution.getProcessBusinessKey(), letter.number(), letter.date());
        execution.setVariable(AgencySubmission.TEXT, letter.text());
    }
}

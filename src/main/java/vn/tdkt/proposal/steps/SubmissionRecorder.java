package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.SubmissionLetter;

/**
 * The head signed: the tờ trình he signed (checked by {@link vn.tdkt.proposal.ProposalAnswerValidator} on the way
 * out of his task) becomes data of the proposal, cited by the decision, and the forms after him show it
 * ({@value SubmissionLetter#TEXT}). Taken on the flow "Ký, gửi Sở Nội vụ".
 */
@Component("submissionRecorder")
public class SubmissionRecorder implements ExecutionListener {

    private final ProposalRepository proposals;

    public SubmissionRecorder(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object number = execution.getVariable(SubmissionLetter.NUMBER);
        if (number == null) {
            return; // an instance whose head-sign form did not ask for the letter yet
        }
        SubmissionLetter letter = SubmissionLetter.of(number, execution.getVariable(SubmissionLetter.DATE),
                execution.getVariable(SubmissionLetter.PROPOSER));
        proposals.submission(execution.getProcessBusinessKey(), letter.number(), letter.date(), letter.proposer());
        execution.setVariable(SubmissionLetter.TEXT, letter.text());
    }
}

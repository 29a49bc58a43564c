package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalAnswerRules;
import vn.tdkt.proposal.ProposalVariables.ConcurrenceOpinion;
import vn.tdkt.workflow.InputRejectedException;

import java.util.ArrayList;
import java.util.List;

import static vn.tdkt.proposal.ProposalVariables.AGENCY;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_ANSWERED;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_NOTE;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_OPINION;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_SUMMARY;

/**
 * Checks and gathers each agency's concurring opinion as its task ends. The answer is a local variable of the
 * task's instance (the parallel tasks would otherwise overwrite each other); it is appended to the proposal's
 * concurrence summary. Instances cancelled by the deadline are skipped: the timeout step records them.
 */
@Component("concurrenceCollector")
public class ConcurrenceCollector implements ExecutionListener {

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object opinion = execution.getVariableLocal(CONCURRENCE_OPINION);
        Object note = execution.getVariableLocal(CONCURRENCE_NOTE);
        List<String> problems = ProposalAnswerRules.concurrence(opinion, note);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        String agency = (String) execution.getVariable(AGENCY);
        List<String> answered = new ArrayList<>((List<String>) execution.getVariable(CONCURRENCE_ANSWERED));
        answered.add(agency);
        execution.getProcessInstance().setVariable(CONCURRENCE_ANSWERED, answered);
        String line = "• " + agency + ": " + (ConcurrenceOpinion.DONG_Y.is(opinion) ? "đồng ý" : "không đồng ý")
                + (note instanceof String s && !s.isBlank() ? " – " + s.strip() : "");
        execution.getProcessInstance().setVariable(CONCURRENCE_SUMMARY,
                execution.getVariable(CONCURRENCE_SUMMARY) + "\n" + line);
    }
}

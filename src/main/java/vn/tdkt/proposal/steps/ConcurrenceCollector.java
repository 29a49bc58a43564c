package vn.tdkt.proposal.steps;

import vn.tdkt.proposal.ProposalVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalAnswerRules;
import vn.tdkt.workflow.InputRejectedException;

import java.util.ArrayList;
import java.util.List;

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
        Object opinion = execution.getVariableLocal(ProposalVariables.CONCURRENCE_OPINION);
        Object note = execution.getVariableLocal(ProposalVariables.CONCURRENCE_NOTE);
        List<String> problems = ProposalAnswerRules.concurrence(opinion, note);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        String agency = (String) execution.getVariable(ProposalVariables.AGENCY);
        List<String> answered = new ArrayList<>((List<String>) execution.getVariable(ProposalVariables.CONCURRENCE_ANSWERED));
        answered.add(agency);
        execution.getProcessInstance().setVariable(ProposalVariables.CONCURRENCE_ANSWERED, answered);
        String line = "• " + agency + ": " + ("DONG_Y".equals(opinion) ? "đồng ý" : "không đồng ý")
                + (note instanceof String s && !s.isBlank() ? " – " + s.strip() : "");
        execution.getProcessInstance().setVariable(ProposalVariables.CONCURRENCE_SUMMARY,
                execution.getVariable(ProposalVariables.CONCURRENCE_SUMMARY) + "\n" + line);
    }
}

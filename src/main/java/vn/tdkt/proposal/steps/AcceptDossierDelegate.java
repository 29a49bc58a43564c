package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalDeadlines;
import vn.tdkt.proposal.ProposalRepository;

import java.util.List;

/** The complete dossier is accepted: the processing clock starts, with its due date and reminder. */
@Component("acceptDossierDelegate")
public class AcceptDossierDelegate implements JavaDelegate {

    private final ProposalDeadlines deadlines;
    private final ProposalRepository proposals;

    public AcceptDossierDelegate(ProposalDeadlines deadlines, ProposalRepository proposals) {
        this.deadlines = deadlines;
        this.proposals = proposals;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        List<String> required = (List<String>) execution.getVariable("requiredDocuments");
        boolean concurrence = required != null && required.contains("HY");
        ProposalDeadlines.Deadline d = deadlines.processing((String) execution.getVariable("commendationKind"),
                concurrence);
        execution.setVariable("processingDueDate", d.due());
        execution.setVariable("reminderDate", d.reminder());
        execution.setVariable("processingDueText", d.text());
        proposals.accepted(execution.getProcessBusinessKey(),
                org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), d.due().toInstant());
    }
}

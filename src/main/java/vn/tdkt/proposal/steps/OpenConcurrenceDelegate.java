package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalAnswerRules;
import vn.tdkt.proposal.ProposalDeadlines;

import java.util.ArrayList;

import static vn.tdkt.proposal.ProposalVariables.COMMENDATION_KIND;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_AGENCIES;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_AGENCY_LIST;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_ANSWERED;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_DUE_DATE;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_SUMMARY;

/**
 * Asks the named agencies for their concurring opinion (hiệp y): one parallel task per agency, all due by the
 * deadline of the DMN decision {@code processing-deadline} (step CONCURRENCE).
 */
@Component("openConcurrenceDelegate")
public class OpenConcurrenceDelegate implements JavaDelegate {

    private final ProposalDeadlines deadlines;

    public OpenConcurrenceDelegate(ProposalDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var agencies = new ArrayList<>(ProposalAnswerRules.agencyList(execution.getVariable(CONCURRENCE_AGENCY_LIST)));
        ProposalDeadlines.Deadline d = deadlines.step("CONCURRENCE", (String) execution.getVariable(COMMENDATION_KIND),
                ProposalRuleDates.judgedOn(execution, deadlines.today()));
        execution.setVariable(CONCURRENCE_AGENCIES, agencies);
        execution.setVariable(CONCURRENCE_ANSWERED, new ArrayList<String>());
        execution.setVariable(CONCURRENCE_DUE_DATE, d.due());
        execution.setVariable(CONCURRENCE_SUMMARY, "Đã hỏi ý kiến hiệp y " + String.join(", ", agencies)
                + "; hạn trả lời " + d.text() + ".");
    }
}

package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.AgencySubmission;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalTexts;
import vn.tdkt.workflow.JsonVars;

import static vn.tdkt.proposal.ProposalVariables.APPRAISAL;
import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_SUMMARY;

/**
 * When the Sở head's approval task opens: the specialist's conclusions, read from the rows he submitted, so the head
 * sees what he is approving (the conclusions are recorded only after his approval), and whether his approval goes
 * with a tờ trình of the Sở to the chairman (someone found eligible).
 */
@Component("appraisalPreviewListener")
public class AppraisalPreviewListener implements TaskListener {

    private final ProposalRepository proposals;

    public AppraisalPreviewListener(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getExecution().getProcessBusinessKey();
        var rows = JsonVars.listOfObjects(task.getVariable(APPRAISAL));
        task.setVariable(APPRAISAL_SUMMARY, ProposalTexts.appraisalPreview(proposals.nominees(key), rows));
        // the form asks for the Sở's tờ trình only when someone goes on to the chairman
        task.setVariable(AgencySubmission.NEEDED, AgencySubmission.needed(rows));
    }
}

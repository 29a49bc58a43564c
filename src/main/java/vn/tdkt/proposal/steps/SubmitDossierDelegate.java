package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.DossierStatusText;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStatus;
import vn.tdkt.proposal.SubmissionLetter;
import vn.tdkt.workflow.InputRejectedException;

import java.util.List;

import static vn.tdkt.proposal.ProposalVariables.DOSSIER_STATUS;
import static vn.tdkt.proposal.ProposalVariables.REQUIRED_DOCUMENTS;
import static vn.tdkt.proposal.ProposalVariables.UNIT_NAME;

/**
 * The officer sends the dossier to the head: refused while a required document is missing (the officer's
 * task stays open with the list of what is missing); otherwise uploads close until the dossier is returned, and the
 * head's form gets the title in whose name the unit proposes, prefilled from the unit's name.
 */
@Component("submitDossierDelegate")
public class SubmitDossierDelegate implements JavaDelegate {

    private final DossierService dossiers;
    private final DossierStatusText statusText;
    private final ProposalRepository proposals;

    public SubmitDossierDelegate(DossierService dossiers, DossierStatusText statusText, ProposalRepository proposals) {
        this.dossiers = dossiers;
        this.statusText = statusText;
        this.proposals = proposals;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        List<String> required = (List<String>) execution.getVariable(REQUIRED_DOCUMENTS);
        List<String> missing = dossiers.missingTypes(key, required);
        if (!missing.isEmpty()) {
            throw new InputRejectedException("Hồ sơ còn thiếu: " + String.join("; ",
                    missing.stream().map(DossierStatusText::label).toList())
                    + ". Tải các tài liệu này lên hồ sơ " + key + " rồi hoàn thành lại việc này.");
        }
        dossiers.setUploadOpen(key, false);
        execution.setVariable(DOSSIER_STATUS, statusText.of(key, required));
        if (execution.getVariable(SubmissionLetter.PROPOSER) == null) {
            // the head's form shows it prefilled; he corrects it if the unit's head bears another title
            execution.setVariable(SubmissionLetter.PROPOSER,
                    SubmissionLetter.headTitle((String) execution.getVariable(UNIT_NAME)));
        }
        proposals.changeStatus(key, ProposalStatus.SUBMITTED);
    }
}

package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.DossierStatusText;

import java.util.List;

import static vn.tdkt.proposal.ProposalVariables.DOSSIER_STATUS;
import static vn.tdkt.proposal.ProposalVariables.REQUIRED_DOCUMENTS;

/** When the officer's dossier task opens: which required documents are there and which are missing. */
@Component("dossierStatusListener")
public class DossierStatusListener implements TaskListener {

    private final DossierStatusText statusText;

    public DossierStatusListener(DossierStatusText statusText) {
        this.statusText = statusText;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateTask task) {
        task.setVariable(DOSSIER_STATUS, statusText.of(task.getExecution().getProcessBusinessKey(),
                (List<String>) task.getVariable(REQUIRED_DOCUMENTS)));
    }
}

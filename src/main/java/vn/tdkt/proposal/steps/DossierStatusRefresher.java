package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.DossierStatusText;
import vn.tdkt.proposal.ProposalVariables;

import java.util.List;

import static vn.tdkt.proposal.ProposalVariables.REQUIRED_DOCUMENTS;

/**
 * Keeps the dossier's status that the forms print ("đã có …, còn thiếu …") current: the officer uploads on the
 * dossier page while his task is open, and the form he goes back to reads the status again when it opens.
 */
@Component
public class DossierStatusRefresher {

    static final String STATUS = ProposalVariables.DOSSIER_STATUS;

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final DossierStatusText statusText;

    public DossierStatusRefresher(RuntimeService runtime, IdentityService identity, DossierStatusText statusText) {
        this.runtime = runtime;
        this.identity = identity;
        this.statusText = statusText;
    }

    /**
     * The uploader was allowed to upload (the dossier's own access rules); the status is derived data the system
     * writes, not a change of the process by him, so it is written without his engine authorizations.
     */
    @EventListener
    public void documentStored(DossierService.DocumentStored stored) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            refresh(stored);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void refresh(DossierService.DocumentStored stored) {
        String pi = stored.processInstanceId();
        if (pi == null || runtime.createProcessInstanceQuery().processInstanceId(pi).active().count() == 0) {
            return;
        }
        if (runtime.getVariable(pi, STATUS) == null) {
            return; // no step of this process has shown the status yet
        }
        runtime.setVariable(pi, STATUS, statusText.of(stored.businessKey(),
                (List<String>) runtime.getVariable(pi, REQUIRED_DOCUMENTS)));
    }
}

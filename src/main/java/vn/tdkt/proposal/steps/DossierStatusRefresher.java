package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tdkt.documents.DossierService;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.proposal.DossierStatusText;
import vn.tdkt.proposal.ProposalVariables;

import java.util.List;
import java.util.Map;

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

    /**
     * One engine command for the whole refresh: the instance, its variables and its definition are read once and the
     * write reuses them (as separate calls, each read them again: four commands and about a dozen statements more
     * per upload).
     */
    private void refresh(DossierService.DocumentStored stored) {
        String pi = stored.processInstanceId();
        if (pi == null) {
            return;
        }
        SystemCalls.asSystem(() -> {
            ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult();
            if (instance == null || instance.isSuspended()) {
                return null;
            }
            Map<String, Object> variables = runtime.getVariables(pi, List.of(STATUS, REQUIRED_DOCUMENTS));
            if (variables.get(STATUS) == null) {
                return null; // no step of this process has shown the status yet
            }
            runtime.setVariable(pi, STATUS, statusText.of(stored.businessKey(),
                    requiredDocuments(variables.get(REQUIRED_DOCUMENTS))));
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> requiredDocuments(Object value) {
        return (List<String>) value;
    }
}

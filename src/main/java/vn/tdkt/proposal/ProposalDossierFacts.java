package vn.tdkt.proposal;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tdkt.documents.Dossier;
import vn.tdkt.documents.DossierFacts;
import vn.tdkt.engine.SystemCalls;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static vn.tdkt.proposal.ProposalVariables.REQUIRED_DOCUMENTS;

/**
 * What a proposal tells about its dossier: the documents the DMN {@code required-documents} asked of it, and that it
 * is over once it has its result (awarded, or not awarded by the chairman, the council or the central level).
 */
// asked before the generic "process ended" fact: its reason names the result
@Order(0)
@Component
public class ProposalDossierFacts implements DossierFacts {

    private static final Set<ProposalStatus> FINAL = EnumSet.of(ProposalStatus.AWARDED, ProposalStatus.NOT_AWARDED);

    private final ProposalRepository proposals;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    public ProposalDossierFacts(ProposalRepository proposals, RuntimeService runtimeService,
                                HistoryService historyService) {
        this.proposals = proposals;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    @Override
    public List<String> requiredTypes(Dossier dossier) {
        return proposals.find(dossier.businessKey()).map(p -> requiredDocuments(p.processInstanceId())).orElse(List.of());
    }

    @Override
    public Optional<String> closedForGood(Dossier dossier) {
        return proposals.find(dossier.businessKey())
                .map(p -> ProposalStatus.valueOf(p.status()))
                .filter(FINAL::contains)
                .map(s -> "Hồ sơ đề nghị " + dossier.businessKey() + " đã có kết quả (" + s.label().toLowerCase()
                        + "): không bổ sung tài liệu được nữa.");
    }

    /**
     * From the process (running) or its history (finished), read on the application's behalf: the caller's right to
     * the proposal is checked by the caller, and a unit's officer has no engine rights on the instance's variables.
     */
    public List<String> requiredDocuments(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return SystemCalls.asSystem(() -> {
            Object value = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
                    ? runtimeService.getVariable(processInstanceId, REQUIRED_DOCUMENTS)
                    : historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                    .variableName(REQUIRED_DOCUMENTS).list().stream().findFirst().map(v -> v.getValue()).orElse(null);
            return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.<String>of();
        });
    }
}

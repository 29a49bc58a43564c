package vn.tdkt.documents;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tdkt.engine.SystemCalls;

import java.util.Optional;

/**
 * A dossier whose process has ended — finished, or stopped by an administrator (a withdrawn proposal, a cancelled
 * block cycle) — is closed for good. Read on the application's behalf: the caller's right to the dossier is checked
 * by {@link DossierAccess}, not by the engine's authorizations on the instance.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@Component
public class EndedProcessDossiers implements DossierFacts {

    private final HistoryService history;

    public EndedProcessDossiers(HistoryService history) {
        this.history = history;
    }

    @Override
    public Optional<String> closedForGood(Dossier dossier) {
        if (dossier.processInstanceId() == null) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = SystemCalls.asSystem(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(dossier.processInstanceId()).singleResult());
        if (instance == null || instance.getEndTime() == null) {
            return Optional.empty();
        }
        boolean stopped = !HistoricProcessInstance.STATE_COMPLETED.equals(instance.getState());
        return Optional.of("Hồ sơ '" + dossier.businessKey() + "' đã " + (stopped ? "dừng xử lý" : "kết thúc")
                + ": không bổ sung tài liệu được nữa.");
    }
}

package vn.tdkt.block.cycle.steps;

import vn.tdkt.block.cycle.BlockCycleStage;
import vn.tdkt.workflow.JsonVars;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleRepository;
import vn.tdkt.block.cycle.BlockMinutes;
import vn.tdkt.documents.DossierService;

import java.util.List;

/**
 * Starts one commendation proposal per unit the block proposes, on the unit's behalf, linked by the cycle's
 * business key, and attaches the block's minutes (biên bản họp khối) to each new dossier.
 */
@Component("startBlockProposalsDelegate")
public class StartBlockProposalsDelegate implements JavaDelegate {

    private final BlockCycleRepository cycles;
    private final RuntimeService runtimeService;
    private final BlockMinutes minutes;
    private final DossierService dossiers;

    public StartBlockProposalsDelegate(BlockCycleRepository cycles, RuntimeService runtimeService,
                                       BlockMinutes minutes, DossierService dossiers) {
        this.cycles = cycles;
        this.runtimeService = runtimeService;
        this.minutes = minutes;
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        byte[] pdf = minutes.pdf(key);
        for (BlockCycleRepository.BlockProposal p : cycles.proposals(key)) {
            ProcessInstance pi = runtimeService.startProcessInstanceByKey("commendation-proposal", Variables
                    .createVariables()
                    .putValue("commendationKind", "CONG_TRANG")
                    .putValue("awardType", p.awardType())
                    .putValue("periodYear", execution.getVariable("emulationYear"))
                    .putValue("nomineeCodes", JsonVars.json(List.of(p.unitCode())))
                    .putValue("unitCode", p.unitCode())
                    .putValue("blockCycleKey", key)
                    .putValue("ledBlockUnits", "CO_TINH".equals(p.awardType()) ? List.of(p.unitCode()) : List.of())
                    .putValue("achievementSummary", "Xếp thứ " + p.rank() + " " + execution.getVariable("blockName")
                            + " năm " + execution.getVariable("emulationYear") + " với "
                            + p.finalScore().stripTrailingZeros().toPlainString() + " điểm"
                            + (p.voteShare().signum() > 0 ? ", được suy tôn với " + p.voteShare().movePointRight(2)
                            .stripTrailingZeros().toPlainString() + "% phiếu đồng ý" : "") + "."));
            // the new instance is not flushed yet: its business key (set by its first step) is on the returned object
            String proposalKey = pi.getBusinessKey();
            dossiers.store(proposalKey, "BBKHOI", "bien-ban-hop-khoi-" + key + ".pdf", "application/pdf", pdf, "he-thong");
            cycles.proposalStarted(key, p.unitCode(), proposalKey);
        }
        cycles.changeStage(key, BlockCycleStage.PROPOSED);
    }
}

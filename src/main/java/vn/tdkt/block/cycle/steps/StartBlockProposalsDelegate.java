package vn.tdkt.block.cycle.steps;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleRepository;
import vn.tdkt.block.cycle.BlockCycleStage;
import vn.tdkt.block.cycle.BlockMinutes;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalSteps;
import vn.tdkt.proposal.ProposalVariables;
import vn.tdkt.workflow.JsonVars;

import java.util.List;

import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_NAME;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;

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
            ProcessInstance pi = runtimeService.startProcessInstanceByKey(ProposalSteps.PROCESS, Variables
                    .createVariables()
                    .putValue(ProposalVariables.COMMENDATION_KIND, "CONG_TRANG")
                    .putValue(ProposalVariables.AWARD_TYPE, p.awardType())
                    .putValue(ProposalVariables.PERIOD_YEAR, execution.getVariable(EMULATION_YEAR))
                    .putValue(ProposalVariables.NOMINEE_CODES, JsonVars.json(List.of(p.unitCode())))
                    .putValue(ProposalVariables.UNIT_CODE, p.unitCode())
                    .putValue(ProposalVariables.BLOCK_CYCLE_KEY, key)
                    .putValue(ProposalVariables.LED_BLOCK_UNITS, "CO_TINH".equals(p.awardType()) ? List.of(p.unitCode()) : List.of())
                    .putValue(ProposalVariables.ACHIEVEMENT_SUMMARY, "Xếp thứ " + p.rank() + " " + execution.getVariable(BLOCK_NAME)
                            + " năm " + execution.getVariable(EMULATION_YEAR) + " với "
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

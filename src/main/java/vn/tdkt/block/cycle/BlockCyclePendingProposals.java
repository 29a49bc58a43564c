package vn.tdkt.block.cycle;

import org.springframework.stereotype.Component;
import vn.tdkt.proposal.PendingBlockProposals;

/** The proposal process's view of what a block cycle has decided to propose, read from the cycle's records. */
@Component
class BlockCyclePendingProposals implements PendingBlockProposals {

    private final BlockCycleRepository cycles;

    BlockCyclePendingProposals(BlockCycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    public boolean pendingProposal(String cycleKey, String unitCode, String awardType) {
        return cycles.pendingProposal(cycleKey, unitCode, awardType);
    }
}

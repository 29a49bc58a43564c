package vn.tdkt.movement;

import org.springframework.stereotype.Component;
import vn.tdkt.proposal.MovementProposals;

/** The proposal process's view of what a movement's final review decided to propose, read from its records. */
@Component
class MovementProposalsPort implements MovementProposals {

    private final MovementRepository movements;

    MovementProposalsPort(MovementRepository movements) {
        this.movements = movements;
    }

    @Override
    public boolean pendingProposal(long movementId, String unitCode, String awardType) {
        return movements.pendingProposal(movementId, unitCode, awardType);
    }
}
